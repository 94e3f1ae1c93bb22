import { describe, expect, it } from 'vitest';
import {
  COUNCIL_AREAS,
  PROVISIONAL_LABEL,
  SCOTLAND,
  computeIndicators,
  familyGroupOf,
  loadIndicatorDefinitions,
  type ResultRow,
} from '../../src/index.js';
import { fixtureObservations } from '../fixtures/observations.js';

const rowsOf = (t: ReturnType<typeof computeIndicators>) => t.objects() as ResultRow[];
const find = (rows: ResultRow[], indicator: string, area: string, period: string) =>
  rows.find((r) => r.indicator === indicator && r.area === area && r.period === period)!;

describe('computeIndicators({ observations })', () => {
  const observations = fixtureObservations();
  const all = rowsOf(computeIndicators({ observations, indicators: 'all', disclosure: false }));

  it('returns the contract columns and the framework version on every row', () => {
    expect(Object.keys(all[0])).toContain('comparison_group');
    expect(new Set(all.map((r) => r.framework_version))).toEqual(new Set(['cjpf-2023']));
  });

  it('computes all 32 council areas, Scotland and the 4 people-based family groups', () => {
    const areas = new Set(all.filter((r) => r.indicator === 'NI1b').map((r) => r.area));
    expect(areas.size).toBe(32 + 1 + 4);
    expect(areas.has(SCOTLAND.code)).toBe(true);
    expect(areas.has('lgbf-people-4')).toBe(true);
  });

  it('makes Scotland the sum of the 32 areas\' counts, never an average of rates', () => {
    for (const id of ['NI1b', 'NI4', 'SM-cpo-completion', 'SM-diversion-rate', 'NI10']) {
      for (const period of ['2017-18', '2023-24']) {
        const councils = all.filter((r) => r.indicator === id && r.area_type === 'council' && r.period === period);
        expect(councils.length).toBe(32);
        const scot = find(all, id, SCOTLAND.code, period);
        expect(scot.numerator).toBe(councils.reduce((s, r) => s + (r.numerator as number), 0));
        if (scot.denominator !== null) expect(scot.denominator).toBe(councils.reduce((s, r) => s + (r.denominator as number), 0));
      }
    }
    // arithmetic: NI4 Scotland = Σ completed / Σ terminated × 100
    const ni4 = find(all, 'NI4', SCOTLAND.code, '2017-18');
    expect(ni4.value).toBeCloseTo(((ni4.numerator as number) / (ni4.denominator as number)) * 100, 10);
  });

  it('pools comparator-group values by summing the members\' counts', () => {
    const g = familyGroupOf('West Dunbartonshire');
    const members = all.filter((r) => r.indicator === 'NI4' && r.period === '2022-23' && g.members.includes(r.area));
    const group = find(all, 'NI4', g.id, '2022-23');
    const num = members.reduce((s, r) => s + (r.numerator as number), 0);
    const den = members.reduce((s, r) => s + (r.denominator as number), 0);
    expect(group.numerator).toBe(num);
    expect(group.value).toBeCloseTo((num / den) * 100, 10);
    const wd = find(all, 'NI4', 'S12000039', '2022-23');
    expect(wd.group_name).toBe('LGBF people-based family group 4');
    expect(wd.group_value).toBe(group.value);
  });

  it('uses the population aged 16–70 of the mid-year the financial year starts in', () => {
    // fixture: Aberdeen City (index 0) has 50,000 in mid-2017 and 50,100 in mid-2018; diversion commenced = 20 in 2017-18, 22 in 2018-19
    const a = find(all, 'SM-diversion-rate', 'S12000033', '2017-18');
    expect(a.denominator).toBe(50000);
    expect(a.value).toBeCloseTo((20 / 50000) * 10000, 12);
    expect(a.status).not.toContain('population-fallback');
    expect(find(all, 'SM-diversion-rate', 'S12000033', '2018-19').denominator).toBe(50100);
  });

  it('falls back to the latest earlier mid-year and says so in the status', () => {
    const r = find(all, 'SM-diversion-rate', 'S12000033', '2022-23');
    expect(r.denominator).toBe(50100);
    expect(r.status).toContain('population-fallback');
    expect(find(all, 'SM-diversion-rate', SCOTLAND.code, '2022-23').status).toContain('population-fallback');
  });

  it('flags the pandemic years 2020-21 and 2021-22', () => {
    expect(find(all, 'NI1b', 'S12000033', '2020-21').status).toContain('pandemic-caveat');
    expect(find(all, 'NI1b', 'S12000033', '2021-22').status).toContain('pandemic-caveat');
    expect(find(all, 'NI1b', 'S12000033', '2022-23').status).not.toContain('pandemic-caveat');
  });

  it('labels provisional indicators in indicator_name and status', () => {
    for (const r of all.filter((x) => x.confirmation === 'provisional')) {
      expect(r.indicator_name).toContain(PROVISIONAL_LABEL);
      expect(r.status).toContain('provisional');
    }
    expect(all.some((r) => r.indicator === 'NI8')).toBe(true);
  });

  it('does not compare counts between areas of different size', () => {
    const r = find(all, 'NI1b', 'S12000039', '2023-24');
    expect(r.comparison_scotland).toBe('Not compared');
    expect(r.value).toBe(r.numerator);
    expect(r.lower).not.toBeNull();
  });

  it('compares percentages and rates with Scotland', () => {
    const r = find(all, 'SM-diversion-rate', 'S12000033', '2023-24');
    expect(['Better', 'Similar', 'Worse']).toContain(r.comparison_scotland);
    expect(find(all, 'SM-diversion-rate', SCOTLAND.code, '2023-24').comparison_scotland).toBeNull();
  });

  it('puts the trend on the latest period row only', () => {
    const series = all.filter((r) => r.indicator === 'SM-diversion-rate' && r.area === 'S12000033');
    expect(series.filter((r) => r.trend !== null).map((r) => r.period)).toEqual(['2023-24']);
  });

  it('takes a national-only indicator from the Scotland row', () => {
    const rows = all.filter((r) => r.indicator === 'NI9');
    expect(new Set(rows.map((r) => r.area))).toEqual(new Set([SCOTLAND.code]));
    // fixture 2017-18: 3000 of 5000 = 60%
    expect(find(all, 'NI9', SCOTLAND.code, '2017-18').value).toBeCloseTo(60, 12);
  });
});

