// Random observation tables for the disclosure properties: counts drawn often in and
// around the suppression range (zeros, 1–4, 5–12), some already suppressed by the
// supplier, breakdown rows beside the totals, every council area, a run of financial
// years, and an individual-level extract consistent with the aggregate counts.
import fc from 'fast-check';
import { COUNCIL_AREAS, indicatorDefinition } from '@cjsnsa/framework';
import { SNSA_TOPICS, topicById } from '@cjsnsa/report';

/** One observation row in the contract's schema. */
export interface ObservationRow {
  indicator: string;
  area: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  status: string;
  source: string;
  breakdown: string | null;
}

/** What fast-check draws; the table itself is built deterministically from it (so counterexamples print small). */
export interface TableParams {
  seed: number;
  topic: string;
  periods: number;
  lastStart: number;
  /** Shares of zeros, of counts 1–4 and of supplier-suppressed cells, in per cent. */
  zeros: number;
  small: number;
  supplied: number;
  /** Index of the council area whose pack is built. */
  area: number;
  comparator: 'family-people' | 'family-place' | 'custom' | 'scotland';
  /** Request all areas, or a subset (the partnership's own and a few others). */
  allAreas: boolean;
  breakdownRows: boolean;
}

const TOPICS = SNSA_TOPICS.filter((t) => t.extractCount !== null).map((t) => t.id);

export const tableParams: fc.Arbitrary<TableParams> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
  topic: fc.constantFrom(...TOPICS),
  periods: fc.integer({ min: 1, max: 6 }),
  lastStart: fc.integer({ min: 2019, max: 2023 }),
  zeros: fc.integer({ min: 0, max: 40 }),
  small: fc.integer({ min: 5, max: 60 }),
  supplied: fc.constantFrom(0, 0, 2, 5),
  area: fc.integer({ min: 0, max: 31 }),
  comparator: fc.constantFrom('family-people', 'family-people', 'family-place', 'custom', 'scotland'),
  allAreas: fc.boolean(),
  breakdownRows: fc.boolean(),
});

/** mulberry32: a small seeded generator, so a table is a pure function of its parameters. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counted items that must not exceed another item (percentages' numerator ≤ denominator). */
const PARENT: Record<string, string> = {
  'diversion-commenced': 'diversion-assessments',
  'diversion-completed': 'diversion-commenced',
  'cpo-completed': 'cpo-terminated',
  'release-health-continuity': 'prison-releases',
  'release-accommodation': 'prison-releases',
  'bail-supervision-completed': 'bail-supervision-commenced',
};

/** Items whose observation rows carry their own denominator (offenders in the cohort). */
const OWN_BASE = new Set(['reconviction-rate-residence', 'reconvictions-residence']);

