import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftServicesSection,
  findDatasetsDir,
  parseServicesRegister,
  readServicesRegister,
  servicesSection,
  snsaArea,
  type SnsaContext,
  type ServicesSectionInput,
} from '@cjsnsa/report';

const AREA = { code: 'S12000013', name: 'Na h-Eileanan Siar' };
const AS_OF = '2025-01-01';

/** A register of the given services (places, referrals as written in the file) in one area. */
function registerOf(services: { name: string; places: string; referrals: string; provider?: string; end?: string }[], column = 'referrals_2023_24') {
  return parseServicesRegister(
    services.map((s, i) => ({
      service_id: `SVC${i + 1}`,
      area: AREA.code,
      service_name: s.name,
      provider_type: s.provider ?? 'third-sector',
      outcomes: '1;3',
      capacity: s.places,
      [column]: s.referrals,
      funding_start: '2022-04-01',
      funding_end: s.end ?? '2027-03-31',
      status: 'published',
      source: 'test register',
    })),
    { file: 'register.csv' },
  );
}

const draftOf = (register: ServicesSectionInput['register'], disclosure = { min: 1, max: 4 }) =>
  draftServicesSection({ register, title: 'Test register', synthetic: false, area: AREA, disclosure, asOf: AS_OF });
const chartOf = (draft: ReturnType<typeof draftOf>, id: string) => draft.charts.find((c) => c.id === id)!.chart;
const placesParagraph = (draft: ReturnType<typeof draftOf>) => draft.paragraphs.find((p) => p.startsWith('Referrals are for'))!;

