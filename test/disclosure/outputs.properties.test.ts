// Disclosure guarantees of every output, over random observation tables: chart presets
// (spec data, data table, CSV, alt text, notes), the notebook display (chartHTMLFragment,
// showChart, sectionHtml, tableHtml), and the SNSA pack as written (report.html,
// report.docx, results.csv, baseline.csv, the chart pack's CSVs and alt text).
// Seeded: fast-check prints the seed and path of any counterexample.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { funnelLimits } from '@cjsnsa/core';
import { computeIndicators, indicatorDefinition, SCOTLAND, type ResultRow } from '@cjsnsa/framework';
import {
  chartHTMLFragment,
  compareAreasChart,
  funnelChart,
  heatmapChart,
  showChart,
  spineChart,
  trendChart,
  type ChartSpec,
} from '@cjsnsa/charts';
import { buildSnsaPack, prepareSnsa, profileSection, sectionHtml, snsaArea, tableHtml, topicById, whoSection, writePack } from '@cjsnsa/report';
import { buildTable, tableParams, type RandomTable, type TableParams } from './helpers/random-tables.js';
import { snsaData } from './helpers/snsa-data.js';
import { determinedUnknowns, isWithheldStatus } from './helpers/reader.js';
import { csvTable, leakContext, parseCsv, readDocx, readHtml, tableIssues, textLeaks, unescapeMarkup, type LeakContext, type Table, type TableMeta, type TextScope } from './helpers/scan.js';

const SEED = 20_250_607;
const rowKey = (r: Pick<ResultRow, 'indicator' | 'area' | 'period'>) => `${r.indicator}|${r.area}|${r.period}`;

function compute(t: RandomTable, disclosure: boolean): ResultRow[] {
  return computeIndicators({
    observations: t.observations,
    indicators: 'all',
    areas: t.areas,
    periods: { last: 5 },
    comparator: t.comparator,
    ...(disclosure ? {} : { disclosure: false as const }),
  }).objects() as ResultRow[];
}

const measureOf = (indicator: string) => indicatorDefinition(indicator).measure;