export function financialYear(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The data items a topic's indicators count (numerators and counted denominators). */
export function topicItems(topicId: string): string[] {
  const items = new Set<string>();
  for (const id of topicById(topicId).indicators) {
    const d = indicatorDefinition(id);
    items.add(d.numerator.item);
    if (d.denominator && 'item' in d.denominator) items.add(d.denominator.item);
  }
  return [...items];
}

/** Order items so that each comes after the item it must not exceed. */
function ordered(items: string[]): string[] {
  const all = new Set(items);
  for (const i of items) for (let p = PARENT[i]; p; p = PARENT[p]) all.add(p);
  const out: string[] = [];
  const visit = (i: string) => {
    if (out.includes(i)) return;
    if (PARENT[i]) visit(PARENT[i]);
    out.push(i);
  };
  for (const i of all) visit(i);
  return out;
}

export interface RandomTable {
  params: TableParams;
  periods: string[];
  observations: ObservationRow[];
  /** Individual-level extract of the pack area for the topic (one row per counted case), or null. */
  extract: Record<string, string | null>[] | null;
  areaCode: string;
  /** Areas requested from computeIndicators. */
  areas: string[] | 'all';
  comparator: 'family-people' | 'family-place' | 'scotland' | { type: 'custom'; areas: string[]; name: string };
}

/** Build the observation table (and extract) a parameter set describes. */
export function buildTable(params: TableParams): RandomTable {
  const rnd = prng(params.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const draw = (): number => {
    const u = rnd() * 100;
    if (u < params.zeros) return 0;
    if (u < params.zeros + params.small) return int(1, 4);
    if (u < params.zeros + params.small + 20) return int(5, 12);
    return int(13, 400);
  };
  /** A count no larger than its parent: often the parent minus a small number (a small complement). */
  const below = (parent: number): number => {
    const u = rnd();
    if (u < 0.15) return 0;
    if (u < 0.4) return Math.max(0, parent - int(0, 4));
    if (u < 0.55) return Math.min(parent, int(1, 4));
    return Math.floor(parent * rnd());
  };
  const periods = Array.from({ length: params.periods }, (_, k) => financialYear(params.lastStart - params.periods + 1 + k));
  const items = ordered(topicItems(params.topic));
  const rows: ObservationRow[] = [];
  const value = new Map<string, number>();
  const source = 'disclosure property test (random table)';
  for (const p of periods) {
    for (const a of COUNCIL_AREAS) {
      for (const item of items) {
        if (OWN_BASE.has(item)) continue;
        const parent = PARENT[item] ? value.get(`${PARENT[item]}|${a.code}|${p}`) : undefined;
        const n = parent === undefined ? draw() : below(parent);
        value.set(`${item}|${a.code}|${p}`, n);
        const supplied = rnd() * 100 < params.supplied;
        rows.push({ indicator: item, area: a.code, period: p, numerator: supplied ? null : n, denominator: null, status: supplied ? 'suppressed' : 'published', source, breakdown: null });
        if (params.breakdownRows && !supplied && rnd() < 0.3) {
          const f = Math.floor(n * rnd());
          rows.push({ indicator: item, area: a.code, period: p, numerator: f, denominator: null, status: 'published', source, breakdown: 'Female' });
          rows.push({ indicator: item, area: a.code, period: p, numerator: n - f, denominator: null, status: 'published', source, breakdown: 'Male' });
        }
      }
      if (items.some((i) => OWN_BASE.has(i))) {
        const offenders = draw();
        const reconvicted = below(offenders);
        const reconvictions = reconvicted + Math.floor(reconvicted * rnd() * 2);
        const supplied = rnd() * 100 < params.supplied;
        for (const [item, n] of [['reconviction-rate-residence', reconvicted], ['reconvictions-residence', reconvictions]] as const) {
          if (!items.includes(item)) continue;
          rows.push({ indicator: item, area: a.code, period: p, numerator: supplied ? null : n, denominator: supplied ? null : offenders, status: supplied ? 'suppressed' : 'published', source, breakdown: null });
        }
      }
    }
  }
  for (const a of COUNCIL_AREAS) {
    for (let y = 2012; y <= 2023; y++) {
      rows.push({ indicator: 'population-16-70', area: a.code, period: String(y), numerator: int(8_000, 450_000), denominator: null, status: 'published', source: 'random population', breakdown: null });
    }
  }

  const area = COUNCIL_AREAS[params.area];
  const topic = topicById(params.topic);
  let extract: Record<string, string | null>[] | null = null;
  if (topic.extractCount) {
    extract = [];
    const item = topic.extractCount.item;
    for (const p of periods) {
      const n = value.get(`${item}|${area.code}|${p}`) ?? 0;
      const start = Number(p.slice(0, 4));
      for (let k = 0; k < n; k++) {
        const month = int(0, 11);
        const date = new Date(Date.UTC(start, 3 + month, int(1, 28))).toISOString().slice(0, 10);
        const rec: Record<string, string | null> = { area: area.code, [topic.extractCount.date]: date };
        for (const b of topic.breakdowns) rec[b.column] = ['A', 'B', 'C'][int(0, b.column === 'sex' ? 1 : 2)];
        extract.push(rec);
      }
    }
  }
  const others = COUNCIL_AREAS.filter((a) => a.code !== area.code);
  const pick = (n: number) => Array.from({ length: n }, () => others[int(0, others.length - 1)].code);
  const comparator =
    params.comparator === 'custom'
      ? { type: 'custom' as const, areas: [area.code, ...new Set(pick(4))], name: 'Random comparator group' }
      : params.comparator;
  return {
    params,
    periods,
    observations: rows,
    extract,
    areaCode: area.code,
    areas: params.allAreas ? 'all' : [area.code, ...new Set(pick(3))],
    comparator,
  };
}
