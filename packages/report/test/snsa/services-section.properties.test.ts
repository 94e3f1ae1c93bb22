// Disclosure properties of the services section over random registers: random areas,
// services, places and referral counts (0–6, 7–12, large, blank, [c], [x]), random
// periods and small-count rules. Every output of the section is read back: paragraphs,
// tables, each chart's data table, CSV, spec data and alt text, and (in fewer runs, as
// drawing is slow) the drawn SVG's aria-labels.
// Seeded: fast-check prints the seed and path of any counterexample.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStatus, type SmallCountRule } from '@cjsnsa/core';
import { COUNCIL_AREAS } from '@cjsnsa/framework';
import { toCSV } from '@cjsnsa/charts';
import { draftServicesSection, readServicesRegister, servicesSection, snsaArea, type PackSection, type ServicesRegister, type ServicesSectionDraft, type SnsaContext } from '@cjsnsa/report';
import { parseCsv } from '../../../../test/disclosure/helpers/scan.js';

const SEED = 20_250_611;
const AS_OF = '2025-01-01';
const NAMES = ['Alder Bail Support', 'Birch Throughcare', "Cedar Women's Service", 'Elm Housing Link', 'Fir Diversion Project', 'Hazel Mentoring', 'Juniper Recovery', 'Larch Employability', 'Maple Custody Link', 'Oak Unpaid Work', 'Rowan Family Support', 'Willow Peer Support'];
const PROVIDERS = ['third-sector', 'local-authority', 'nhs', 'housing-association', 'faith_group'];
const RULES: SmallCountRule[] = [
  { min: 1, max: 4 },
  { min: 1, max: 9 },
  { min: 0, max: 4 },
];

/** A count cell as a register holds it: small, middling, large (written with a thousands comma), or a blank or a symbol. */
const countCell = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 6 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 7, max: 12 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 13, max: 5000 }).map((n) => n.toLocaleString('en-GB')) },
  { weight: 1, arbitrary: fc.constantFrom('', '[c]', '[x]') },
);

const registerParams = fc.record({
  areas: fc.shuffledSubarray(
    COUNCIL_AREAS.map((a) => a.code),
    { minLength: 3, maxLength: 3 },
  ),
  startYear: fc.integer({ min: 2015, max: 2030 }),
  earlier: fc.boolean(),
  rule: fc.constantFrom(...RULES),
  services: fc.uniqueArray(
    fc.record({
      area: fc.integer({ min: 0, max: 2 }),
      name: fc.integer({ min: 0, max: NAMES.length - 1 }),
      provider: fc.constantFrom(...PROVIDERS),
      outcomes: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9]),
      places: countCell,
      referrals: countCell,
      earlierReferrals: countCell,
      startDay: fc.integer({ min: 0, max: 2000 }),
      days: fc.integer({ min: 0, max: 2000 }),
      status: fc.constantFrom('published', 'synthetic', 'provisional'),
    }),
    { maxLength: 14, selector: (s) => `${s.area}|${s.name}` },
  ),
});
type RegisterParams = typeof registerParams extends fc.Arbitrary<infer T> ? T : never;

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const yearColumn = (y: number) => `referrals_${y}_${String((y + 1) % 100).padStart(2, '0')}`;
/** The true count a cell holds, or null for a blank or a symbol. */
const truthOf = (cell: string) => (/^[\d,]+$/.test(cell) ? Number(cell.replace(/,/g, '')) : null);

/** The random register written as a CSV file, and read as a partnership's would be. */
async function registerFrom(p: RegisterParams): Promise<ServicesRegister> {
  const columns = ['service_id', 'area', 'service_name', 'provider_type', 'outcomes', 'capacity', yearColumn(p.startYear), ...(p.earlier ? [yearColumn(p.startYear - 1)] : []), 'funding_start', 'funding_end', 'status', 'source'];
  const rows = p.services.map((s, i) => ({
    service_id: `SVC${i}`,
    area: p.areas[s.area],
    service_name: NAMES[s.name],
    provider_type: s.provider,
    outcomes: s.outcomes.join(';'),
    capacity: s.places,
    [yearColumn(p.startYear)]: s.referrals,
    [yearColumn(p.startYear - 1)]: s.earlierReferrals,
    funding_start: day(s.startDay),
    funding_end: day(s.startDay + s.days),
    status: s.status,
    source: 'random register',
  }));
  return readServicesRegister({ name: 'random-register.csv', data: toCSV(rows, columns).replace(/\r\n/g, '\n') });
}

