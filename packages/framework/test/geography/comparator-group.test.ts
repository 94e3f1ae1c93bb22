import { describe, expect, it } from 'vitest';
import { FrameworkError, comparatorGroup, familyGroupOf, messages } from '../../src/index.js';

describe('familyGroupOf(area, basis)', () => {
  // Improvement Service LGBF family groups (council_areas.csv): people FG4 = Dundee, East Ayrshire,
  // Glasgow, Inverclyde, Na h-Eileanan Siar, North Ayrshire, North Lanarkshire, West Dunbartonshire
  it('gives the people-based group with its members, the area included', () => {
    const g = familyGroupOf('West Dunbartonshire');
    expect(g.id).toBe('lgbf-people-4');
    expect(g.members.sort()).toEqual(['S12000008', 'S12000013', 'S12000018', 'S12000021', 'S12000039', 'S12000042', 'S12000049', 'S12000050'].sort());
  });

  it('gives the place-based group', () => {
    expect(familyGroupOf('Shetland', 'place').id).toBe('lgbf-place-1');
  });

  it('has four groups of eight on each basis', () => {
    for (const basis of ['people', 'place'] as const) {
      const ids = new Map<string, number>();
      for (const code of ['S12000033', 'S12000041', 'S12000005', 'S12000042']) ids.set(familyGroupOf(code, basis).id, familyGroupOf(code, basis).members.length);
      for (const n of ids.values()) expect(n).toBe(8);
    }
  });

  it('rejects Scotland', () => {
    expect(() => familyGroupOf('Scotland')).toThrow(messages.familyGroupNeedsCouncil('Scotland'));
  });
});

describe('comparatorGroup(area, options)', () => {
  it('defaults to the people-based family group', () => {
    expect(comparatorGroup('Fife').id).toBe('lgbf-people-3');
  });
  it('takes a custom list of names in any variant', () => {
    expect(comparatorGroup('Fife', { type: 'custom', areas: ['Falkirk', 'Clackmannanshire', 'Falkirk'] }).members).toEqual(['S12000014', 'S12000005']);
  });
  it('rejects an empty custom list', () => {
    expect(() => comparatorGroup('Fife', { type: 'custom', areas: [] })).toThrow(FrameworkError);
  });
  it('scotland: all 32 areas', () => {
    expect(comparatorGroup('Fife', { type: 'scotland' }).members.length).toBe(32);
  });
});
