// @ts-check
/**
 * The SNSA extract job of the R peer (`snsa_pipeline.R`, readr + dplyr +
 * ggplot2) written on cjsnsa's public API, as a partnership analyst would
 * write it: plain JavaScript importing the built packages, run as a whole
 * process.
 *
 * Read the case extract; count cases by council area × financial year ×
 * measure; add Scotland as the sum of the areas; seven crude rates per 10,000
 * population aged 16–70 (core `crudeRate`: exact Poisson below 10 events,
 * Byar from 10) and three completion percentages (core `proportion`:
 * Wilson), with 95% intervals; each area compared with Scotland (core
 * `compareWithBenchmark`, one level, no judgement: higher, similar, lower);
 * the recent-trend test on the last five years (core `recentTrend`); 20 PNG
 * charts (charts `trendChart` and `compareAreasChart`, `toPNG`); and
 * `results.csv` and `trends.csv` with the R pipeline's columns.
 *
 * Usage:
 *   node snsa-job.mjs CASES.csv POPULATION.csv OUT_DIR [AREA_CODE]
 *
 * Prints one `timing <stage> <seconds>` line per stage, as the R pipeline does.
 */
const t0 = performance.now();
/** @type {[string, number][]} */
const timings = [];
let lapped = 0;
/** @param {string} stage */
function lap(stage) {
  const s = (performance.now() - t0) / 1000 - lapped;
  timings.push([stage, s]);
  lapped += s;
}

const { mkdir, writeFile } = await import('node:fs/promises');
const { join } = await import('node:path');
const core = await import('../../../packages/core/dist/index.js');
const charts = await import('../../../packages/charts/dist/index.js');
const { COUNCIL_AREAS, SCOTLAND } = await import('../../../packages/framework/dist/index.js');
lap('load_packages');

// ---- arguments -------------------------------------------------------------
const [casesPath, popPath, outDir, areaArg] = process.argv.slice(2);
if (!casesPath || !popPath || !outDir) {
  process.stderr.write('usage: node snsa-job.mjs CASES.csv POPULATION.csv OUT_DIR [AREA_CODE]\n');
  process.exit(2);
}
const chosenArea = areaArg || 'S12000039';
await mkdir(join(outDir, 'charts'), { recursive: true });

const PER = 10_000;
const RATE_MEASURES = ['dfp_assessment', 'dfp_commenced', 'bail_assessment', 'bail_commenced', 'cpo_commenced', 'cpo_terminated', 'vt_commenced'];
/** completion measure → the measure counted as its denominator */
const PROPORTIONS = new Map([
  ['dfp_completed', 'dfp_commenced'],
  ['bail_completed', 'bail_commenced'],
  ['cpo_completed', 'cpo_terminated'],
]);
const ALL_MEASURES = ['dfp_assessment', 'dfp_commenced', 'dfp_completed', 'bail_assessment', 'bail_commenced', 'bail_completed', 'cpo_commenced', 'cpo_terminated', 'cpo_completed', 'vt_commenced'];
/** @type {Record<string, string>} */
const LABELS = {
  dfp_assessment: 'Diversion from prosecution: assessments per 10,000 aged 16-70',
  dfp_commenced: 'Diversion from prosecution: cases commenced per 10,000 aged 16-70',
  dfp_completed: 'Diversion from prosecution: % of commenced cases completed',
  bail_assessment: 'Bail supervision: assessments per 10,000 aged 16-70',
  bail_commenced: 'Bail supervision: cases commenced per 10,000 aged 16-70',
  bail_completed: 'Bail supervision: % of commenced cases completed',
  cpo_commenced: 'Community payback orders commenced per 10,000 aged 16-70',
  cpo_terminated: 'Community payback orders terminated per 10,000 aged 16-70',
  cpo_completed: 'Community payback orders: % of terminated orders completed',
  vt_commenced: 'Voluntary throughcare: cases commenced per 10,000 aged 16-70',
};