interface Output {
  paragraphs: string[];
  tables: PackSection['tables'];
  charts: { id: string; altText: string; notes: string[]; csv: string; columns: string[]; rows: (string | number | null)[][]; specRows: Record<string, unknown>[] }[];
}

function outputOfDraft(d: ServicesSectionDraft): Output {
  return {
    paragraphs: d.paragraphs,
    tables: d.tables,
    charts: d.charts.map(({ id, chart }) => ({
      id,
      altText: chart.altText,
      notes: chart.notes,
      csv: chart.csv,
      columns: chart.columns,
      rows: chart.dataTable.map((r) => chart.columns.map((c) => r[c] ?? null)),
      specRows: ((chart.spec as { vconcat?: { data?: { values?: Record<string, unknown>[] } }[] }).vconcat?.[0]?.data?.values ?? []),
    })),
  };
}

type Domain = [number, number][];
const merge = (d: Domain): Domain =>
  [...d].sort((a, b) => a[0] - b[0]).reduce<Domain>((out, [a, b]) => {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
    return out;
  }, []);
const clip = (d: Domain, cap: number): Domain => merge(d.filter(([a]) => a <= cap).map(([a, b]) => [Math.max(a, 0), Math.min(b, cap)]));
const plus = (x: Domain, y: Domain, cap: number): Domain => clip(x.flatMap(([a, b]) => y.map(([c, e]): [number, number] => [a + c, b + e])), cap);
const size = (d: Domain) => d.reduce((n, [a, b]) => n + b - a + 1, 0);

/**
 * How many values each withheld part of a published sum can still take, for a reader who
 * knows the sum, the published parts, which parts are in the sum, and why each was withheld
 * (a `suppressed` count lies in the rule's range, a `secondary-suppressed` one outside it).
 * Exact for one sum: the sets of possible values are unions of intervals.
 */
function valuesLeft(total: number, published: number[], withheldStatuses: string[], rule: SmallCountRule): number[] {
  const rest = total - published.reduce((a, b) => a + b, 0);
  const domains: Domain[] = withheldStatuses.map((s) =>
    clip(parseStatus(s).includes('secondary-suppressed') ? [...(rule.min > 0 ? [[0, rule.min - 1] as [number, number]] : []), [rule.max + 1, Infinity]] : [[rule.min, rule.max]], rest),
  );
  return domains.map((d, i) => {
    const others = domains.reduce<Domain>((acc, o, j) => (j === i ? acc : plus(acc, o, rest)), [[0, 0]]);
    const reflected: Domain = merge(others.map(([a, b]) => [rest - b, rest - a]));
    return size(merge(d.flatMap(([a, b]) => reflected.flatMap(([c, e]): Domain => (Math.max(a, c) <= Math.min(b, e) ? [[Math.max(a, c), Math.min(b, e)]] : [])))));
  });
}

const numberIn = (s: string) => Number(s.replace(/,/g, ''));

