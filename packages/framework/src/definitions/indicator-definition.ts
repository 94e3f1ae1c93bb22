import { z } from 'zod';

/**
 * The framework version of the definitions shipped with this package.
 *
 * @example
 * ```ts
 * FRAMEWORK_VERSION; // 'cjpf-2023'
 * ```
 */
export const FRAMEWORK_VERSION = 'cjpf-2023';

const dataItemReference = z.object({
  /** The data item (observation `indicator` value), e.g. `cpo-commenced`. */
  item: z.string().min(1),
  /** Which column of the item's observations to use: the count (`numerator`, default) or the item's own base (`denominator`). */
  field: z.enum(['numerator', 'denominator']).default('numerator'),
  /** What is counted, in plain English. */
  description: z.string().min(1),
});

const populationReference = z.object({
  /** Population base: NRS mid-year estimates aged 16–70 (data item `population-16-70`). */
  population: z.literal('16-70'),
  description: z.string().min(1),
});

/**
 * The zod schema every indicator definition file is validated against at load.
 * See {@link IndicatorDefinition} for the meaning of each field.
 *
 * @example
 * ```ts
 * indicatorDefinitionSchema.safeParse({ id: 'X' }).success; // false
 * ```
 */
export const indicatorDefinitionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids use letters, digits, dot, dash or underscore'),
    version: z.string().min(1),
    kind: z.enum(['national', 'supporting', 'local']),
    outcome: z.number().int().min(1).nullable(),
    name: z.string().min(1),
    wording: z.string().min(1),
    part: z.string().min(1).nullable().default(null),
    confirmation: z.object({
      status: z.enum(['confirmed', 'provisional']),
      source: z.string().min(1),
    }),
    numerator: dataItemReference,
    denominator: z.union([dataItemReference, populationReference]).nullable().default(null),
    measure: z.enum(['count', 'percentage', 'rate', 'mean']),
    multiplier: z.number().positive().default(1),
    /**
     * For a percentage of two counted items: whether the numerator counts a
     * subset of the denominator (so a numerator above its denominator is an
     * error in the data), or is a ratio of two flows in the same year, which
     * can exceed 100% (e.g. cases completed over cases commenced).
     */
    strictProportion: z.boolean().default(true),
    unit: z.string().min(1),
    polarity: z.enum(['high-is-good', 'low-is-good', 'no-judgement']),
    periodKind: z.enum(['financial-year', 'calendar-year', 'quarter']).default('financial-year'),
    source: z.object({
      publication: z.string().min(1),
      table: z.string().min(1),
      url: z.string().nullable().default(null),
    }),
    frequency: z.string().min(1),
    geography: z.array(z.enum(['council', 'scotland', 'group'])).min(1),
    caveats: z.array(z.string()).default([]),
    pandemicPeriods: z.array(z.string()).default(['2020-21', '2021-22']),
    breaksInSeries: z.array(z.object({ period: z.string(), note: z.string() })).default([]),
    relatedIndicators: z.array(z.string()).default([]),
    notes: z.string().nullable().default(null),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.measure === 'count' && d.denominator !== null) {
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'a count measure has no denominator' });
    }
    if (d.measure !== 'count' && d.measure !== 'rate' && d.denominator === null) {
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: `a ${d.measure} measure needs a denominator` });
    }
    if (d.measure === 'rate' && (d.denominator === null || !('population' in d.denominator))) {
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'a rate needs a population denominator ({"population": "16-70"})' });
    }
    if (d.measure === 'percentage' && d.multiplier !== 100) {
      ctx.addIssue({ code: 'custom', path: ['multiplier'], message: 'a percentage has multiplier 100' });
    }
  });

/**
 * A reference from a definition to a data item's column.
 *
 * @example
 * ```ts
 * const ref: DataItemReference = indicatorDefinition('NI1b').numerator;
 * ref.item; // 'diversion-commenced'
 * ref.field; // 'numerator'
 * ```
 */
export type DataItemReference = z.output<typeof dataItemReference>;
/**
 * A population denominator (per 10,000 population aged 16–70).
 *
 * @example
 * ```ts
 * const base = indicatorDefinition('SM-cpo-rate').denominator as PopulationReference;
 * base.population; // '16-70'
 * ```
 */
export type PopulationReference = z.output<typeof populationReference>;

/**
 * One indicator definition, as read from its JSON file and validated.
 *
 * - `kind`: `national` (CJPF national indicator), `supporting` (a measure
 *   cjsnsa defines for SNSAs, not a national indicator) or `local` (a locally
 *   determined indicator a partnership adds from its own folder).
 * - `outcome`: the nationally determined outcome (1–9) it evidences, or `null`
 *   (the high-level indicator, or a measure across outcomes).
 * - `wording`: the indicator text, verbatim where `confirmation.status` is
 *   `confirmed`; a proposal where it is `provisional` (then every display
 *   must carry the provisional label: use {@link indicatorLabel}).
 * - `part`: for a multi-part indicator (NI1, NI3), which bullet this id counts.
 * - `numerator` / `denominator`: data items (observation `indicator` values),
 *   or the population aged 16–70 for rates.
 * - `measure` and `multiplier`: `count` (1), `percentage` (100), `rate` (10,000),
 *   `mean` (1). `unit` is what the value is shown in.
 * - `pandemicPeriods`: periods that carry the `pandemic-caveat` status.
 *
 * @example
 * ```ts
 * const ni1b = indicatorDefinition('NI1b');
 * ni1b.numerator.item; // 'diversion-commenced'
 * ni1b.confirmation.status; // 'confirmed'
 * ```
 */
export type IndicatorDefinition = z.output<typeof indicatorDefinitionSchema>;

/**
 * A definition as written in a JSON file (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: IndicatorDefinitionInput = JSON.parse(readFileSync('local/LI1.json', 'utf8'));
 * indicatorDefinitionSchema.parse(input).pandemicPeriods; // ['2020-21', '2021-22'] unless the file says otherwise
 * ```
 */
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;