// ---- a. read ------------------------------------------------------------------
const cases = await core.readTable(casesPath);
const popTable = await core.readTable(popPath);
/** @type {Map<string, string>} */
const areaNames = new Map(COUNCIL_AREAS.map((a) => [a.code, a.name]));
areaNames.set(SCOTLAND.code, SCOTLAND.name);
/** @type {{ area: string, period: string, numerator: number }[]} */
const population = [];
popTable.objects().forEach((/** @type {any} */ r, i) => {
  const n = Number(r.population);
  if (String(r.population).trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new core.DataError({ file: popPath, row: i + 2, column: 'population', columnLetter: 'C', message: `not a population: "${r.population}"` });
  }
  population.push({ area: String(r.area_code).trim(), period: String(r.financial_year).trim(), numerator: n });
});
lap('read');

// ---- a./b. counts per area × financial year × measure, Scotland ---------------
const areas = [...new Set(population.map((p) => p.area))].sort();
const years = [...new Set(population.map((p) => p.period))].sort();
const counted = core.countRecords(cases, {
  indicator: 'cases',
  area: 'area_code',
  date: 'start_date',
  periodKind: 'financial-year',
  by: ['measure'],
  source: 'case extract',
  frame: { area: areas, period: years, measure: ALL_MEASURES },
});
const scotlandCounts = core.sumCounts(counted, ['period', 'measure']);
const scotlandPopulation = core.sumCounts(population, ['period']);
/** area|period|measure → count */
const counts = new Map();
for (const r of /** @type {any[]} */ (counted.objects())) counts.set(`${r.area}|${r.period}|${r.measure}`, r.numerator);
for (const r of /** @type {any[]} */ (scotlandCounts.objects())) counts.set(`${SCOTLAND.code}|${r.period}|${r.measure}`, r.numerator);
/** area|period → population */
const pops = new Map(population.map((p) => [`${p.area}|${p.period}`, p.numerator]));
for (const r of /** @type {any[]} */ (scotlandPopulation.objects())) pops.set(`${SCOTLAND.code}|${r.period}`, r.numerator);
lap('aggregate');

// ---- c./d. rates and percentages with 95% limits, compared with Scotland ------
/**
 * @typedef {{ area: string, area_name: string, area_type: string, period: string, indicator: string,
 *   indicator_name: string, measure: string, unit: string, polarity: string, statistic: string,
 *   numerator: number, denominator: number | null, value: number | null, lower: number | null,
 *   upper: number | null, scotland_value: number | null, comparison_scotland: string | null,
 *   trend: string | null, status: string }} Row
 */
const allAreas = [...areas, SCOTLAND.code];
/** @type {Row[]} */
const rows = [];
for (const m of ALL_MEASURES) {
  const denominatorMeasure = PROPORTIONS.get(m);
  for (const area of allAreas) {
    for (const period of years) {
      const x = counts.get(`${area}|${period}|${m}`);
      const measure = denominatorMeasure
        ? core.proportion(x, counts.get(`${area}|${period}|${denominatorMeasure}`), { multiplier: 100 })
        : core.crudeRate(x, pops.get(`${area}|${period}`), { multiplier: PER });
      rows.push({
        area, area_name: areaNames.get(area) ?? area, area_type: area === SCOTLAND.code ? 'scotland' : 'council', period,
        indicator: m, indicator_name: LABELS[m], measure: denominatorMeasure ? 'percentage' : 'rate',
        unit: denominatorMeasure ? '%' : 'per 10,000 aged 16-70', polarity: 'no-judgement',
        statistic: denominatorMeasure ? `% of ${denominatorMeasure}` : 'rate per 10000 aged 16-70',
        numerator: measure.numerator ?? 0, denominator: measure.denominator, value: measure.value, lower: measure.lower, upper: measure.upper,
        scotland_value: null, comparison_scotland: null, trend: null, status: 'synthetic',
      });
    }
  }
}
const scotlandValue = new Map(rows.filter((r) => r.area === SCOTLAND.code).map((r) => [`${r.indicator}|${r.period}`, r.value]));
for (const r of rows) {
  r.scotland_value = scotlandValue.get(`${r.indicator}|${r.period}`) ?? null;
  if (r.area !== SCOTLAND.code) r.comparison_scotland = core.compareWithBenchmark(r, r.scotland_value, { polarity: 'no-judgement' });
}

