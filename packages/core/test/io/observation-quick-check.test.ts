import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesObservationSchema } from '../../src/io/observation-quick-check.js';
import { observationSchema } from '../../src/io/observation-schema.js';
import { propertyRuns } from '../property-runs.js';

// readObservations checks each row with passesObservationSchema and asks the zod schema only when that finds
// something (the schema gives the messages). So the plain check must never accept what the schema refuses,
// and must accept ordinary rows, or every row pays for zod.
const text = fc.oneof(fc.constantFrom('', ' ', '\t', 'x', ' NI1 ', 'S12000039'), fc.string({ maxLength: 6 }));
const period = fc.oneof(fc.constantFrom('2022-23', '2022', '2022-23 Q3', '2022/23', '22-23', '', ' 2022'), fc.string({ maxLength: 8 }));
const count = fc.oneof(
  fc.constant(null),
  fc.constantFrom(0, -0, 1, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE),
  fc.double(),
  fc.integer(),
);
const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), text, fc.constant({}), fc.constant([]));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, anything);
const observation = fc.record(
  {
    indicator: maybe(text),
    area: maybe(text),
    period: maybe(period),
    numerator: maybe(count),
    denominator: maybe(count),
    status: maybe(fc.constantFrom('published', '', 'suppressed')),
    source: maybe(text),
    breakdown: maybe(fc.oneof(fc.constant(null), text)),
    group: maybe(fc.oneof(fc.constant(null), text)),
    extra: anything,
  },
  { requiredKeys: [] },
);

describe('passesObservationSchema', () => {
  it('accepts nothing the observation schema refuses', () => {
    fc.assert(
      fc.property(observation, (obs) => {
        if (passesObservationSchema(obs)) expect(observationSchema.safeParse(obs).success).toBe(true);
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  it('accepts what the schema accepts, for the values readObservations makes', () => {
    const made = fc.record({
      indicator: fc.constantFrom('NI1', 'x'),
      area: fc.constantFrom('S12000039', 'A'),
      period: fc.constantFrom('2022-23', '2022', '2022-23 Q3'),
      numerator: fc.oneof(fc.constant(null), fc.nat(), fc.double({ min: 0, max: 1e9, noNaN: true })),
      denominator: fc.oneof(fc.constant(null), fc.nat()),
      status: fc.constantFrom('published', 'suppressed', 'provisional; revised'),
      source: fc.constantFrom('S', 'Justice Social Work Statistics'),
      breakdown: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('Female', '')),
      group: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('16-17')),
    });
    fc.assert(
      fc.property(made, (obs) => {
        expect(observationSchema.safeParse(obs).success).toBe(true);
        expect(passesObservationSchema(obs)).toBe(true);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('refuses, as the schema does, blank text, a period not in canonical form and a negative or infinite count', () => {
    const ok = { indicator: 'x', area: 'A', period: '2022-23', numerator: 5, denominator: null, status: 'published', source: 'S' };
    expect(passesObservationSchema(ok)).toBe(true);
    for (const change of [{ indicator: ' ' }, { area: '' }, { source: '\t' }, { period: '2022/23' }, { numerator: -1 }, { denominator: Number.POSITIVE_INFINITY }, { numerator: Number.NaN }, { breakdown: 3 }]) {
      expect(passesObservationSchema({ ...ok, ...change })).toBe(false);
      expect(observationSchema.safeParse({ ...ok, ...change }).success).toBe(false);
    }
  });
});
