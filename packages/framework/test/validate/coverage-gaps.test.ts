import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { COUNCIL_AREAS, coverageGaps, messages } from '../../src/index.js';

const rows = (...r: [string, string, string, (string | null)?][]) =>
  aq.from(r.map(([indicator, area, period, breakdown]) => ({ indicator, area, period, numerator: 5, breakdown: breakdown ?? null })));
const gap = (message: string) => ({ file: null, row: null, column: null, columnLetter: null, message });

describe('coverageGaps(table)', () => {
  it('nothing to say when every council area is given', () => {
    expect(coverageGaps(rows(...COUNCIL_AREAS.map((a) => ['cpo-commenced', a.code, '2023-24'] as [string, string, string])))).toEqual([]);
    expect(coverageGaps(rows())).toEqual([]);
  });

  it('names the items with their periods, the areas given and their incomplete family groups, once per set of areas', () => {
    const t = rows(
      ['cpo-commenced', 'S12000039', '2021-22'], ['cpo-commenced', 'S12000039', '2022-23'], ['cpo-commenced', 'S12000039', '2023-24'],
      ['cpo-completed', 'S12000039', '2023-24'],
      ['cpo-commenced', 'S12000023', '2023-24', 'Male'], // a breakdown row: not a total, not counted
      ['confidence-in-justice', 'S12000039', '2023-24'], // a Scotland-only series: not counted
    );
    expect(coverageGaps(t)).toEqual([
      gap(messages.partialCoverage(['"cpo-commenced" (2021-22 to 2023-24)', '"cpo-completed" (2023-24)'], 1, ['West Dunbartonshire'], ['LGBF people-based family group 4'])),
    ]);
    // council-areas.ts: West Dunbartonshire's place-based family group is 4 too
    expect(coverageGaps(t, { basis: 'place' })[0].message).toBe(
      messages.partialCoverage(['"cpo-commenced" (2021-22 to 2023-24)', '"cpo-completed" (2023-24)'], 1, ['West Dunbartonshire'], ['LGBF place-based family group 4']),
    );
  });

  it('a family group whose members are all given is not named; Scotland still is', () => {
    const group4 = COUNCIL_AREAS.filter((a) => a.familyGroupPeople === 4);
    const t = rows(...group4.map((a) => ['cpo-commenced', a.code, '2023-24'] as [string, string, string]));
    expect(coverageGaps(t)).toEqual([gap(messages.partialCoverage(['"cpo-commenced" (2023-24)'], group4.length, group4.map((a) => a.name), []))]);
  });
});
