#!/usr/bin/env node
// Writes the notebooks in notebooks/ from one structure (docs/snsa.md), so that
// every SNSA notebook follows it, then runs each one so that it is committed
// with its outputs (scripts/notebooks.mjs --regenerate). Run: pnpm notebooks:build
//   --sources-only   write the cells only, without running them
//   --out <dir>      write the cells elsewhere (implies --sources-only)
// Tests check the committed notebooks' cells are what this script writes and
// that their outputs are what running them gives today.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const lines = (text) => {
  const parts = text.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  return parts.map((l, i) => (i < parts.length - 1 ? `${l}\n` : l));
};
const md = (text) => ({ cell_type: 'markdown', metadata: {}, source: lines(text) });
const code = (text, tags) => ({
  cell_type: 'code',
  execution_count: null,
  metadata: tags ? { tags } : {},
  outputs: [],
  source: lines(text),
});
// Every notebook opens with the questions it answers and ends with what to do next.
const answers = (questions) => `**What this notebook answers**\n\n${questions.map((q) => `- ${q}`).join('\n')}`;
const next = (steps) => md(`## What to do next\n\n${steps.map((q) => `- ${q}`).join('\n')}`);
const notebook = (cells) => ({
  cells: cells.map((c, i) => ({ id: `cell-${String(i + 1).padStart(2, "0")}`, ...c })),
  metadata: {
    kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' },
    language_info: { codemirror_mode: { mode: 'typescript', name: 'javascript', typescript: true }, file_extension: '.ts', mimetype: 'text/typescript', name: 'typescript', version: '5.0.4' },
  },
  nbformat: 4,
  nbformat_minor: 5,
});

// The small-count rule: one object, set in the first code cell of every
// notebook and passed to every step that computes or shows counts. The test
// checks each notebook sets it there and states it in its output.
const RULE = `
// The small-count rule, one object for every step below that computes or shows counts.
const rule = smallCountRule({ minCount: 5 }); // counts of 1 to 4 withheld: set minCount to your data owner's rule
console.log(describeSmallCountRule(rule));
`;
const RULE_IMPORT = `import { smallCountRule, describeSmallCountRule } from '@cjsnsa/core';`;
const RULE_NOTE = `The first code cell sets the small-count rule once (as written, \`smallCountRule({ minCount: 5 })\` withholds counts of 1 to 4; set \`minCount\` to the rule of whoever owns your data) and prints it in words. Every step that computes or shows counts uses that same object.`;

const PARAMETERS = (extra = '') => `
// Parameters: change the area (a name as in official tables, or a GSS code) and run all cells.
${RULE_IMPORT}
const AREA = 'West Dunbartonshire'; // S12000039
// Your own data: a directory of observation files (CSV or XLSX), or null for the embedded data.
const OWN_DATA_DIR: string | null = null;
${extra}${RULE}`;

const SETUP = (topic) => `
import * as tslab from 'tslab';
import type { ResultRow } from '@cjsnsa/framework';
import {
  loadSnsaData, prepareSnsa, snsaArea, topicById, sectionHtml, tableHtml,
  profileSection, indicatorsSection, whoSection, needsSection, gapsSection, baselineTable, servicesSection,
} from '@cjsnsa/report';

const topic = topicById('${topic}');
const area = snsaArea(AREA); // accepts 'Edinburgh, City of', 'Eilean Siar', old codes…; a wrong name lists the nearest ones
const data = await loadSnsaData({ ownDataDir: OWN_DATA_DIR }); // your files are checked first: problems by file, row and column
const ctx = await prepareSnsa(data, { disclosure: rule }); // every indicator for all 32 areas, Scotland (= sum of areas) and family groups, controlled with the rule above
console.log(\`\${topic.title}: \${area.name} (\${area.code}), compared with Scotland and \${area.group.name}\`);
console.log(\`\${ctx.results.length} result rows, framework \${ctx.frameworkVersion}\`);
`;

const STRUCTURE_NOTE = `
Every SNSA notebook follows the structure in \`docs/snsa.md\`: area profile and context; each indicator over five
years with its interval, trend and comparison with Scotland and the family group; the individual-level picture;
needs and strengths with the rule that made each call; data gaps and caveats; and a baseline table for the CJOIP.
The sentences are generated from the numbers. **Justice social work figures in the embedded data are synthetic
demonstration data**, not official statistics; population and reconviction figures are real (NRS, Scottish Government).

${RULE_NOTE}
`;

function topicNotebook(id, title, intro) {
  return notebook([
    md(`# ${title}: Strategic Needs and Strengths Assessment\n\n${intro}\n\n${answers([
      `How have this topic's indicators changed in the area over five years, and is the change more than chance?`,
      'Is the area higher or lower than Scotland and its family group of similar areas?',
      'Who are the people behind the figures (age, sex, outcome)?',
      'Which indicators are needs and which are strengths, and by what rule?',
      'What baseline goes into the Community Justice Outcome Improvement Plan (CJOIP)?',
    ])}\n${STRUCTURE_NOTE}`),
    code(PARAMETERS(), ['parameters']),
    code(SETUP(id)),
    md(`## 1. Area profile and context\n\nPopulation aged 16–70 (the base of justice social work rates), the comparator family group, the police division, and the area's profile across every rate and percentage indicator.`),
    code(`tslab.display.html(sectionHtml(await profileSection(ctx, area)));`),
    md(`## 2. Indicators over five years\n\nThe results table first (the numbers behind every chart), then a trend chart per indicator with its 95% interval, Scotland and the family group, the recent-trend test (Fingertips method, 99.8% level), and the ranked comparison and funnel plot of all areas. \`docs/methods.md\` explains each method.`),
    code(`
const mine: ResultRow[] = ctx.results.filter((r) => topic.indicators.includes(r.indicator) && r.area === area.code);
tslab.display.html(tableHtml({
  id: 'results', title: \`Results: \${area.name}\`, notes: [],
  columns: ['indicator', 'period', 'numerator', 'denominator', 'value', 'lower', 'upper', 'comparison_scotland', 'trend', 'status'],
  rows: mine.map((r) => [r.indicator, r.period, r.numerator, r.denominator, r.value, r.lower, r.upper, r.comparison_scotland, r.trend, r.status]),
}));
`),
    code(`tslab.display.html(sectionHtml(await indicatorsSection(ctx, area, topic)));`),
    md(`## 3. Who, and what happened\n\nThe individual-level extract counted into the same financial years (age band, sex, outcome), controlled with the rule from the first cell before it is drawn. Counting the extract gives the same number as the aggregate series.`),
    code(`
const who = await whoSection(ctx, area, topic);
if (who) tslab.display.html(sectionHtml(who));
else console.log('No individual-level extract for this topic.');
`),
    md(`## 4. Needs and strengths\n\nEach indicator gets a call by this toolkit's documented rule (\`docs/framework.md\`), with the rule that made it beside it. Need, Strength or Mixed is called only where the indicator has a better/worse direction and a statistically significant comparison with Scotland or recent trend; otherwise No significant difference, or No trend where no trend could be measured. Counts are volumes, shown as context (Volume rising, falling or steady), never as a need or strength; measures with no better/worse direction are Not judged. It is not a Community Justice Scotland rule: read it with local knowledge.`),
    code(`tslab.display.html(sectionHtml(needsSection(ctx, area, topic)));`),
    md(`## 5. Data gaps and caveats`),
    code(`tslab.display.html(sectionHtml(gapsSection(ctx, area, topic)));`),
    md(`## 6. Baseline for the CJOIP\n\nCopy this table into the plan, or run \`pnpm snsa --area "<your area>" --topic ${id}\` for the same pack as HTML, Word and a chart pack.`),
    code(`tslab.display.html(tableHtml(baselineTable(ctx, area, topic)));`),
    next([
      'Read each call in section 4 with local knowledge: the rule is statistical, not a judgement of services.',
      `Run this notebook for another area without editing it: \`pnpm notebooks --run snsa-${id} --area "Fife"\` writes the executed notebook and its HTML to \`out/notebooks/\`.`,
      `Get the finished pack (HTML report, Word document, charts as SVG and PNG, CSVs): \`pnpm snsa --area "<your area>" --topic ${id}\`.`,
      'Add your own local measures, evidence and self-evaluation scores: `local-evidence.ipynb`, then `snsa --evidence`.',
      'Add the views of people with lived experience: `lived-experience-survey.ipynb`.',
    ]),
  ]);
}