/** Issues in one chart preset's output, read back field by field against the results it was drawn from. */
function chartIssues(chart: ChartSpec, what: { kind: string; indicator?: string; area?: string; period?: string }, published: ResultRow[], ctx: LeakContext): string[] {
  const issues: string[] = [];
  const where = `${chart.kind} chart "${chart.title}"`;
  const byKey = new Map(published.map((r) => [rowKey(r), r]));
  const areaByName = new Map(published.map((r) => [r.area_name, r.area]));
  const withheld = (r: ResultRow | undefined) => r !== undefined && isWithheldStatus(r.status);
  const latestOf = (indicator: string, area: string) =>
    published.filter((r) => r.indicator === indicator && r.area === area).map((r) => r.period).sort().pop();

  // the CSV is the data table, cell for cell
  const csv = parseCsv(chart.csv);
  expect(csv[0], `${where}: CSV header`).toEqual(chart.columns);
  expect(csv.slice(1), `${where}: CSV rows`).toEqual(chart.dataTable.map((r) => chart.columns.map((c) => (r[c] == null ? '' : String(r[c])))));

  // the data table: counts in range, and withheld rows by the results (not by the table's own status column)
  const table: Table = { title: chart.title, columns: chart.columns, rows: csv.slice(1) };
  issues.push(...tableIssues(table, { measure: what.indicator ? measureOf(what.indicator) : null, measureOfRow: (r) => (r.indicator ? measureOf(r.indicator) : null) }, `${where} data table`));
  for (const r of chart.dataTable) {
    const indicator = (r.indicator as string | undefined) ?? what.indicator!;
    const area = (r.area as string | undefined) ?? what.area!;
    const period = (r.period as string | undefined) ?? (what.kind === 'spine' ? latestOf(indicator, area) : what.period)!;
    const res = byKey.get(rowKey({ indicator, area, period }));
    if (!withheld(res)) continue;
    for (const f of ['value', 'lower', 'upper']) {
      if (f in r && r[f] !== null && r[f] !== 'suppressed') issues.push(`${where} data table: withheld ${rowKey(res!)} shows ${f} = ${r[f]}`);
    }
  }

  // the spec's data rows: those standing for a withheld result carry no value
  let mapped = 0;
  const rowsOf = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);
  const spec = chart.spec as Record<string, any>;
  const dataRows: Record<string, unknown>[] = [
    ...Object.values((spec.datasets ?? {}) as Record<string, unknown>).flatMap(rowsOf),
    ...rowsOf(spec.vconcat?.[0]?.data?.values),
  ];
  for (const d of dataRows) {
    let res: ResultRow | undefined;
    if (what.kind === 'trend' && typeof d.period === 'string') {
      const series = d.series as string | undefined;
      const area =
        series === undefined || areaByName.get(series) === what.area ? what.area : series === 'Scotland' ? SCOTLAND.code : published.find((x) => x.area_type === 'group' && x.area_name === series)?.area;
      if (area) res = byKey.get(rowKey({ indicator: what.indicator!, area, period: d.period }));
    } else if (what.kind === 'compare-areas' && typeof d.area === 'string') res = byKey.get(rowKey({ indicator: what.indicator!, area: d.area, period: what.period! }));
    else if (what.kind === 'funnel' && typeof d.area_name === 'string' && 'size' in d) res = byKey.get(rowKey({ indicator: what.indicator!, area: areaByName.get(d.area_name)!, period: what.period! }));
    else if (what.kind === 'spine' && typeof d.indicator === 'string' && 'x_value' in d) res = byKey.get(rowKey({ indicator: d.indicator, area: what.area!, period: latestOf(d.indicator, what.area!)! }));
    else if (what.kind === 'heatmap' && typeof d.area_name === 'string' && typeof d.column === 'string') {
      res = byKey.get(rowKey({ indicator: d.column.split(':')[0], area: areaByName.get(d.area_name)!, period: what.period! }));
    }
    if (!res) continue;
    mapped++;
    if (!withheld(res)) continue;
    for (const f of ['value', 'lower', 'upper', 'x_value', 'size', 'numerator']) {
      if (d[f] !== undefined && d[f] !== null) issues.push(`${where} spec data: withheld ${rowKey(res)} has ${f} = ${d[f]}`);
    }
    for (const f of ['label', 'text']) {
      if (typeof d[f] === 'string') issues.push(...textLeaks(d[f] as string, { areas: [res.area], indicators: [res.indicator], periods: [res.period] }, ctx, `${where} spec ${f}`));
    }
  }
  if (mapped === 0) issues.push(`${where}: no spec data row could be matched to a result (has the preset's data layout changed?)`);

  // alt text and notes
  const scope: TextScope =
    what.kind === 'trend' ? { areas: [what.area!], indicators: [what.indicator!] }
      : what.kind === 'spine' ? { areas: [what.area!] }
        : what.kind === 'heatmap' ? { periods: [what.period!] }
          : { indicators: [what.indicator!], periods: [what.period!] };
  issues.push(...textLeaks(chart.altText, scope, ctx, `${where} alt text`));
  for (const n of chart.notes) issues.push(...textLeaks(n, scope, ctx, `${where} note`));
  return issues;
}