describe('computeIndicators options', () => {
  const observations = fixtureObservations();

  it('areas: a partnership asking for its own area by any name variant gets it, Scotland and its group', () => {
    const rows = rowsOf(computeIndicators({ observations, indicators: ['NI4'], areas: ['Edinburgh, City of'], periods: { last: 1 } }));
    expect(rows.map((r) => r.area_name)).toEqual(['City of Edinburgh', 'Scotland', 'LGBF people-based family group 1']);
    expect(rows[0].period).toBe('2023-24');
  });

  it('periods: { last: 5 } keeps the last five, and the trend still uses them', () => {
    const rows = rowsOf(computeIndicators({ observations, indicators: ['NI4'], areas: ['Fife'], periods: { last: 5 } }));
    expect([...new Set(rows.map((r) => r.period))]).toEqual(['2019-20', '2020-21', '2021-22', '2022-23', '2023-24']);
  });

  it('comparator: a custom list pools its members', () => {
    const rows = rowsOf(
      computeIndicators({ observations, indicators: ['NI4'], areas: ['Fife'], periods: ['2022-23'], comparator: { type: 'custom', areas: ['Falkirk', 'Stirling'], name: 'Forth' } }),
    );
    const fife = rows.find((r) => r.area === 'S12000047')!;
    expect(fife.group_name).toBe('Forth');
    expect(rows.find((r) => r.area_type === 'group')!.numerator).toBe(
      rows.length && rowsOf(computeIndicators({ observations, indicators: ['NI4'], areas: ['Falkirk', 'Stirling'], periods: ['2022-23'], disclosure: false }))
        .filter((r) => r.area_type === 'council')
        .reduce((s, r) => s + (r.numerator as number), 0),
    );
  });

  it('comparator: scotland makes the group Scotland', () => {
    const rows = rowsOf(computeIndicators({ observations, indicators: ['NI4'], areas: ['Fife'], periods: ['2022-23'], comparator: 'scotland' }));
    expect(rows.map((r) => r.area_type)).toEqual(['council', 'scotland']);
    expect(rows[0].group_value).toBe(rows[1].value);
  });

  it('disclosure control suppresses small counts before measures and withholds derived values', () => {
    const obs = fixtureObservations().map((o) =>
      o.indicator === 'cpo-completed' && o.area === 'S12000023' && o.period === '2022-23' ? { ...o, numerator: 3 } : o,
    );
    const rows = rowsOf(computeIndicators({ observations: obs, indicators: ['NI4'], periods: ['2022-23'] }));
    const orkney = rows.find((r) => r.area === 'S12000023')!;
    expect(orkney.status).toContain('suppressed');
    expect([orkney.numerator, orkney.value, orkney.lower, orkney.upper]).toEqual([null, null, null, null]);
    expect(rows.filter((r) => r.area_type === 'council' && r.status.includes('secondary-suppressed')).length).toBe(1);
    // Scotland is still the true total
    const scot = rows.find((r) => r.area === SCOTLAND.code)!;
    expect(scot.numerator).toBe(obs.filter((o) => o.indicator === 'cpo-completed' && o.period === '2022-23').reduce((s, o) => s + (o.numerator as number), 0));
    // Orkney's group (people FG1) is withheld while a reader could not work it out; when both withheld
    // areas are in it, Scotland minus the other three groups already gives it, so it is published
    const fg1 = rows.find((r) => r.area === 'lgbf-people-1')!;
    const withheld = rows.filter((r) => r.area_type === 'council' && r.status.includes('suppressed')).map((r) => r.area);
    const others = rows.filter((r) => r.area_type === 'group' && r.area !== 'lgbf-people-1');
    if (withheld.every((a) => familyGroupOf(a).id === 'lgbf-people-1') && others.every((g) => g.numerator !== null)) {
      expect(fg1.numerator).toBe(scot.numerator! - others.reduce((s, g) => s + g.numerator!, 0));
    } else {
      expect(fg1.status).toContain('secondary-suppressed');
    }
  });

  it('definitions: computes a locally determined indicator from a partnership folder', () => {
    const definitions = loadIndicatorDefinitions(new URL('../fixtures/local-indicators/', import.meta.url));
    const obs = COUNCIL_AREAS.map((a, i) => ({ indicator: 'cpo-unpaid-work', area: a.code, period: '2022-23', numerator: 10 + i, denominator: null, status: 'published', source: 'local' }));
    const rows = rowsOf(computeIndicators({ observations: obs, definitions, indicators: ['LOCAL-unpaid-work'] }));
    expect(rows.find((r) => r.area === SCOTLAND.code)!.numerator).toBe(32 * 10 + (31 * 32) / 2);
    expect(rows[0].indicator_kind).toBe('local');
  });

  it('gives a ratio of flows over an empty denominator no value (zero-denominator), not an error', () => {
    // SM-diversion-completion is completed ÷ commenced in the same year (strictProportion: false):
    // cases can complete in a year when none commenced
    const obs = fixtureObservations().map((o) =>
      o.area === 'S12000039' && o.period === '2022-23' && o.indicator === 'diversion-commenced' ? { ...o, numerator: 0 } : o,
    );
    const rows = rowsOf(computeIndicators({ observations: obs, indicators: ['SM-diversion-completion'], areas: ['S12000039'], periods: ['2022-23'], disclosure: false }));
    const r = find(rows, 'SM-diversion-completion', 'S12000039', '2022-23');
    expect(r.value).toBeNull();
    expect(r.status).toContain('zero-denominator');
    expect(r.numerator).toBeGreaterThan(0);
  });

  it('accepts old GSS codes and name variants in the observations', () => {
    const obs = fixtureObservations().map((o) => (o.area === 'S12000047' ? { ...o, area: 'S12000015' } : o.area === 'S12000013' ? { ...o, area: 'Eilean Siar' } : o));
    const rows = rowsOf(computeIndicators({ observations: obs, indicators: ['NI1b'], areas: ['Fife', 'Na h-Eileanan an Iar'], periods: ['2022-23'] }));
    expect(rows.filter((r) => r.area_type === 'council').every((r) => r.numerator !== null)).toBe(true);
  });
});
