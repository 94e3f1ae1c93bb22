// Read an `snsa --area all` output directory back as a reader would (the CSVs every pack
// writes), and gather, for each data item the "who" sections break down and each period,
// every published relation: the 32 council counts, Scotland's, the family groups', and
// each area's breakdowns. Then find withheld cells a reader can narrow.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { COUNCIL_AREAS, familyGroupOf, indicatorDefinition } from '@cjsnsa/framework';
import { topicById } from '@cjsnsa/report';
import { csvTable } from './scan.js';
import { feasibleSets, type ItemPeriod, type Shown } from './feasibility.js';

const SCOTLAND = 'S92000003';
/** A sum the packs do not print at all (not a withheld cell): unknown to a reader, and not itself checked. */
const NOT_PUBLISHED = 'not-published';

function records(file: string): Record<string, string>[] {
  const t = csvTable(file, readFileSync(file, 'utf8'));
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? ''])));
}

const shown = (value: string, status: string, label: string): Shown => {
  const n = value === '' || value === 'suppressed' ? null : Number(value);
  return { value: n !== null && Number.isFinite(n) ? n : null, status, label };
};

/** The item × period relations published across every area's pack of one topic. */
export function readAreaAllScan(outDir: string, topicId: string): ItemPeriod[] {
  const topic = topicById(topicId);
  const item = topic.extractCount?.item;
  if (!item) return [];
  const counts = new Map<string, Map<string, Shown>>(); // period → area/group/Scotland → count
  const breakdowns = new Map<string, Map<string, Shown[][]>>(); // period → area → breakdowns
  const put = (period: string, area: string, cell: Shown) => {
    const m = counts.get(period) ?? new Map<string, Shown>();
    counts.set(period, m);
    const before = m.get(area);
    if (before && (before.value !== cell.value || (before.value === null) !== (cell.value === null))) {
      throw new Error(`${cell.label} disagrees with ${before.label}: ${cell.value} against ${before.value}`);
    }
    if (!before) m.set(area, cell);
  };
  const areaDirs = readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const d of areaDirs) {
    const dir = join(outDir, d.name, topicId);
    if (!existsSync(join(dir, 'results.csv'))) continue;
    const rows = records(join(dir, 'results.csv'));
    // a count row of the item where there is one, else a rate on it (its numerator is the count)
    const ofItem = rows.filter((r) => indicatorDefinition(r.indicator).numerator.item === item && (r.measure === 'count' || r.measure === 'rate'));
    const byAreaPeriod = new Map<string, Record<string, string>>();
    for (const r of ofItem.sort((a, b) => (a.measure === 'count' ? 0 : 1) - (b.measure === 'count' ? 0 : 1))) {
      const k = `${r.area}|${r.period}`;
      if (!byAreaPeriod.has(k)) byAreaPeriod.set(k, r);
    }
    for (const r of byAreaPeriod.values()) put(r.period, r.area, shown(r.numerator, r.status, `${d.name}/${topicId}/results.csv ${r.indicator} ${r.area_name} ${r.period}`));
    const own = rows.find((r) => r.area_type === 'council')?.area;
    if (!own) continue;
    for (const b of topic.breakdowns) {
      const file = join(dir, 'charts', `who-${b.column.replace(/_/g, '-')}.csv`);
      if (!existsSync(file)) continue;
      const byPeriod = new Map<string, Record<string, string>[]>();
      for (const r of records(file)) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
      for (const [period, cells] of byPeriod) {
        const m = breakdowns.get(period) ?? new Map<string, Shown[][]>();
        breakdowns.set(period, m);
        m.set(own, [...(m.get(own) ?? []), cells.map((c) => shown(c.value, c.status, `${d.name}/${topicId}/charts/who-${b.column} ${period} ${c.breakdown}`))]);
      }
    }
  }
  const groups = [...new Map(COUNCIL_AREAS.map((a) => familyGroupOf(a.code, 'people')).map((g) => [g.id, g])).values()];
  return [...counts].map(([period, m]): ItemPeriod => {
    const missing = (label: string): Shown => ({ value: null, status: NOT_PUBLISHED, label });
    return {
      label: `${item} ${period}`,
      scotland: m.get(SCOTLAND) ?? missing(`Scotland ${period}`),
      areas: new Map(COUNCIL_AREAS.map((a) => [a.code, m.get(a.code) ?? missing(`${a.name} ${period}`)])),
      groups: groups.map((g) => ({ id: g.id, members: g.members, cell: m.get(g.id) ?? missing(`${g.name} ${period}`) })),
      breakdowns: breakdowns.get(period) ?? new Map(),
    };
  });
}