/** Every chart the report draws for a table's topic and area, as presets (no rendering). */
function presetCharts(t: RandomTable, published: ResultRow[]): { chart: ChartSpec; what: Parameters<typeof chartIssues>[1] }[] {
  const topic = topicById(t.params.topic);
  const A = t.areaCode;
  const out: { chart: ChartSpec; what: Parameters<typeof chartIssues>[1] }[] = [];
  for (const id of topic.indicators) {
    const rows = published.filter((r) => r.indicator === id);
    if (!rows.some((r) => r.area === A)) continue;
    out.push({ chart: trendChart(rows, { area: A, indicator: id }), what: { kind: 'trend', indicator: id, area: A } });
    const m = measureOf(id);
    if (m !== 'rate' && m !== 'percentage') continue;
    const period = rows.filter((r) => r.area === A).map((r) => r.period).sort().pop()!;
    const atPeriod = rows.filter((r) => r.period === period && (r.area_type === 'council' || r.area === SCOTLAND.code));
    out.push({ chart: compareAreasChart(atPeriod, { indicator: id, period, highlight: A }), what: { kind: 'compare-areas', indicator: id, period } });
    const councils = atPeriod.filter((r) => r.area_type === 'council' && r.value !== null && r.denominator);
    const scot = atPeriod.find((r) => r.area === SCOTLAND.code);
    if (councils.length >= 2 && scot?.value != null) {
      const sizes = councils.map((r) => r.denominator as number);
      const limits = funnelLimits({ type: m === 'percentage' ? 'proportion' : 'rate', baseline: scot.value, sizes: { min: Math.min(...sizes), max: Math.max(...sizes) }, multiplier: m === 'percentage' ? 100 : 10000, points: 20 });
      out.push({ chart: funnelChart(atPeriod, { limits, indicator: id, period, highlight: A, baseline: scot.value }), what: { kind: 'funnel', indicator: id, period } });
    }
  }
  const profile = published.filter((r) => (r.measure === 'rate' || r.measure === 'percentage') && (r.area_type === 'council' || r.area === SCOTLAND.code));
  if (profile.some((r) => r.area === A && r.value !== null)) {
    try {
      out.push({ chart: spineChart(profile, { area: A }), what: { kind: 'spine', area: A } });
    } catch {
      // no indicator with both a range and a Scotland value: nothing drawn
    }
  }
  const topicRows = published.filter((r) => topic.indicators.includes(r.indicator) && r.area_type === 'council');
  const period = topicRows.map((r) => r.period).sort().pop();
  if (period) out.push({ chart: heatmapChart(topicRows, { period }), what: { kind: 'heatmap', period } });
  return out;
}