// ---- e. recent trend over the last five years -----------------------------------
const last5 = years.slice(-5);
/** @type {{ area: string, measure: string, n_points: number, slope: number | null, se_slope: number | null, chi_sq: number | null, trend: string }[]} */
const trends = [];
/** @param {number | null} v @returns {v is number} */
const finite = (v) => v !== null && Number.isFinite(v);
for (const m of ALL_MEASURES) {
  for (const area of allAreas) {
    const series = rows.filter((r) => r.indicator === m && r.area === area);
    const points = series.filter((r) => last5.includes(r.period)).map((r) => ({ period: r.period, value: r.value, lower: r.lower, upper: r.upper }));
    const t = core.recentTrend(points, { polarity: 'no-judgement', measure: PROPORTIONS.has(m) ? 'proportion' : 'rate' });
    const nPoints = points.filter((p) => finite(p.value) && finite(p.lower) && finite(p.upper) && p.upper > p.lower).length;
    const ok = t.marker !== 'Cannot be calculated';
    trends.push({
      area, measure: m, n_points: nPoints,
      slope: ok ? t.slope : null,
      // SE(b) from b and χ² = (b / SE(b))²; b = 0 leaves it unknown
      se_slope: ok && t.slope !== null && t.chiSquare ? Math.abs(t.slope) / Math.sqrt(t.chiSquare) : null,
      chi_sq: ok ? t.chiSquare : null,
      trend: t.marker.toLowerCase(),
    });
    series[series.length - 1].trend = t.marker;
  }
}
lap('statistics');

// ---- f. charts ------------------------------------------------------------------
if (!areas.includes(chosenArea)) throw new Error(`unknown area code: ${chosenArea}`);
const latestYear = years[years.length - 1];
const specs = [
  ...ALL_MEASURES.map((m) => ({ file: `trend_${chosenArea}_${m}.png`, spec: charts.trendChart(rows, { area: chosenArea, indicator: m, width: 800, height: 500 }) })),
  ...ALL_MEASURES.map((m) => ({ file: `rank_${latestYear}_${m}.png`, spec: charts.compareAreasChart(rows, { indicator: m, period: latestYear, highlight: chosenArea, width: 800 }) })),
];
await Promise.all(specs.map(async (c) => writeFile(join(outDir, 'charts', c.file), await charts.toPNG(c.spec))));
lap('charts');

// ---- g. results to CSV ----------------------------------------------------------
/** @param {unknown} v */
const cell = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
/** @param {unknown[][]} table */
const csv = (table) => table.map((r) => r.map(cell).join(',')).join('\n') + '\n';
const comparisonWord = (/** @type {string | null} */ c) => (c === 'Higher' || c === 'Lower' || c === 'Similar' ? c.toLowerCase() : null);
const ordered = [...rows].sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.area < b.area ? -1 : a.area > b.area ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
await writeFile(join(outDir, 'results.csv'), csv([
  ['area_code', 'financial_year', 'measure', 'statistic', 'numerator', 'denominator', 'value', 'lower', 'upper', 'scotland_value', 'comparison', 'area_name'],
  ...ordered.map((r) => [r.area, r.period, r.indicator, r.statistic, r.numerator, r.denominator, r.value, r.lower, r.upper, r.scotland_value, comparisonWord(r.comparison_scotland), r.area_name]),
]));
await writeFile(join(outDir, 'trends.csv'), csv([
  ['area_code', 'measure', 'n_points', 'slope', 'se_slope', 'chi_sq', 'trend', 'area_name'],
  ...trends.sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0))
    .map((r) => [r.area, r.measure, r.n_points, r.slope, r.se_slope, r.chi_sq, r.trend, areaNames.get(r.area) ?? r.area]),
]));
lap('write');

// ---- h. timings -----------------------------------------------------------------
timings.push(['total', (performance.now() - t0) / 1000]);
process.stdout.write(`reader cjsnsa; ${cases.numRows()} cases; ${rows.length} result rows; ${trends.length} trend rows; ${specs.length} charts\n`);
for (const [stage, s] of timings) process.stdout.write(`timing ${stage.padEnd(13)} ${s.toFixed(3).padStart(8)}\n`);