/**
 * The guarantee, checked exactly: a withheld cell that may hold a small count (status
 * `suppressed`, or withheld with its whole breakdown) keeps every value of the rule's range
 * open to a reader, as many values as the range holds; every other withheld cell keeps at least
 * two. Returns one message per cell that breaks it.
 */
export function narrowedCells(items: ItemPeriod[], rule: { min: number; max: number }): string[] {
  const width = rule.max - rule.min + 1;
  const mayBeSmall = (status: string) => /(^|; )(suppressed|withheld-with-group)(;|$)/.test(status);
  return items.flatMap((ip) =>
    feasibleSets(ip, rule)
      .filter((s) => s.cell.status !== NOT_PUBLISHED && s.values.size() < (mayBeSmall(s.cell.status) ? width : 2))
      .map((s) => `${s.cell.label} (${s.cell.status}): a reader can narrow it to ${s.values.toString()}`),
  );
}

/** How many cells of the relations are withheld (a scan that finds nothing withheld proves nothing). */
export function withheldCount(items: ItemPeriod[]): number {
  return items.reduce((n, ip) => n + [ip.scotland, ...ip.areas.values(), ...ip.groups.map((g) => g.cell), ...[...ip.breakdowns.values()].flat(2)].filter((c) => c.value === null && c.status !== NOT_PUBLISHED).length, 0);
}

/** The same relations, from an SNSA context (what every pack of an `--area all` run is written from). */
export function itemPeriodsFromContext(ctx: { results: Record<string, unknown>[]; breakdowns: { item: string; breakdown: string; category: string | null; area: string; period: string; count: number | null; status: string }[] }, topicId: string): ItemPeriod[] {
  const topic = topicById(topicId);
  const item = topic.extractCount?.item;
  if (!item) return [];
  const rows = ctx.results.filter((r) => indicatorDefinition(String(r.indicator)).numerator.item === item && (r.measure === 'count' || r.measure === 'rate'));
  const counts = new Map<string, Map<string, Shown>>();
  for (const r of rows.sort((a, b) => (a.measure === 'count' ? 0 : 1) - (b.measure === 'count' ? 0 : 1))) {
    const m = counts.get(String(r.period)) ?? new Map<string, Shown>();
    counts.set(String(r.period), m);
    if (!m.has(String(r.area))) m.set(String(r.area), { value: r.numerator as number | null, status: String(r.status), label: `${r.indicator} ${r.area_name} ${r.period}` });
  }
  // an item with no count or rate in the results (e.g. a denominator): its areas' counts are the breakdowns' own totals
  if (rows.length === 0) {
    for (const b of ctx.breakdowns) {
      if (b.item !== item || b.category !== null) continue;
      const m = counts.get(b.period) ?? new Map<string, Shown>();
      counts.set(b.period, m);
      if (!m.has(b.area)) m.set(b.area, { value: b.count, status: b.status, label: `${b.area} ${b.period} ${item} (counted from the extract)` });
    }
  }
  const breakdowns = new Map<string, Map<string, Shown[][]>>();
  const blocks = new Map<string, Shown[]>();
  for (const b of ctx.breakdowns) {
    if (b.item !== item || b.category === null) continue;
    const k = `${b.period}|${b.area}|${b.breakdown}`;
    blocks.set(k, [...(blocks.get(k) ?? []), { value: b.count, status: b.status, label: `${b.area} ${b.period} ${b.breakdown} ${b.category}` }]);
  }
  for (const [k, cells] of blocks) {
    const [period, area] = k.split('|');
    if (!counts.has(period)) continue;
    const m = breakdowns.get(period) ?? new Map<string, Shown[][]>();
    breakdowns.set(period, m);
    m.set(area, [...(m.get(area) ?? []), cells]);
  }
  const groups = [...new Map(COUNCIL_AREAS.map((a) => familyGroupOf(a.code, 'people')).map((g) => [g.id, g])).values()];
  return [...counts].map(([period, m]): ItemPeriod => {
    const missing = (label: string): Shown => ({ value: null, status: NOT_PUBLISHED, label });
    return {
      label: `${item} ${period}`,
      scotland: m.get(SCOTLAND) ?? missing(`Scotland ${period}`),
      areas: new Map(COUNCIL_AREAS.map((a) => [a.code, m.get(a.code) ?? missing(`${a.name} ${period}`)])),
      groups: groups.map((g) => ({ id: g.id, members: g.members, cell: m.get(g.id) ?? missing(`${g.name} ${period}`) })),
      breakdowns: breakdowns.get(period) ?? new Map(),
    };
  });
}