const notebooks = {
  'snsa-diversion.ipynb': topicNotebook('diversion', 'Diversion from Prosecution', 'CJPF outcome 1: more people successfully complete diversion from prosecution. National indicator 1 counts assessments, cases commenced and cases successfully completed.'),
  'snsa-bail.ipynb': topicNotebook('bail', 'Bail Support and Supervision', 'CJPF outcome 3: more people are assessed for and successfully complete bail supervision. National indicator 3 counts assessment reports for bail suitability, and bail supervision cases commenced and completed.'),
  'snsa-arrest-referral.ipynb': topicNotebook('arrest-referral', 'Arrest Referral (support in police custody)', 'CJPF outcome 2: more people in police custody receive support to address their needs. National indicator 2 counts referrals from custody centres.'),
  'snsa-custody-to-community.ipynb': topicNotebook('custody-to-community', 'Custody to Community (throughcare)', 'CJPF outcomes 5, 6 and 8: health and social care, suitable accommodation, and voluntary throughcare after release from a prison sentence; with the one-year reconviction rate. Indicators 5, 6, 8 and 10 are provisional.'),
  'snsa-community-sentences.ipynb': topicNotebook('community-sentences', 'Community sentences', 'CJPF outcomes 4 and 7: Community Payback Orders (unpaid work, supervision, successful completion), Drug Treatment and Testing Orders, and employability support. Indicators 4 and 7 are provisional.'),
  'snsa-services.ipynb': notebook([
    md(`# Third-sector and grass-roots service provision: Strategic Needs and Strengths Assessment\n\nFrom a services register: which CJPF outcomes the area's services cover, capacity against demand, and funding that ends within 12 months.\n\n${answers([
      `Which of the CJPF's nationally determined outcomes do the area's services cover, and which have none?`,
      'Do the services have the places for the referrals they receive?',
      'Whose funding ends within 12 months?',
    ])}\n${STRUCTURE_NOTE}`),
    code(PARAMETERS(`// Funding is judged from this date (ISO). Fixed so that the committed outputs stay the same from day to day:
// for your own register, use today: new Date().toISOString().slice(0, 10)
const AS_OF = '2025-06-30';
`), ['parameters']),
    code(SETUP('services')),
    md(`## 1. Area profile and context`),
    code(`tslab.display.html(sectionHtml(await profileSection(ctx, area)));`),
    md(`## 2. Services: outcomes covered, capacity against demand, funding`),
    code(`
const services = await servicesSection(ctx, area, AS_OF);
if (services) tslab.display.html(sectionHtml(services));
else console.log('No services register in the data.');
`),
    md(`## 3. Data gaps and caveats`),
    code(`tslab.display.html(sectionHtml(gapsSection(ctx, area, topic)));`),
    next([
      'Check services whose funding ends soon with their providers, and outcomes with no service, before the CJOIP is written.',
      'Run it for another area: `pnpm notebooks --run snsa-services --area "Fife"`.',
      'Keep the register up to date and publish the directory: `snsa services` (docs/services-directory.md).',
    ]),
  ]),
  'getting-started.ipynb': notebook([
    md(`# Getting started with cjsnsa\n\nLoad your own extract, compute one indicator with its confidence interval, compare it with Scotland, and draw it. Every step uses the same library the \`snsa\` command uses. The example extract below is typed in; replace it with your file path (CSV or XLSX).\n\n${answers([
      'How do I read my own extract, and what happens to a mistake in it?',
      'How is one figure computed with its confidence interval?',
      'How does an area compare with Scotland, and how is that drawn with its alt text and data table?',
    ])}\n\n${RULE_NOTE}`),
    code(`
import * as tslab from 'tslab';
import type { ColumnTable } from 'arquero';
import { readObservations, crudeRate, proportion, smallCountRule, describeSmallCountRule } from '@cjsnsa/core';
import { computeIndicators, indicatorLabel, indicatorDefinition, resolveArea } from '@cjsnsa/framework';
import { trendChart, chartHTMLFragment } from '@cjsnsa/charts';
import { loadSnsaData } from '@cjsnsa/report';
${RULE}`),
    md(`## 1. Read an extract\n\nObservation files have the columns \`indicator, area, period, numerator, denominator, status, source\`. Periods may be written \`2022/23\`, \`2022-2023\` or \`FY2022/23\`; official symbols such as \`[c]\` and \`..\` become statuses; anything unreadable is reported by file, row and column.`),
    code(`
const extract = [
  'indicator,area,period,numerator,denominator,status,source',
  'diversion-commenced,S12000039,2019/20,41,,published,Our case management system',
  'diversion-commenced,S12000039,2020/21,[c],,,Our case management system',
  'diversion-commenced,S12000039,2021/23,38,,published,Our case management system',
].join('\\n');
try {
  await readObservations({ name: 'our-extract.csv', data: extract });
} catch (err) {
  console.log((err as Error).message); // names the file, row 4 and the period column: 2021/23 is not a financial year
}
const fixed = extract.replace('2021/23', '2021/22');
const read = await readObservations({ name: 'our-extract.csv', data: fixed });
console.log(read.table.objects()); // [c] is read as a suppressed count, periods in canonical form
console.log(read.warnings.map((w) => w.message));
`),
    md(`## 2. One measure with its interval\n\nA crude rate per 10,000 (exact Poisson limits below 10 events, Byar's method from 10) and a proportion (Wilson score interval), at 95% and 99.8% together.`),
    code(`
const rate = crudeRate(38, 63062, { multiplier: 10000, confidence: [0.95, 0.998] });
console.log(rate.value.toFixed(2), rate.intervals.map((i) => \`\${i.confidence}: \${i.lower?.toFixed(2)}–\${i.upper?.toFixed(2)}\`), rate.method);
const share = proportion(36, 54, { multiplier: 100 });
console.log(share.value?.toFixed(1), share.lower?.toFixed(1), share.upper?.toFixed(1), share.method);
`),
    md(`## 3. An indicator for every area, compared with Scotland\n\n\`computeIndicators\` sums the areas' counts for Scotland and the family group, applies disclosure control with the rule from the first cell, and adds the trend and comparisons.`),
    code(`
const data = await loadSnsaData();
const results: ColumnTable = computeIndicators({ observations: data.observations, indicators: ['SM-diversion-rate'], areas: 'all', periods: { last: 5 }, disclosure: { min: rule.min, max: rule.max } });
const area = resolveArea('West Dunbartonshire');
console.log(indicatorLabel(indicatorDefinition('SM-diversion-rate')));
const latest = results.objects().filter((r: any) => r.area === area.code).pop() as any;
console.log(latest.period, latest.value?.toFixed(1), latest.comparison_scotland, latest.trend, latest.status);
`),
    md(`## 4. Draw it\n\nEvery chart carries its alt text and its data table.`),
    code(`tslab.display.html(await chartHTMLFragment(trendChart(results, { area: area.code, indicator: 'SM-diversion-rate' })));`),
    next([
      'Open the SNSA notebook for a topic (`snsa-diversion.ipynb` and the others) for the whole assessment of an area.',
      'Put your own files in a folder and set `OWN_DATA_DIR` in an SNSA notebook (docs/data.md lists the columns).',
      'Community Justice Scotland: `national-overview.ipynb` computes every area at once.',
    ]),
  ]),
  'national-overview.ipynb': notebook([
    md(`# National overview for Community Justice Scotland\n\nThe whole national set in one call: every indicator of the framework for the 32 council areas, Scotland (the sum of the areas' counts) and the family groups, with intervals, trends and comparisons, and disclosure control applied before anything is shown or written.\n\n${answers([
      'How does every council area compare with Scotland on every indicator (the "tartan rug")?',
      'Which areas lie outside the funnel limits, beyond what chance would explain for their size?',
      'Where has the recent trend changed significantly, up or down?',
      'What are the national figures, and the tables to publish for every area and year?',
    ])}\n\n**Justice social work figures in the embedded data are synthetic demonstration data**, not official statistics.\n\n${RULE_NOTE}`),
    code(`
import * as tslab from 'tslab';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import { funnelLimits, smallCountRule, describeSmallCountRule } from '@cjsnsa/core';
import { computeIndicators, indicatorDefinition } from '@cjsnsa/framework';
import { heatmapChart, funnelChart, chartHTMLFragment, toCSV, withholdSuppressed } from '@cjsnsa/charts';
import { loadSnsaData, tableHtml } from '@cjsnsa/report';
${RULE}
// Where the published tables are written (relative to notebooks/).
const EXPORT_DIR = '../out/national-tables';
`, ['parameters']),
    md(`## 1. The whole national set\n\nOne call computes every indicator for the 32 council areas, Scotland and the family groups over the last five periods, with disclosure control by the rule from the first cell: a withheld count has no number anywhere below.`),
    code(`
const data = await loadSnsaData();
const results: ColumnTable = computeIndicators({ observations: data.observations, indicators: 'all', areas: 'all', periods: { last: 5 }, disclosure: { min: rule.min, max: rule.max } });
const rows = withholdSuppressed(results.objects() as any[]) as any[];
const indicators = [...new Set(rows.map((r) => r.indicator))];
const councils = rows.filter((r) => r.area_type === 'council');
const latestPeriod = new Map<string, string>();
for (const r of rows) if (!latestPeriod.has(r.indicator) || latestPeriod.get(r.indicator)! < r.period) latestPeriod.set(r.indicator, r.period);
const latest = rows.filter((r) => r.period === latestPeriod.get(r.indicator));
console.log(\`\${rows.length} result rows: \${indicators.length} indicators, \${new Set(councils.map((r) => r.area)).size} council areas, Scotland and \${new Set(rows.filter((r) => r.area_type === 'group').map((r) => r.area)).size} family groups\`);
console.log(\`\${rows.filter((r) => r.numerator === null && /suppressed|withheld/.test(r.status)).length} counts withheld by the small-count rule or at source\`);
`),
    md(`### Scotland is the sum of the 32 areas\n\nNational figures are sums of the areas' counts, never averages of rates. Where an area's count is withheld, the published counts add up to less than Scotland: the withheld count is never worked out.`),
    code(`
const item = 'NI1b';
const period = latestPeriod.get(item)!;
const areaCounts = councils.filter((r) => r.indicator === item && r.period === period);
const scotland = rows.find((r) => r.indicator === item && r.period === period && r.area === 'S92000003');
const sum = areaCounts.reduce((s, r) => s + (r.numerator ?? 0), 0);
const withheld = areaCounts.filter((r) => r.numerator === null).length;
console.log(\`\${item} \${period}: Scotland \${scotland.numerator}; published area counts add up to \${sum}; \${withheld} area count(s) withheld\`);
`),
    md(`## 2. The tartan rug: every area, every indicator\n\nEach cell is an area's latest value, coloured by its comparison with Scotland (counts are volumes and are not compared), with an arrow for a significant recent trend. Scotland's values are the first row. The data table under the chart holds every cell.`),
    code(`
// Wide enough for every value to be read: about 60 pixels a column (scroll sideways in a narrow window).
const rugWidth = 150 + 60 * new Set(latest.filter((r) => r.area_type === 'council').map((r) => r.indicator)).size;
tslab.display.html(await chartHTMLFragment(heatmapChart(latest, { title: 'Community justice indicators by council area, latest period, against Scotland', showTrend: true, width: rugWidth })));
`),
    md(`## 3. Funnel plots\n\nFor every rate and percentage indicator, each area's latest value against its size, with 95% and 99.8% control limits around Scotland (exact Poisson limits for rates, Wilson for percentages; docs/methods.md). An area outside the 99.8% limits differs from Scotland by more than chance would explain for an area of its size.`),
    code(`
const comparable = indicators.filter((id) => ['rate', 'percentage'].includes(rows.find((r) => r.indicator === id).measure));
const outside: any[] = [];
for (const id of comparable) {
  const def = indicatorDefinition(id);
  const points = latest.filter((r) => r.indicator === id && (r.area_type === 'council' || r.area === 'S92000003'));
  const scot = points.find((r) => r.area === 'S92000003');
  const sizes = points.filter((r) => r.area_type === 'council' && r.denominator > 0).map((r) => r.denominator);
  if (!scot || scot.value === null || sizes.length === 0) { console.log(\`\${id}: no Scotland value or sizes in \${latestPeriod.get(id)}, no funnel\`); continue; }
  const type = def.measure === 'rate' ? 'rate' : 'proportion';
  const limits = funnelLimits({ type, baseline: scot.value, sizes: { min: Math.min(...sizes), max: Math.max(...sizes) }, multiplier: def.multiplier ?? 100 });
  tslab.display.html(await chartHTMLFragment(funnelChart(points, { indicator: id, limits, baseline: scot.value, sizeTitle: def.measure === 'rate' ? 'Population' : 'Denominator' })));
  const exact = funnelLimits({ type, baseline: scot.value, sizes: points.filter((r) => r.area_type === 'council' && r.denominator > 0 && r.value !== null).map((r) => r.denominator), multiplier: def.multiplier ?? 100 });
  points.filter((r) => r.area_type === 'council' && r.denominator > 0 && r.value !== null).forEach((r, i) => {
    const l = exact[i];
    if (r.value > l.upper998 || r.value < l.lower998) outside.push([r.indicator, r.area_name, r.period, r.value, scot.value, r.value > l.upper998 ? 'Above 99.8% limit' : 'Below 99.8% limit']);
  });
}
tslab.display.html(tableHtml({
  id: 'outside-funnel', title: 'Areas outside the 99.8% funnel limits, latest period', notes: ['Values as published above; the limits are around Scotland\\'s value.'],
  columns: ['Indicator', 'Area', 'Period', 'Value', 'Scotland', 'Where'],
  rows: outside,
}));
`),
    md(`## 4. Areas whose trend changed significantly\n\nThe recent-trend test over each area's last five periods (chi-square test for trend, Fingertips method, 99.8% level; docs/methods.md). Only significant increases and decreases are listed; whether that is better or worse depends on the indicator.`),
    code(`
const changed = latest.filter((r) => r.area_type === 'council' && (r.trend === 'Increasing' || r.trend === 'Decreasing'));
const first = (r: any) => rows.filter((x) => x.indicator === r.indicator && x.area === r.area).sort((a, b) => (a.period < b.period ? -1 : 1))[0];
tslab.display.html(tableHtml({
  id: 'trend-changes', title: \`Council areas with a significant recent trend: \${changed.length} of \${latest.filter((r) => r.area_type === 'council').length} area–indicator pairs\`,
  notes: ['Trend over the last five periods; a withheld count in the series can leave a trend unmeasured.'],
  columns: ['Indicator', 'Area', 'From', 'Value then', 'To', 'Value now', 'Trend'],
  rows: changed.map((r) => [r.indicator, r.area_name, first(r).period, first(r).value, r.period, r.value, r.trend]),
}));
`),
    md(`## 5. The national indicators for Scotland`),
    code(`
const scotRows = latest.filter((r) => r.area === 'S92000003' && r.indicator_kind === 'national');
tslab.display.html(tableHtml({
  id: 'national', title: 'National indicators, Scotland, latest period', notes: ['Provisional indicators are labelled in their names.'],
  columns: ['Indicator', 'Period', 'Value', 'Unit', 'Trend', 'Status'],
  rows: scotRows.map((r) => [r.indicator_name, r.period, r.value, r.unit, r.trend, r.status]),
}));
`),
    md(`## 6. Export the tables to publish\n\nOne long table of every figure (council areas and Scotland, every indicator and period), and one table per indicator with areas down and periods across, as CSV. The layout is **the toolkit's assumption**: Community Justice Scotland's own publication template was not read. In the long table a withheld count is empty with its status; in the tables per indicator it is \`[c]\` (confidential) and a figure not available is \`[x]\`, the symbols of the Government Statistical Service.`),
    code(`
mkdirSync(EXPORT_DIR, { recursive: true });
const published = rows.filter((r) => r.area_type === 'council' || r.area === 'S92000003');
const columns = ['indicator', 'indicator_name', 'area', 'area_name', 'period', 'numerator', 'denominator', 'value', 'lower', 'upper', 'unit', 'comparison_scotland', 'trend', 'status'];
writeFileSync(join(EXPORT_DIR, 'national-indicators.csv'), toCSV(published, columns));
const written = ['national-indicators.csv'];
for (const id of indicators) {
  const mine = published.filter((r) => r.indicator === id);
  const periods = [...new Set(mine.map((r) => r.period))].sort();
  const areas = [...new Map(mine.map((r) => [r.area, r.area_name])).entries()];
  const wide = areas.map(([code, name]) => Object.fromEntries([['area', code], ['area_name', name], ...periods.map((p) => {
    const r = mine.find((x) => x.area === code && x.period === p);
    return [p, r?.value ?? (r && /suppressed|withheld/.test(r.status) ? '[c]' : '[x]')];
  })]));
  writeFileSync(join(EXPORT_DIR, \`\${id}.csv\`), toCSV(wide, ['area', 'area_name', ...periods]));
  written.push(\`\${id}.csv\`);
}
console.log(\`\${written.length} tables written to \${EXPORT_DIR}: \${written.slice(0, 4).join(', ')}, …\`);
`),
    next([
      'Check every area flagged above with its partnership before anything is published: a funnel or trend flag is a question to ask, not a finding.',
      'Publish from `out/national-tables/`; replace the synthetic justice social work figures with the published statistics first (docs/data.md).',
      'Give partnerships their packs: `pnpm snsa --area all` writes the SNSA pack for every area with the same rule.',
      'The same in a browser, for readers who choose their own areas: `snsa dashboard --area all` (docs/dashboard.md).',
    ]),
  ]),

  'local-evidence.ipynb': notebook([
    md(`# Local evidence and self-evaluation: template, fill in, results\n\nThe national indicators are half of what a partnership must show. The local evidence workbook holds the other half, per nationally determined outcome and priority action: local measures (counts, with a denominator where there is one), evidence items with links, and a self-evaluation score with the three questions "How are we doing? How do we know? What are we going to do next?". This notebook writes the workbook for an area, fills it in as a coordinator would, reads it back with every cell checked, and shows the results as they go into the SNSA pack.\n\n${answers([
      'What does the workbook for my area look like, and on which scale are outcomes scored?',
      'What happens when a cell is filled in wrongly?',
      'What do our local measures show, with intervals, trends and small counts withheld?',
      'How do the scores, measures and evidence sit beside the national indicators in the pack?',
    ])}\n\nThe entries typed in below are **made up for the example**: they are not any partnership's evidence. The six-point scale (6 Excellent to 1 Unsatisfactory) is **the toolkit's assumption** of the Care Inspectorate's scale; \`ten-point\` works too. ${RULE_NOTE}`),
    code(`
// Parameters: the area, the self-evaluation scale ('six-point', 'ten-point' or a JSON file), and the SNSA topic whose pack is shown.
${RULE_IMPORT}
const AREA = 'West Dunbartonshire'; // S12000039
const SCALE = 'six-point';
const TOPIC = 'diversion';
// Where the workbook is written (relative to notebooks/).
const OUT_DIR = '../out/evidence';
${RULE}`, ['parameters']),
    code(`
import * as tslab from 'tslab';
import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import {
  snsaArea, topicById, loadSnsaData, prepareSnsa, sectionHtml, tableHtml, evidenceSection,
  evidenceScale, scoreChoice, writeEvidenceTemplate, evidenceTemplateCsv, readEvidenceWorkbook, localEvidence,
  EVIDENCE_SHEETS, EVIDENCE_COLUMNS, EVIDENCE_CSV_FILES,
} from '@cjsnsa/report';

// (no value as the cell's last statement: mkdirSync returns a path only when it creates one, and the cell would show it)
mkdirSync(OUT_DIR, { recursive: true });
const area = snsaArea(AREA);
const scale = evidenceScale(SCALE);
const slug = area.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
`),
    md(`## 1. The template\n\nThe same as \`snsa evidence-template --area "<your area>"\`: an Excel workbook with drop-down lists and checks as you type, and the same sheets as CSV files for those who work without Excel.`),
    code(`
const xlsx = join(OUT_DIR, \`\${slug}-evidence.xlsx\`);
writeFileSync(xlsx, await writeEvidenceTemplate({ area: { code: area.code, name: area.name }, scale: scale }));
const folder = join(OUT_DIR, \`\${slug}-evidence\`);
mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(evidenceTemplateCsv({ area: { code: area.code, name: area.name }, scale: scale }))) writeFileSync(join(folder, file), text);
console.log(\`Written: \${xlsx} and its CSV form in \${folder}/\`);
tslab.display.html(tableHtml({
  id: 'evidence-sheets', title: 'The sheets a partnership fills in', notes: [scale.assumption],
  columns: ['Sheet', 'CSV file', 'Columns'],
  rows: (['scores', 'measures', 'evidence'] as const).map((k) => [EVIDENCE_SHEETS[k], EVIDENCE_CSV_FILES[k], EVIDENCE_COLUMNS[k].join(', ')]),
}));
console.log(\`Scores on the \${scale.name}: \${scale.levels.map(scoreChoice).join(', ')}\`);
`),
    md(`## 2. Fill it in\n\nA coordinator fills in the workbook in Excel. To keep this notebook runnable anywhere, the example is typed into the CSV form: a score with its three answers for outcome 1, scores for other outcomes, two local measures (one with a denominator, one a count) and three evidence items. Every entry here is made up.`),
    code(`
const csvLine = (cells: (string | number)[]) => cells.map((c) => (/[",\\n]/.test(String(c)) ? \`"\${String(c).replace(/"/g, '""')}"\` : String(c))).join(',');
const score = (n: number) => scoreChoice(scale.levels.find((l) => l.score === n) ?? scale.levels[0]);
const scores = readFileSync(join(folder, EVIDENCE_CSV_FILES.scores), 'utf8').split('\\n').map((line) => {
  const outcome = line.split(',')[0];
  if (outcome === '1') return csvLine([1, 'More people successfully complete diversion from prosecution', score(4), 'More cases completed each year since 2021-22.', 'Case reviews and the completion measure below.', 'Offer diversion to 16 and 17 year olds.', '2025-01-15', 'CJP self-evaluation session']);
  if (outcome === '2') return line.replace(/^2,([^,]*|"[^"]*"),/, (m) => m + score(3));
  if (outcome === '3') return line.replace(/^3,([^,]*|"[^"]*"),/, (m) => m + score(5));
  return line;
});
writeFileSync(join(folder, EVIDENCE_CSV_FILES.scores), scores.join('\\n'));

const measures = [
  ['Outcome 1', 'Diversion cases completed within 6 months', '2019-20', 18, 40, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2020-21', 20, 41, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2021-22', 24, 42, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2022-23', 30, 44, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2023-24', 36, 45, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Young people offered diversion', '2022-23', 11, '', 'Higher', 'Youth justice team', ''],
  ['Outcome 1', 'Young people offered diversion', '2023-24', 3, '', 'Higher', 'Youth justice team', 'A count of 3: the small-count rule withholds it'],
];
const evidence = [
  ['Outcome 1', 'Diversion annual review 2024', 'Document or report', 'https://example.org/diversion-review-2024.pdf', '2024-06-30', 'Justice social work'],
  ['Outcome 1', 'Case study: diversion and a return to college', 'Case study', '', '2024-09-01', 'Third-sector partner'],
  ['Outcome 1', 'Feedback from people who completed diversion', 'Lived experience', '', '', 'Justice social work'],
];
const append = (file: string, rows: (string | number)[][]) => {
  const text = readFileSync(join(folder, file), 'utf8').replace(/\\n*$/, '\\n');
  writeFileSync(join(folder, file), text + rows.map(csvLine).join('\\n') + '\\n');
};
append(EVIDENCE_CSV_FILES.measures, measures);
append(EVIDENCE_CSV_FILES.evidence, evidence);
console.log(\`Filled in: 3 scores, \${measures.length} rows of 2 local measures, \${evidence.length} evidence items\`);
`),
    md(`## 3. Read it back, every cell checked\n\nFirst a copy with two mistakes typed in (a period that is not a financial year, a numerator larger than its denominator): reading stops with every problem at once, each by file, sheet, row and column. Then the workbook as filled in.`),
    code(`
const broken = join(OUT_DIR, \`\${slug}-evidence-with-mistakes\`);
cpSync(folder, broken, { recursive: true });
const measuresFile = join(broken, EVIDENCE_CSV_FILES.measures);
writeFileSync(measuresFile, readFileSync(measuresFile, 'utf8').replace('2020-21,20,41', '2020/22,20,41').replace('2021-22,24,42', '2021-22,64,42'));
try {
  await readEvidenceWorkbook(broken);
} catch (err) {
  const issues: { row: number | null; column: string | null; columnLetter: string | null; message: string }[] = (err as any).issues ?? [];
  console.log(\`\${issues.length} problems in \${EVIDENCE_CSV_FILES.measures}, nothing was read:\`);
  for (const i of issues) console.log(\`- row \${i.row}, column \${i.column} (\${i.columnLetter}): \${i.message}\`);
}
const workbook = await readEvidenceWorkbook(folder);
console.log(\`\${workbook.area.name}: \${workbook.scores.filter((s) => s.score !== null).length} outcomes scored, \${workbook.measures.length} local measure rows, \${workbook.items.length} evidence items\`);
`),
    md(`## 4. The local measures as indicators\n\nEach local measure is computed like a national indicator: a percentage with its Wilson interval where it has a denominator, a count with exact Poisson limits where it has not, the recent-trend test over its last five periods, and the small-count rule from the first cell applied before any value is made. The count of 3 is withheld.`),
    code(`
const local = localEvidence(workbook, { disclosure: rule });
tslab.display.html(tableHtml({
  id: 'local-measures', title: \`Local measures: \${area.name}\`, notes: ['Made-up example entries.'],
  columns: ['Measure', 'Period', 'Numerator', 'Denominator', 'Value', 'Lower 95%', 'Upper 95%', 'Trend', 'Status'],
  rows: local.results.map((r) => [r.indicator_name, r.period, r.numerator, r.denominator, r.value, r.lower, r.upper, r.trend, r.status]),
}));
`),
    md(`## 5. In the pack\n\nThe section "Local evidence and self-evaluation" as \`snsa --evidence <workbook>\` puts it in the topic's pack: the outcome overview chart (each score with the evidence behind it), then per outcome the national indicators and the local measures side by side, the score and its answers, and the evidence items.`),
    code(`
const topic = topicById(TOPIC);
const data = await loadSnsaData();
const ctx = await prepareSnsa(data, { disclosure: rule, evidence: workbook });
const section = await evidenceSection(ctx, area, topic);
if (section) tslab.display.html(sectionHtml(section));
else console.log('The workbook is for another area: no section.');
`),
    next([
      `Write your own workbook: \`pnpm snsa evidence-template --area "<your area>"\` (add \`--scale ten-point\` or your own scale as JSON), fill it in with the partnership, and keep it with your data.`,
      `Build the pack with it: \`pnpm snsa --area "<your area>" --topic diversion --evidence <workbook.xlsx>\` (or put the workbook in your \`--data\` folder).`,
      'The same workbook holds the narrative of the annual report (the Annual report sheet): see docs/snsa.md.',
      'Run this notebook for another area: `pnpm notebooks --run local-evidence --area "Fife"`.',
    ]),
  ]),

  'annual-report.ipynb': notebook([
    md(`# The annual report on community justice outcomes\n\nEvery partnership publishes an annual report on its community justice outcomes (the year 1 April to 31 March, by 31 December) and sends it to Community Justice Scotland. \`snsa annual-report\` drafts it from the figures and from the words the partnership writes in the Annual report sheet of its local evidence workbook. This notebook fills in a workbook as a coordinator would, checks the words before anything is printed, and builds the draft for the chair's sign-off as HTML and Word.\n\n${answers([
      'What goes in each section of the report, and where do its words come from?',
      'What does the check of our own words catch before the report is published?',
      'How do the national indicators and our local measures read per national outcome, with small counts withheld?',
      'Where are the HTML and Word files to send round for sign-off?',
    ])}\n\nThe entries typed in below are **made up for the example**. The section order and the status list are **the toolkit's assumption** of the annual return: Community Justice Scotland's template was not read. The figures are the embedded synthetic demonstration data until you give your own. ${RULE_NOTE}`),
    code(`
// Parameters: the area, the reporting year (a financial year) and where the report is written (relative to notebooks/).
${RULE_IMPORT}
const AREA = 'West Dunbartonshire'; // S12000039
const YEAR = '2023-24';
const OUT_DIR = '../out/annual-report';
// The date the draft is dated (fixed here so the notebook's outputs do not change from day to day).
const AS_OF = '2025-09-30';
${RULE}`, ['parameters']),
    code(`
import * as tslab from 'tslab';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  snsaArea, loadSnsaData, prepareSnsa, sectionHtml, tableHtml, evidenceTemplateCsv, readEvidenceWorkbook, freeTextWarnings,
  buildAnnualReport, packToHtml, packToDocx, scoreChoice, evidenceScale, EVIDENCE_CSV_FILES, ANNUAL_REPORT_SECTIONS,
} from '@cjsnsa/report';

const area = snsaArea(AREA);
const slug = area.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const folder = join(OUT_DIR, \`\${slug}-evidence\`);
mkdirSync(folder, { recursive: true });
// the workbook's CSV form, as \`snsa evidence-template --area "<area>"\` writes it beside the Excel workbook
for (const [file, text] of Object.entries(evidenceTemplateCsv({ area: { code: area.code, name: area.name } }))) writeFileSync(join(folder, file), text);
console.log(\`The annual report of \${area.name} for \${YEAR}: sections \${ANNUAL_REPORT_SECTIONS.join(', ')}\`);
`),
    md(`## 1. The words: the Annual report sheet\n\nOne row per entry: the section, a heading where the section has them (a partnership detail, a recommendation, a local outcome, a challenge), the text, and a status for recommendations and local outcomes. A coordinator fills it in in Excel; here the example is typed into the CSV form. One sentence has a small count of people and a personal telephone number in it, as can happen in a first draft.`),
    code(`
const csvLine = (cells: (string | number)[]) => cells.map((c) => (/[",\\n]/.test(String(c)) ? \`"\${String(c).replace(/"/g, '""')}"\` : String(c))).join(',');
const words = [
  ['Partnership details', 'Partnership name', \`\${area.name} Community Justice Partnership\`, ''],
  ['Partnership details', 'Chair', 'Chief Social Work Officer', ''],
  ['Partnership details', 'Contact', 'community.justice@example.org', ''],
  ['Partnership details', 'Partners', 'Police Scotland, NHS, the council, COPFS, SPS, Skills Development Scotland, the third sector', ''],
  ['Governance', '', 'The partnership meets quarterly and reports to the Community Planning Partnership board.', ''],
  ["Last year's recommendations", 'Offer diversion to 16 and 17 year olds', 'Agreed with COPFS; the first young people were offered diversion in January 2024.', 'On track'],
  ["Last year's recommendations", 'Map bail supervision capacity', 'Not started: the post was vacant.', 'Carried forward'],
  ['Local outcomes', 'Fewer people are remanded', 'Bail supervision was offered at every first appearance from October.', 'On track'],
  ['Achievements', '', 'A new diversion service for young people. We supported 3 young people leaving custody into tenancies; ask Sam on 07700 900123 for the details.', ''],
  ['Challenges', 'Housing on release', 'Too few tenancies for people leaving prison.', ''],
  ['Next steps', '', 'Agree a housing protocol with the council by March 2025.', ''],
];
writeFileSync(join(folder, EVIDENCE_CSV_FILES.annual), ['Section,Heading,Text,Status', ...words.map(csvLine)].join('\\n') + '\\n');

// a self-evaluation score for outcome 1 and two local measures, as in local-evidence.ipynb
const scale = evidenceScale('six-point');
const score = (n: number) => scoreChoice(scale.levels.find((l) => l.score === n) ?? scale.levels[0]);
const scores = readFileSync(join(folder, EVIDENCE_CSV_FILES.scores), 'utf8').split('\\n').map((line) =>
  line.startsWith('1,') ? csvLine([1, 'More people successfully complete diversion from prosecution', score(4), 'More cases completed each year since 2021-22.', 'Case reviews and the completion measure.', 'Offer diversion to 16 and 17 year olds.', '2025-01-15', 'CJP self-evaluation session']) : line);
writeFileSync(join(folder, EVIDENCE_CSV_FILES.scores), scores.join('\\n'));
const measures = [
  ['Outcome 1', 'Diversion cases completed within 6 months', '2019-20', 18, 40, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2020-21', 20, 41, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2021-22', 24, 42, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2022-23', 30, 44, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Diversion cases completed within 6 months', '2023-24', 36, 45, 'Higher', 'Case management system', ''],
  ['Outcome 1', 'Young people offered diversion', '2022-23', 11, '', 'Higher', 'Youth justice team', ''],
  ['Outcome 1', 'Young people offered diversion', '2023-24', 3, '', 'Higher', 'Youth justice team', ''],
];
const measuresFile = join(folder, EVIDENCE_CSV_FILES.measures);
writeFileSync(measuresFile, readFileSync(measuresFile, 'utf8').replace(/\\n*$/, '\\n') + measures.map(csvLine).join('\\n') + '\\n');
console.log(\`Filled in: \${words.length} rows of the Annual report sheet, a score for outcome 1, \${measures.length} rows of 2 local measures\`);
`),
    md(`## 2. Check the words before anything is printed\n\nThe report prints your words as written, so the small-count rule that withholds every count in its tables and charts cannot reach them. The workbook is read with every cell checked, and the words are looked through for what may be a small count of people and for email addresses and telephone numbers (the partnership's own contact, in the partnership details, is expected). Each is a warning with its sheet, row and column: \`snsa annual-report\` prints them and shows them in the report; \`--strict\` refuses them.`),
    code(`
let workbook = await readEvidenceWorkbook(folder);
const warned = freeTextWarnings(workbook, rule);
tslab.display.html(tableHtml({
  id: 'free-text-warnings', title: 'What to check in the words before they are published', notes: ['Nothing is changed: the coordinator decides.'],
  columns: ['File', 'Row', 'Column', 'Warning'],
  rows: warned.map((w) => [w.file.split('/').pop()!, w.row, w.column, w.message]),
}));
// the coordinator takes the count and the number out, and the check is clean
const fixed = readFileSync(join(folder, EVIDENCE_CSV_FILES.annual), 'utf8')
  .replace('We supported 3 young people leaving custody into tenancies; ask Sam on 07700 900123 for the details.', 'Young people leaving custody were supported into tenancies.');
writeFileSync(join(folder, EVIDENCE_CSV_FILES.annual), fixed);
workbook = await readEvidenceWorkbook(folder);
console.log(\`After the edit: \${freeTextWarnings(workbook, rule).length} warnings\`);
`),
    md(`## 3. Build the report\n\nThe figures come from the same context as the SNSA pack (\`prepareSnsa\`), with the first cell's rule, so a count the rule withholds reads "withheld" here as in the pack. Only figures up to the reporting year are used. The sections, in order:`),
    code(`
const data = await loadSnsaData();
const ctx = await prepareSnsa(data, { disclosure: rule, evidence: workbook });
const report = await buildAnnualReport(ctx, area, { year: YEAR, asOf: AS_OF });
tslab.display.html(tableHtml({
  id: 'annual-sections', title: \`\${report.topicTitle}: \${area.name}\`, notes: [report.disclosure],
  columns: ['Section', 'Tables', 'Charts'],
  rows: report.sections.map((s) => [s.title, s.tables.length, s.charts.length]),
}));
`),
    md(`## 4. The words as they read in the report\n\nPartnership details, last year's recommendations and the local outcomes, with what is not yet written said in place.`),
    code(`
for (const id of ['partnership-details', 'recommendations', 'local-outcomes']) tslab.display.html(sectionHtml(report.sections.find((s) => s.id === id)!));
`),
    md(`## 5. Performance against the national outcomes\n\nFor each national outcome: the national indicators and supporting measures with figures for the area, and the local measures, side by side, with the self-evaluation score and its answers and the evidence items; the outcome overview chart; a trend chart of each local measure; then needs and strengths of all of them by the pack's stated rule. The count of 3 typed in above is withheld. Shown here: the chart and the first outcome.`),
    code(`
const performance = report.sections.find((s) => s.id === 'performance')!;
tslab.display.html(sectionHtml({ ...performance, tables: performance.tables.filter((t) => t.id === 'evidence-outcome-1' || t.id === 'annual-needs-and-strengths') }));
`),
    md(`## 6. Write the HTML and the Word document\n\nThe same files as \`snsa annual-report --area "<area>" --year <year> --evidence <workbook>\`: one self-contained HTML page and a Word document, both ending with a sign-off table for the chair.`),
    code(`
const stem = join(OUT_DIR, slug, \`annual-report-\${YEAR}\`);
mkdirSync(join(OUT_DIR, slug), { recursive: true });
writeFileSync(\`\${stem}.html\`, packToHtml(report));
writeFileSync(\`\${stem}.docx\`, await packToDocx(report));
console.log(\`Written: \${stem}.html and \${stem}.docx\`);
`),
    next([
      'Write your own workbook: `pnpm snsa evidence-template --area "<your area>"`, fill in the Annual report sheet with the partnership (and the scores, measures and evidence: `local-evidence.ipynb`).',
      'Draft the report: `pnpm snsa annual-report --area "<your area>" --year 2024-25 --evidence <workbook.xlsx>` (add `--data` with your own figures, and `--strict` to refuse any warning).',
      "Read every section before the chair's sign-off: the check of your words finds small counts and contact details, not names or other details that identify someone (docs/evidence.md).",
      'Run this notebook for another area: `pnpm notebooks --run annual-report --area "Fife"`.',
    ]),
  ]),

  'lived-experience-survey.ipynb': notebook([
    md(`# Lived-experience survey: results for the SNSA\n\nThe views of people with lived experience (Authentic Voices), from a survey export as Microsoft Forms, Google Forms, SmartSurvey or Qualtrics writes it, read with a question schema (docs/survey.md): the share giving each answer with its 95% interval, the statements as diverging bars, each statement by a breakdown, the change since the last wave, and free text only if you ask for it, redacted. The example is the synthetic survey shipped in \`datasets/synthetic/\`: replace the two file names with your export and your schema.\n\n${answers([
      'What share of respondents gave each answer, and how sure can we be of it?',
      'Do groups of respondents (e.g. age bands) answer differently, without showing any group too small to publish?',
      'What changed since the last wave of the survey?',
    ])}\n\n${RULE_NOTE} Here it also sets the minimum-respondent rule: no group of fewer respondents than the smallest count the rule publishes (5 with \`minCount: 5\`) is shown.`),
    code(`
import * as tslab from 'tslab';
import { join } from 'node:path';
import { smallCountRule, describeSmallCountRule } from '@cjsnsa/core';
import { showChart } from '@cjsnsa/charts';
import { findDatasetsDir, readSurveySchema, readSurvey, surveyResults, compareSurveyWaves, surveyCharts, freeTextAnswers, tableHtml } from '@cjsnsa/report';
${RULE}`),
    code(`
// Your survey export (CSV or XLSX) and its question schema (JSON): see docs/survey.md.
const SURVEY_FILE = join(findDatasetsDir(), 'synthetic', 'lived-experience-survey-synthetic.csv');
const SCHEMA_FILE = join(findDatasetsDir(), 'synthetic', 'lived-experience-survey-synthetic.schema.json');
// A breakdown id from the schema to draw each statement by, or null.
const BREAKDOWN: string | null = 'age';
// Free text is printed only if you set this to true, and then redacted: read every comment before publishing it.
const SHOW_FREE_TEXT = false;
`, ['parameters']),
    md(`## 1. Read the export\n\nEvery answer is checked against the schema; a problem stops here with its file, row, column and the nearest valid answer.`),
    code(`
const schema = await readSurveySchema(SCHEMA_FILE);
const survey = await readSurvey(SURVEY_FILE, schema);
console.log(\`\${survey.responses.length} responses; waves: \${survey.waves.join(', ') || 'none'}; from \${survey.period?.first ?? '?'} to \${survey.period?.last ?? '?'}\`);
for (const w of survey.warnings) console.log(w.message);
`),
    md(`## 2. Results per question\n\nShares of the people who answered each question, with Wilson 95% intervals, for the latest wave; groups under the minimum are not shown.`),
    code(`
const results = surveyResults(survey, { rule: rule }); // written out in full: tslab does not see a shorthand property as the variable
for (const note of results.notes) console.log(note);
const charts = surveyCharts(results, BREAKDOWN ? { breakdown: BREAKDOWN } : {});
for (const chart of charts) await showChart(chart, tslab.display);
`),
    md(`## 3. Change since the last wave\n\nThe positive answers together (e.g. Strongly agree or Agree), all respondents: the difference with its 95% interval (Newcombe's method, docs/methods.md). *Similar* means the survey cannot tell a change from chance.`),
    code(`
const pct = (v: number | null) => (v === null ? 'not shown' : \`\${(100 * v).toFixed(0)}%\`);
const points = (v: number | null) => (v === null ? '' : \`\${v >= 0 ? '+' : ''}\${(100 * v).toFixed(1)}\`);
if (results.waves.length < 2) console.log('Only one wave: nothing to compare.');
else {
  const changes = compareSurveyWaves(results).filter((c) => c.combined && c.breakdown === null);
  tslab.display.html(tableHtml({
    id: 'survey-waves', title: \`Change from \${changes[0]?.from} to \${changes[0]?.to}, all respondents\`, notes: results.notes,
    columns: ['Statement', 'Answer', changes[0]?.from ?? '', changes[0]?.to ?? '', 'Change (points)', '95% interval', 'Call'],
    rows: changes.map((c) => [c.questionText, c.level, pct(c.fromValue), pct(c.toValue), points(c.difference), c.lower === null ? '' : \`\${points(c.lower)} to \${points(c.upper)}\`, c.call]),
  }));
}
`),
    md(`## 4. Free text\n\nNot printed unless \`SHOW_FREE_TEXT\` is true; then names, emails, UK phone numbers and postcodes are redacted (docs/survey.md lists what is and is not caught).`),
    code(`
for (const q of schema.questions.filter((x) => x.type === 'free-text')) {
  const text = freeTextAnswers(survey, q.id, { include: SHOW_FREE_TEXT });
  console.log(\`\${text.questionText}: \${text.note}\`);
  for (const a of text.answers) console.log(\`- \${a.text}\`);
}
`),
    next([
      'Read every comment yourself before any of it is published: redaction catches names, emails, phone numbers and postcodes, not everything that identifies a person (docs/survey.md).',
      'Put the results in the pack: `snsa --survey <export> --survey-schema <schema.json>` adds the section "Views of people with lived experience".',
      'Record what the survey tells you against each outcome in the local evidence workbook (`local-evidence.ipynb`).',
    ]),
  ]),
};

// --out <dir> writes the cells elsewhere (the test compares them with the committed notebooks' cells).
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(ROOT, 'notebooks');
const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--out');
const chosen = Object.entries(notebooks).filter(([name]) => only.length === 0 || only.some((o) => name.startsWith(o)));
for (const [name, nb] of chosen) {
  writeFileSync(join(outDir, name), JSON.stringify(nb, null, 1) + '\n');
}
console.log(`wrote ${chosen.length} notebooks`);
if (outIndex < 0 && !process.argv.includes('--sources-only')) {
  const { regenerate } = await import('./notebooks.mjs');
  process.exitCode = regenerate(chosen.map(([name]) => name)) ? 1 : 0;
}
