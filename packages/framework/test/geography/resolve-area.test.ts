import { describe, expect, it } from 'vitest';
import { AreaNotFoundError, COUNCIL_AREAS, SCOTLAND, councilAreas, messages, normaliseAreaName, resolveArea } from '../../src/index.js';

describe('resolveArea(nameOrCode)', () => {
  // Variants from domain.md §4.1 ("Name variants seen in SG justice tables and other data")
  const variants: [string, string][] = [
    ['Edinburgh, City of', 'S12000036'],
    ['Edinburgh City', 'S12000036'],
    ['City of Edinburgh', 'S12000036'],
    ['Argyll & Bute', 'S12000035'],
    ['Dumfries & Galloway', 'S12000006'],
    ['Perth & Kinross', 'S12000048'],
    ['Eilean Siar', 'S12000013'],
    ['Comhairle nan Eilean Siar', 'S12000013'],
    ['Na h-Eileanan an Iar', 'S12000013'],
    ['Na h-Eileanan Siar', 'S12000013'],
    ['Orkney', 'S12000023'],
    ['Shetland', 'S12000027'],
    ['Orkney Islands', 'S12000023'],
    ['  glasgow city  ', 'S12000049'],
    ['WEST DUNBARTONSHIRE', 'S12000039'],
    ['Scotland', SCOTLAND.code],
    ['S92000003', SCOTLAND.code],
  ];
  it.each(variants)('resolveArea(%j) → %s', (input, code) => {
    expect(resolveArea(input).code).toBe(code);
  });

  // Old codes: domain.md §4.1 recode script
  it.each([
    ['S12000015', 'Fife'],
    ['S12000024', 'Perth and Kinross'],
    ['S12000046', 'Glasgow City'],
    ['S12000044', 'North Lanarkshire'],
  ])('resolveArea(%j) maps the previous code to %s', (code, name) => {
    expect(resolveArea(code).name).toBe(name);
  });

  it('resolves every official name and current code to itself', () => {
    for (const a of COUNCIL_AREAS) {
      expect(resolveArea(a.name).code).toBe(a.code);
      expect(resolveArea(a.code).name).toBe(a.name);
    }
  });

  it('fails with a clear error suggesting the nearest names', () => {
    expect(() => resolveArea('Edinbrugh')).toThrow(AreaNotFoundError);
    expect(() => resolveArea('Edinbrugh')).toThrow(messages.areaNotFound('Edinbrugh', ['City of Edinburgh']));
    try {
      resolveArea('Glasgo');
    } catch (e) {
      expect((e as AreaNotFoundError).suggestions[0]).toBe('Glasgow City');
    }
  });

  it('rejects the reconviction tables\' "Other" and "Unknown" labels', () => {
    expect(() => resolveArea('Unknown')).toThrow(messages.areaNotFound('Unknown', []));
    expect(() => resolveArea('Other')).toThrow(AreaNotFoundError);
  });

  it('normaliseAreaName handles &, commas, hyphens and "Council"', () => {
    expect(normaliseAreaName('Argyll & Bute Council')).toBe('argyll and bute');
    expect(normaliseAreaName('Na h-Eileanan an Iar')).toBe('na h eileanan an iar');
  });
});

describe('councilAreas()', () => {
  it('lists 32 areas with unique current codes', () => {
    const areas = councilAreas();
    expect(areas.length).toBe(32);
    expect(new Set(areas.map((a) => a.code)).size).toBe(32);
    expect(areas.filter((a) => a.previousCode !== null).map((a) => a.name)).toEqual(['Fife', 'Glasgow City', 'North Lanarkshire', 'Perth and Kinross']);
  });

  it('has the 13 Police Scotland divisions, West Dunbartonshire in L (SG create_pd2.R)', () => {
    expect(new Set(councilAreas().map((a) => a.policeDivisionLetter)).size).toBe(13);
    expect(councilAreas().find((a) => a.name === 'West Dunbartonshire')!.policeDivision).toBe('Argyll and West Dunbartonshire');
  });
});