describe('disclosure guarantees: charts, notebook display, HTML report, Word document, CSVs', () => {
  it('1 and 3. chart presets (spec data, data table, CSV, alt text, notes) show no withheld or small count', () => {
    fc.assert(
      fc.property(tableParams, (params) => {
        const t = buildTable(params);
        const published = compute(t, true);
        const ctx = leakContext(published, compute(t, false));
        const issues = presetCharts(t, published).flatMap(({ chart, what }) => chartIssues(chart, what, published, ctx));
        expect(issues.join('\n')).toBe('');
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('the chart checks catch a chart drawn from a withheld figure (so the property above can fail)', () => {
    const t = buildTable({ seed: 1, topic: 'bail', periods: 5, lastStart: 2023, zeros: 10, small: 40, supplied: 0, area: 3, comparator: 'family-people', allAreas: true, breakdownRows: false });
    const published = compute(t, true);
    const truth = compute(t, false);
    const ctx = leakContext(published, truth);
    const leaked = published.find((r) => r.area === t.areaCode && r.measure === 'rate' && isWithheldStatus(r.status) && r.period === published.filter((x) => x.indicator === r.indicator && x.area === r.area).map((x) => x.period).sort().pop());
    expect(leaked, 'the fixed table has a withheld latest rate for the area').toBeDefined();
    // the same rows, except that the withheld figure is drawn as if it were published
    const rows = published.map((r) => (r === leaked ? { ...truth.find((x) => rowKey(x) === rowKey(r))!, status: 'published' } : r)).filter((r) => r.indicator === leaked!.indicator);
    const issues = chartIssues(trendChart(rows, { area: t.areaCode, indicator: leaked!.indicator }), { kind: 'trend', indicator: leaked!.indicator, area: t.areaCode }, published, ctx);
    expect(issues.some((i) => i.includes('data table: withheld'))).toBe(true);
    expect(issues.some((i) => i.includes('spec data: withheld'))).toBe(true);
    expect(issues.some((i) => i.includes('alt text'))).toBe(true);
  });

  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('1, 2 and 3. an SNSA pack as written (report.html, report.docx, CSVs, alt text) and as shown in a notebook', async () => {
    // Building a pack renders every chart (SVG and PNG): a few runs only.
    await fc.assert(
      fc.asyncProperty(tableParams, async (params: TableParams) => {
        const t = buildTable({ ...params, allAreas: true, comparator: 'family-people' });
        const data = await snsaData(t);
        const snsa = await prepareSnsa(data);
        const published = snsa.results;
        const truth = computeIndicators({ observations: data.observations, indicators: 'all', areas: 'all', periods: { last: 5 }, comparator: 'family-people', disclosure: false }).objects() as ResultRow[];
        const topic = topicById(t.params.topic);
        const pack = await buildSnsaPack(snsa, snsaArea(t.areaCode), topic, { asOf: '2025-01-01' });
        // the services pack of the same area, from a random register (referrals of 0 to 6 are common)
        const servicesPack = await buildSnsaPack(snsa, snsaArea(t.areaCode), topicById('services'), { asOf: '2025-01-01' });
        const referrals = new Map((await data.servicesRegister())!.register.services.map((s) => [s.name, s.referrals]));
        expect(servicesIssues(servicesPack, referrals, snsa.disclosure)).toEqual([]);
        const servicesDir = mkdtempSync(join(tmpdir(), 'cjsnsa-disclosure-services-'));
        dirs.push(servicesDir);
        await writePack(servicesPack, servicesDir, ['html', 'docx']);
        expect(writtenServicesIssues(servicesDir, referrals, snsa.disclosure)).toEqual([]);
        const ctx = leakContext(published, truth, [pack.areaName, pack.topicTitle, ...pack.sources]);
        const issues: string[] = [];
        const names = new Map(published.map((r) => [r.indicator_name, r.indicator]));
        const byTitle = new Map(pack.sections.flatMap((s) => s.charts).map((c) => [`Data: ${c.title}`, c]));
        const chartMeta = (id: string): TableMeta => {
          const ind = /^(trend|compare|funnel)-(.+)$/.exec(id)?.[2];
          return { measure: id.startsWith('who-') ? 'count' : ind ? measureOf(ind) : null, measureOfRow: (r) => (r.indicator ? measureOf(r.indicator) : r.Indicator && names.has(r.Indicator) ? measureOf(names.get(r.Indicator)!) : null) };
        };
        const metaOf = (tab: Table): TableMeta => {
          const chart = byTitle.get(tab.title) ?? byTitle.get(`Data: ${tab.title.replace(/^Data: /, '')}`);
          if (chart) return chartMeta(chart.id);
          return { measureOfRow: (r) => (r.measure ? r.measure : r.indicator ? measureOf(r.indicator) : r.Indicator && names.has(r.Indicator) ? measureOf(names.get(r.Indicator)!) : null) };
        };
        const A = t.areaCode;
        const packScope: TextScope = { areas: [A], inherit: true };
        const readBack = (where: string, doc: { tables: Table[]; texts: string[] }) => {
          expect(doc.tables.length + doc.texts.length, `${where} read back`).toBeGreaterThan(0);
          for (const tab of doc.tables) issues.push(...tableIssues(tab, metaOf(tab), `${where} table "${tab.title}"`));
          for (const text of doc.texts) issues.push(...textLeaks(text, packScope, ctx, where));
        };

        // the pack model itself: chart data tables, alt text, paragraphs, tables
        // (the "who" section's paragraph and its breakdowns as linked tables: next test)
        for (const s of pack.sections) {
          if (s.id !== 'who') for (const p of s.paragraphs) issues.push(...textLeaks(p, packScope, ctx, `pack ${s.id} paragraph`));
          for (const c of s.charts) {
            issues.push(...tableIssues({ title: c.title, columns: c.data.columns, rows: c.data.rows.map((r) => r.map((v) => (v == null ? '' : String(v)))) }, chartMeta(c.id), `pack chart ${c.id}`));
            issues.push(...textLeaks(c.altText, { areas: [A], inherit: true }, ctx, `pack chart ${c.id} alt text`));
          }
          for (const tab of s.tables) issues.push(...tableIssues({ title: tab.title, columns: tab.columns, rows: tab.rows.map((r) => r.map((v) => (v == null ? '' : String(v)))) }, metaOf({ title: tab.title, columns: [], rows: [] }), `pack table ${tab.id}`));
        }

        // as written to disk
        const dir = mkdtempSync(join(tmpdir(), 'cjsnsa-disclosure-'));
        dirs.push(dir);
        await writePack(pack, dir, ['html', 'docx']);
        const html = readHtml(readFileSync(join(dir, 'report.html'), 'utf8'));
        const docx = readDocx(new Uint8Array(readFileSync(join(dir, 'report.docx'))));
        // every chart's data table and the pack's own tables are read back from both documents
        const expectedTables = pack.sections.reduce((n, s) => n + s.charts.length + s.tables.length, 0);
        expect(html.tables.length, 'tables in report.html').toBeGreaterThanOrEqual(expectedTables);
        expect(docx.tables.length, 'tables in report.docx').toBeGreaterThanOrEqual(expectedTables);
        readBack('report.html', html);
        readBack('report.docx', docx);
        for (const f of ['results.csv', 'baseline.csv']) readBack(f, { tables: [csvTable(f, readFileSync(join(dir, f), 'utf8'))], texts: [] });
        for (const f of readdirSync(join(dir, 'charts'))) {
          const text = readFileSync(join(dir, 'charts', f), 'utf8');
          if (f.endsWith('.csv')) issues.push(...tableIssues(csvTable(f, text), chartMeta(f.replace(/\.csv$/, '')), `charts/${f}`));
          if (f.endsWith('.alt.txt')) issues.push(...textLeaks(text, { areas: [A], inherit: true }, ctx, `charts/${f}`));
        }

        // notebook display: sections, the results table the notebooks show, a chart fragment and showChart
        for (const s of pack.sections) readBack(`notebook section ${s.id}`, readHtml(sectionHtml(s)));
        const mine = published.filter((r) => topic.indicators.includes(r.indicator) && r.area === A);
        const columns = ['indicator', 'period', 'numerator', 'denominator', 'value', 'lower', 'upper', 'comparison_scotland', 'trend', 'status'] as const;
        readBack('notebook results table', readHtml(tableHtml({ id: 'results', title: 'Results', notes: [], columns: [...columns], rows: mine.map((r) => columns.map((c) => r[c] as string | number | null)) })));
        const first = topic.indicators.find((id) => mine.some((r) => r.indicator === id));
        if (first) {
          const chart = trendChart(published.filter((r) => r.indicator === first), { area: A, indicator: first });
          let shown = '';
          await showChart(chart, { html: (h) => (shown = h) });
          expect(shown).toBe(await chartHTMLFragment(chart));
          readBack('notebook chart', readHtml(shown));
        }
        expect(issues.join('\n')).toBe('');
      }),
      // each run builds and renders a pack: report the first counterexample without shrinking
      { seed: SEED, numRuns: 6, endOnFailure: true },
    );
  }, 180_000);

  // When a supplier has already suppressed a council's count, Scotland's sum is not available and
  // no rate or percentage has a Scotland value: the profile must still build (without its spine).
  it('an SNSA area profile builds when the supplier has already suppressed some cells', async () => {
    const t = buildTable({ seed: 1, topic: 'diversion', periods: 4, lastStart: 2019, zeros: 0, small: 5, supplied: 5, area: 0, comparator: 'family-people', allAreas: true, breakdownRows: false });
    const snsa = await prepareSnsa(await snsaData(t));
    const section = await profileSection(snsa, snsaArea(t.areaCode));
    expect(section.id).toBe('profile');
  });

  // The "who" section must not print the area's count where the results withhold it, and its
  // breakdowns are controlled with that total: published breakdown cells must not add back to it.
  it('2 (across breakdowns). the "who" section: its breakdowns and paragraph do not give back a withheld count', async () => {
    await fc.assert(
      fc.asyncProperty(tableParams, async (params: TableParams) => {
        const t = buildTable({ ...params, allAreas: true, comparator: 'family-people' });
        const data = await snsaData(t);
        const snsa = await prepareSnsa(data);
        const published = snsa.results;
        const truth = computeIndicators({ observations: data.observations, indicators: 'all', areas: 'all', periods: { last: 5 }, comparator: 'family-people', disclosure: false }).objects() as ResultRow[];
        const topic = topicById(t.params.topic);
        const who = await whoSection(snsa, snsaArea(t.areaCode), topic);
        if (!who || !topic.extractCount) return;
        const ctx = leakContext(published, truth);
        const item = topic.extractCount.item;
        const itemIndicators = [...new Set(published.filter((r) => indicatorDefinition(r.indicator).numerator.item === item).map((r) => r.indicator))];
        const scope: TextScope = { areas: [t.areaCode], indicators: itemIndicators, inherit: true };
        const issues = [
          ...who.paragraphs.flatMap((p) => textLeaks(p, scope, ctx, 'who paragraph')),
          ...readHtml(sectionHtml(who)).texts.flatMap((p) => textLeaks(p, scope, ctx, 'who section HTML')),
          ...who.charts.flatMap((c) => tableIssues({ title: c.title, columns: c.data.columns, rows: c.data.rows.map((r) => r.map((v) => (v == null ? '' : String(v)))) }, { measure: 'count' }, `who chart ${c.id}`)),
          ...breakdownLeaks(who.charts, published, t.areaCode, item, truth),
        ];
        expect(issues.join('\n')).toBe('');
      }),
      { seed: SEED, numRuns: 30, endOnFailure: true },
    );
  }, 180_000);
});

/** Services outputs in the pack model: no referral count in the rule's range in any chart's data, CSV, alt text or SVG, nor in a sentence. */
function servicesIssues(pack: { sections: { id: string; paragraphs: string[]; charts: { id: string; csv: string; svg: string; altText: string; data: { columns: string[]; rows: (string | number | null)[][] } }[] }[] }, referrals: Map<string, number | null>, rule: { min: number; max: number }): string[] {
  const issues: string[] = [];
  const small = (v: number | null | undefined) => typeof v === 'number' && v >= rule.min && v <= rule.max;
  const section = pack.sections.find((s) => s.id === 'services');
  if (!section) return ['no services section'];
  const smallServices = [...referrals].filter(([, v]) => small(v));
  for (const c of section.charts) {
    const col = (n: string) => c.data.columns.indexOf(n);
    for (const r of c.data.rows) {
      const measure = String(r[col('measure')] ?? r[col('breakdown')] ?? '');
      if (/referrals/i.test(measure) && typeof r[col('value')] === 'number' && small(r[col('value')] as number)) issues.push(`${c.id}: referrals ${r[col('value')]} for ${r[col('service')]}`);
    }
    // the alt text (a segment per service) and the SVG marks' accessible names never give a small referral count
    const referralIn = (line: string): number | null => {
      const said = /(\d+) referrals?\b/.exec(line);
      if (said) return Number(said[1]);
      const mark = /series: Referrals/i.test(line) ? /: (\d+); series:/.exec(line) : null;
      return mark ? Number(mark[1]) : null;
    };
    const lines = [...c.altText.split(';'), ...[...c.svg.matchAll(/aria-label="([^"]*)"/g)].flatMap((m) => unescapeMarkup(m[1]).split(/;(?= [A-Z][^:]*,)/))];
    for (const line of lines) {
      const v = referralIn(line);
      if (v !== null && small(v)) issues.push(`${c.id}: "${line.trim()}" gives a referral count of ${v}`);
    }
  }
  // sentences: a referral count said of a service whose count is small
  for (const p of section.paragraphs) {
    for (const part of p.split(/[.;:]\s/)) {
      for (const [name, v] of smallServices) if (part.includes(name) && new RegExp(`\\b${v} referrals?\\b`).test(part)) issues.push(`paragraph gives ${name}'s ${v} referrals: ${part}`);
    }
  }
  return issues;
}

/** The same, read back from the written pack: the capacity chart's CSV. */
function writtenServicesIssues(dir: string, referrals: Map<string, number | null>, rule: { min: number; max: number }): string[] {
  const t = csvTable('services-capacity.csv', readFileSync(join(dir, 'charts', 'services-capacity.csv'), 'utf8'));
  const value = t.columns.indexOf('value');
  const measure = t.columns.indexOf('measure');
  expect(value, 'the services CSV has a value column').toBeGreaterThanOrEqual(0);
  expect(t.rows.some((r) => /referrals/i.test(r[measure]) && /^\d+$/.test(r[value]) || /suppressed/.test(r[value])), 'the services CSV has referral cells').toBe(true);
  return t.rows.filter((r) => /referrals/i.test(r[measure]) && /^\d+$/.test(r[value]) && Number(r[value]) >= rule.min && Number(r[value]) <= rule.max).map((r) => `services-capacity.csv: ${r.join(',')}`);
}

/**
 * Linked tables across breakdowns: each "who" chart splits the area's count of the topic's
 * item in a period into breakdown cells, which add up to the count the results publish (or
 * withhold). A withheld count, or withheld breakdown cell, must not follow from the others.
 */
function breakdownLeaks(charts: { id: string; data: { columns: string[]; rows: (string | number | null)[][] } }[], published: ResultRow[], area: string, item: string | null, truth: ResultRow[]): string[] {
  if (!item) return [];
  const issues: string[] = [];
  const countRow = (period: string) =>
    published.find((r) => r.area === area && r.period === period && indicatorDefinition(r.indicator).numerator.item === item && indicatorDefinition(r.indicator).measure === 'count') ??
    published.find((r) => r.area === area && r.period === period && indicatorDefinition(r.indicator).numerator.item === item);
  const truthOf = new Map(truth.map((r) => [rowKey(r), r]));
  for (const c of charts) {
    const col = (name: string) => c.data.columns.indexOf(name);
    const byPeriod = new Map<string, { key: string; value: string | number | null }[]>();
    for (const r of c.data.rows) {
      const period = String(r[col('period')]);
      const list = byPeriod.get(period) ?? [];
      list.push({ key: `${c.id}|${period}|${r[col('breakdown')]}`, value: r[col('value')] });
      byPeriod.set(period, list);
    }
    for (const [period, cells] of byPeriod) {
      const total = countRow(period);
      if (!total) continue;
      const totalKey = `total|${period}`;
      const unknown = new Set([...cells.filter((x) => typeof x.value !== 'number').map((x) => x.key), ...(total.numerator === null ? [totalKey] : [])]);
      const relation = { cells: [totalKey, ...cells.map((x) => x.key)], coefs: [-1, ...cells.map(() => 1)], label: `${c.id} ${period}` };
      for (const k of determinedUnknowns([relation], (x) => unknown.has(x))) {
        const t = truthOf.get(rowKey(total))?.numerator;
        issues.push(`${c.id}, ${period}: ${k === totalKey ? `the withheld count ${total.indicator} for ${total.area_name} (true ${t}) is the sum of the published breakdown cells` : `breakdown cell ${k} follows from the published total and the other cells`}`);
      }
    }
  }
  return issues;
}