/** Every way the section's output could give away or misuse a withheld referral count, as messages (empty: none). */
function issuesOf(out: Output, p: RegisterParams, register: ServicesRegister, areaIndex: number): string[] {
  const issues: string[] = [];
  const { rule } = p;
  const small = (n: number) => n >= rule.min && n <= rule.max;
  const mine = p.services.filter((s) => s.area === areaIndex);
  const truth = new Map(mine.map((s) => [NAMES[s.name], { referrals: truthOf(s.referrals), places: truthOf(s.places) }]));
  const label = `Referrals ${register.period}`;
  const capacity = out.charts.find((c) => c.id === 'services-capacity');
  if (mine.length && !capacity) return ['no capacity chart'];

  // the chart's data: CSV = data table; referral cells withheld when the rule says, else the true count; places as recorded
  const published = new Map<string, { value: number | null; status: string }>();
  for (const c of out.charts) {
    const csv = parseCsv(c.csv);
    if (JSON.stringify(csv) !== JSON.stringify([c.columns, ...c.rows.map((r) => r.map((v) => (v === null ? '' : String(v))))])) issues.push(`${c.id}: CSV differs from the data table`);
  }
  for (const [service, measure, value, status] of capacity?.rows ?? []) {
    const t = truth.get(String(service));
    if (!t) {
      issues.push(`capacity chart: unknown service ${service}`);
      continue;
    }
    if (measure === 'Places') {
      // places are shown as recorded: a number, blank when not recorded, "suppressed" where the register has [c]
      if (value !== t.places && !(t.places === null && (value === null || value === 'suppressed'))) issues.push(`${service}: places ${value}, register ${t.places}`);
      continue;
    }
    if (measure !== label) issues.push(`${service}: measure ${measure}, expected ${label}`);
    if (t.referrals !== null && small(t.referrals) && value !== 'suppressed') issues.push(`${service}: referral count ${t.referrals} shown as ${value}`);
    if (typeof value === 'number' && (value !== t.referrals || small(value))) issues.push(`${service}: referrals ${value} published (register ${t.referrals})`);
    published.set(String(service), { value: typeof value === 'number' ? value : null, status: String(status) });
  }
  for (const bar of capacity?.specRows ?? []) {
    const t = truth.get(String(bar.x));
    if (bar.series === label && typeof bar.value === 'number' && (small(bar.value) || bar.value !== t?.referrals)) issues.push(`spec data: ${bar.x} referrals ${bar.value}`);
  }

  // text: no figure of referrals in the rule's range, anywhere
  const texts = [...out.paragraphs, ...out.charts.flatMap((c) => [c.altText, ...c.notes]), ...out.tables.flatMap((t) => t.rows.flat().map(String))];
  for (const t of texts) for (const m of t.matchAll(/(\d[\d,]*) referrals?\b/g)) if (small(numberIn(m[1]!))) issues.push(`text gives ${m[1]} referrals: "${t}"`);

  // comparisons: only published counts, numerically right, and every over-capacity service named
  const text = out.paragraphs.join(' ');
  const named = [...text.matchAll(/(?:: |; )([^;:()]+?) \(([\d,]+) referrals?, ([\d,]+) places?\)/g)].map((m) => ({ name: m[1]!, referrals: numberIn(m[2]!), places: numberIn(m[3]!) }));
  for (const n of named) {
    const pub = published.get(n.name);
    const t = truth.get(n.name);
    if (!pub || pub.value === null) issues.push(`${n.name} compared, but its referrals are withheld or not recorded`);
    else if (n.referrals !== pub.value || n.places !== t?.places || !(n.referrals > n.places)) issues.push(`${n.name}: wrong comparison ${n.referrals} > ${n.places}`);
  }
  const over = [...published].filter(([name, pub]) => pub.value !== null && truth.get(name)!.places !== null && pub.value > truth.get(name)!.places!).map(([name]) => name);
  if (JSON.stringify(over.sort()) !== JSON.stringify(named.map((n) => n.name).sort())) issues.push(`over capacity: said ${named.map((n) => n.name)}, published numbers give ${over}`);
  const withheld = [...published.values()].filter((x) => parseStatus(x.status).some((c) => c === 'suppressed' || c === 'secondary-suppressed')).length;
  const saidWithheld = /(\d+) services? could not be compared because (?:its|their) referrals are withheld/.exec(text);
  if (Number(saidWithheld?.[1] ?? 0) !== withheld) issues.push(`said ${saidWithheld?.[1] ?? 0} withheld, table has ${withheld}`);

  // a published total: right, and every withheld part of it keeps at least two possible values
  const total = /Together the (\d+) services with referrals recorded had ([\d,]+) referrals?/.exec(text);
  const inTotal = mine.filter((s) => truthOf(s.referrals) !== null).map((s) => NAMES[s.name]);
  if (total) {
    const sum = inTotal.reduce((a, n) => a + truth.get(n)!.referrals!, 0);
    if (Number(total[1]) !== inTotal.length || numberIn(total[2]!) !== sum) issues.push(`total ${total[2]} of ${total[1]} services, register gives ${sum} of ${inTotal.length}`);
    const parts = inTotal.map((n) => published.get(n)!);
    const left = valuesLeft(numberIn(total[2]!), parts.filter((x) => x.value !== null).map((x) => x.value!), parts.filter((x) => x.value === null).map((x) => x.status), rule);
    if (left.some((n) => n < 2)) issues.push(`the total ${total[2]} leaves a withheld part ${Math.min(...left)} possible value(s)`);
  }
  return issues;
}