describe('draftServicesSection(input): places against referrals', () => {
  it('compares places and referrals as numbers: 11 referrals for 9 places is over, 9 for 11 is not', () => {
    const draft = draftOf(registerOf([{ name: 'A', places: '9', referrals: '11' }, { name: 'B', places: '11', referrals: '9' }, { name: 'C', places: '20', referrals: '100' }]));
    expect(placesParagraph(draft)).toBe(
      'Referrals are for 2023-24, the register\'s referrals_2023_24 column. Of the 3 services whose places and referrals are both published, 2 had more referrals than places: A (11 referrals, 9 places); C (100 referrals, 20 places). Together the 3 services with referrals recorded had 120 referrals in 2023-24.',
    );
  });

  it('a service whose referrals are withheld is not compared, and the text says how many could not be', () => {
    // 4 referrals for 2 places would be "over"; 4 for 6 would not: neither may be said
    const draft = draftOf(registerOf([{ name: 'A', places: '2', referrals: '4' }, { name: 'B', places: '6', referrals: '4' }, { name: 'C', places: '10', referrals: '12' }]));
    const text = placesParagraph(draft);
    expect(text).toContain('Of the 1 service whose places and referrals are both published, 1 had more referrals than places: C (12 referrals, 10 places).');
    expect(text).toContain('2 services could not be compared because their referrals are withheld to protect small numbers.');
    // two suppressed counts and a total of 20 would give their sum, 8: both 4; the total is withheld instead
    expect(text).toContain('The total referrals of the 3 services with referrals recorded is withheld');
    expect(text).not.toMatch(/\b(A|B) \(/);
  });

  it('one suppressed count withholds the total, not another service', () => {
    const draft = draftOf(registerOf([{ name: 'A', places: '5', referrals: '2' }, { name: 'B', places: '6', referrals: '30' }, { name: 'C', places: '10', referrals: '12' }]));
    const rows = chartOf(draft, 'services-capacity').dataTable.filter((r) => r.measure === 'Referrals 2023-24');
    expect(rows.map((r) => r.value)).toEqual(['suppressed', 30, 12]);
    expect(placesParagraph(draft)).toContain('The total referrals of the 3 services with referrals recorded is withheld');
  });

  it('the rule is the one given: 7 referrals are published under 1–4 and withheld under 1–9', () => {
    const register = registerOf([{ name: 'A', places: '5', referrals: '7' }, { name: 'B', places: '50', referrals: '40' }]);
    const values = (max: number) => chartOf(draftOf(register, { min: 1, max }), 'services-capacity').dataTable.map((r) => r.value);
    expect(values(4)).toEqual([5, 7, 50, 40]);
    expect(values(9)).toEqual([5, 'suppressed', 50, 40]);
    // and the section states the rule it used
    expect(draftOf(register, { min: 1, max: 9 }).paragraphs.some((p) => p.includes('counts of 1 to 9 are withheld'))).toBe(true);
  });

  it('places are not people: small places are shown, never suppressed', () => {
    const draft = draftOf(registerOf([{ name: 'A', places: '3', referrals: '12' }]));
    expect(chartOf(draft, 'services-capacity').dataTable).toEqual([
      { service: 'A', measure: 'Places', value: 3, status: 'published' },
      { service: 'A', measure: 'Referrals 2023-24', value: 12, status: 'published' },
    ]);
  });

  it('services with places or referrals not recorded are counted as not compared', () => {
    const draft = draftOf(registerOf([{ name: 'A', places: '', referrals: '12' }, { name: 'B', places: '8', referrals: '' }]));
    expect(placesParagraph(draft)).toBe(
      'Referrals are for 2023-24, the register\'s referrals_2023_24 column. 2 services could not be compared because their places or referrals are not given in the register.',
    );
    expect(chartOf(draft, 'services-capacity').csv).toBe('service,measure,value,status\r\nA,Places,,not-available\r\nA,Referrals 2023-24,12,published\r\nB,Places,8,published\r\nB,Referrals 2023-24,,not-available\r\n');
  });
});

describe('draftServicesSection(input): the register\'s period, labels and chart data', () => {
  it('takes the period from the register\'s column, and says which it used of several', () => {
    const r2024 = registerOf([{ name: 'A', places: '9', referrals: '11' }], 'referrals_2024_25');
    expect(placesParagraph(draftOf(r2024))).toMatch(/^Referrals are for 2024-25, the register's referrals_2024_25 column\./);
    expect(chartOf(draftOf(r2024), 'services-capacity').title).toBe('Places against referrals in 2024-25, Na h-Eileanan Siar');
    const several = parseServicesRegister(
      [{ service_id: 'S1', area: AREA.code, service_name: 'A', provider_type: 'nhs', outcomes: '1', capacity: '9', referrals_2022_23: '5', referrals_2023_24: '11', funding_start: '2022-04-01', funding_end: '2027-03-31' }],
      { file: 'register.csv' },
    );
    expect(placesParagraph(draftOf(several))).toContain('The register also has referrals for 2022-23; this section uses the latest, 2023-24.');
  });

  it('the capacity chart\'s CSV and data table hold the numbers, withheld cells read "suppressed"', () => {
    const chart = chartOf(draftOf(registerOf([{ name: 'A', places: '5', referrals: '4' }, { name: 'B', places: '11', referrals: '9' }, { name: 'C', places: '16', referrals: '12' }])), 'services-capacity');
    expect(chart.columns).toEqual(['service', 'measure', 'value', 'status']);
    expect(chart.csv.split('\r\n').slice(1, 5)).toEqual(['A,Places,5,published', 'A,Referrals 2023-24,suppressed,suppressed', 'B,Places,11,published', 'B,Referrals 2023-24,9,published']);
    // every service's numbers are in the long description (aria-describedby); the alt text stays short
    expect(chart.description).toBe(
      'Grouped bar chart of places and referrals in 2023-24 for the 3 services in Na h-Eileanan Siar: A, 5 places and referrals withheld (small numbers); B, 11 places and 9 referrals; C, 16 places and 12 referrals.',
    );
    expect(chart.altText).toBe('Grouped bar chart of places and referrals in 2023-24 for the 3 services in Na h-Eileanan Siar. None of 2 services with both published had more referrals than places.');
  });

  it('the outcomes chart counts services by readable provider type, and its alt text adds numbers', () => {
    const chart = chartOf(
      draftOf(registerOf([{ name: 'A', places: '5', referrals: '40', provider: 'third-sector' }, { name: 'B', places: '5', referrals: '40', provider: 'nhs' }, { name: 'C', places: '5', referrals: '40', provider: 'third-sector' }])),
      'services-outcomes',
    );
    expect(chart.dataTable.slice(0, 2)).toEqual([
      { outcome: 'Outcome 1', provider: 'Third sector', services: 2, status: 'published' },
      { outcome: 'Outcome 1', provider: 'NHS', services: 1, status: 'published' },
    ]);
    expect(chart.description).toContain('by provider type: outcome 1, 3 services; outcome 2, 0 services; outcome 3, 3 services;');
    expect(chart.altText).toContain('No listed service contributes to outcomes 2, 4, 5, 6, 7, 8, 9.');
    expect(chart.altText.length).toBeLessThanOrEqual(300);
  });

  it('the funding table reads provider types and outcomes as words', () => {
    const draft = draftOf(registerOf([{ name: 'A', places: '5', referrals: '40', provider: 'local-authority', end: '2025-06-30' }]));
    expect(draft.tables[0]!.rows).toEqual([['A', 'Local authority', '1, 3', 5, '2025-06-30']]);
  });

  it('an area with no services in the register gets a sentence, not a chart', () => {
    const draft = draftServicesSection({ register: registerOf([{ name: 'A', places: '5', referrals: '40' }]), title: 'T', synthetic: true, area: { code: 'S12000005', name: 'Clackmannanshire' }, disclosure: { min: 1, max: 4 }, asOf: AS_OF });
    expect(draft.charts).toEqual([]);
    expect(draft.paragraphs[0]).toBe('The register lists no services in Clackmannanshire.');
  });
});

describe('servicesSection(ctx, area): the shipped register, drawn', () => {
  it('Na h-Eileanan Siar: referrals of 4 are withheld in the SVG aria-labels, CSV, table and text; places are shown', async () => {
    const register = await readServicesRegister(join(findDatasetsDir(), 'synthetic/register-services-synthetic.csv'));
    const entry = { path: 'synthetic/register-services-synthetic.csv', title: 'Services register (synthetic demonstration data)', kind: 'synthetic' as const, schema: 'register' as const, source: 's', columns: [] };
    const ctx = { data: { servicesRegister: async () => ({ register, entry }) }, disclosure: { min: 1, max: 4 } } as unknown as SnsaContext;
    const section = (await servicesSection(ctx, snsaArea('Na h-Eileanan Siar'), AS_OF))!;
    const capacity = section.charts.find((c) => c.id === 'services-capacity')!;
    const labels = [...capacity.svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);
    const referralBars = labels.filter((l) => /series: Referrals 2023-24/.test(l) && /^x: /.test(l));
    // Custody Link Workers and Bail Support Service: 4 referrals each in the register, withheld (no value on their bars)
    expect(referralBars.filter((l) => /Custody Link Workers|Bail Support Service/.test(l))).toEqual([
      'x: Na h-Eileanan Siar Custody Link Workers; series: Referrals 2023-24',
      'x: Na h-Eileanan Siar Bail Support Service; series: Referrals 2023-24',
    ]);
    expect(referralBars.filter((l) => /Unpaid Work|Women/.test(l)).map((l) => /Places or referrals: (\d+)/.exec(l)?.[1])).toEqual(['9', '12']);
    expect(capacity.data.rows.filter((r) => r[1] === 'Referrals 2023-24').map((r) => r[2])).toEqual(['suppressed', 'suppressed', 9, 12]);
    expect(capacity.csv).toContain('Na h-Eileanan Siar Custody Link Workers,Places,5,synthetic');
    expect(section.paragraphs.join(' ')).toContain('2 services could not be compared because their referrals are withheld to protect small numbers.');
  });
});