describe('servicesSection over random registers (fast-check)', () => {
  it('no referral count in the rule\'s range reaches the text, tables, data, CSV or alt text; no withheld count is compared; a published total leaves each withheld part two values or more', async () => {
    let withheldSeen = 0;
    let totalsSeen = 0;
    await fc.assert(
      fc.asyncProperty(registerParams, async (p) => {
        const register = await registerFrom(p);
        for (let a = 0; a < 3; a++) {
          const area = { code: p.areas[a]!, name: `Area ${a}` };
          const draft = draftServicesSection({ register, title: 'Random register', synthetic: false, area, disclosure: p.rule, asOf: AS_OF });
          const out = outputOfDraft(draft);
          expect(issuesOf(out, p, register, a)).toEqual([]);
          if (out.paragraphs.some((t) => /withheld/.test(t))) withheldSeen++;
          if (out.paragraphs.some((t) => /Together the/.test(t))) totalsSeen++;
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
    // the runs reached the cases that matter
    expect(withheldSeen).toBeGreaterThan(100);
    expect(totalsSeen).toBeGreaterThan(50);
  });

  it('the drawn section (SVG aria-labels, the pack\'s data rows and CSV) shows no referral count in the rule\'s range', async () => {
    await fc.assert(
      fc.asyncProperty(registerParams, async (p) => {
        const register = await registerFrom(p);
        const entry = { path: 'random-register.csv', title: 'Random register', kind: 'real' as const, schema: 'register' as const, source: 'random', columns: [] };
        const ctx = { data: { servicesRegister: async () => ({ register, entry }) }, disclosure: p.rule } as unknown as SnsaContext;
        const section = (await servicesSection(ctx, snsaArea(p.areas[0]!), AS_OF))!;
        const out: Output = {
          paragraphs: section.paragraphs,
          tables: section.tables,
          charts: section.charts.map((c) => ({ id: c.id, altText: c.altText, notes: c.notes, csv: c.csv, columns: c.data.columns, rows: c.data.rows, specRows: [] })),
        };
        expect(issuesOf(out, p, register, 0)).toEqual([]);
        const small = (n: number) => n >= p.rule.min && n <= p.rule.max;
        for (const c of section.charts) {
          for (const [, l] of c.svg.matchAll(/aria-label="([^"]*)"/g)) {
            const label = l!.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
            const bar = /^x: (.*?); Places or referrals: ([\d,]+); series: Referrals /.exec(label);
            if (bar) {
              const t = truthOf(p.services.find((s) => s.area === 0 && NAMES[s.name] === bar[1])!.referrals);
              expect(small(numberIn(bar[2]!)) || numberIn(bar[2]!) !== t, `${c.id}: ${label}`).toBe(false);
            }
            for (const m of label.matchAll(/(\d[\d,]*) referrals?\b/g)) expect(small(numberIn(m[1]!)), `${c.id}: ${label}`).toBe(false);
          }
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
