#!/usr/bin/env node
// Writes the notebooks in notebooks/ from one structure (docs/snsa.md), so that
// every SNSA notebook follows it. Run: pnpm notebooks:build
// A test checks the committed notebooks are what this script writes.
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
    md(`# ${title}: Strategic Needs and Strengths Assessment\n\n${intro}\n${STRUCTURE_NOTE}`),
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
  ]);
}

const notebooks = {
  'snsa-diversion.ipynb': topicNotebook('diversion', 'Diversion from Prosecution', 'CJPF outcome 1: more people successfully complete diversion from prosecution. National indicator 1 counts assessments, cases commenced and cases successfully completed.'),
  'snsa-bail.ipynb': topicNotebook('bail', 'Bail Support and Supervision', 'CJPF outcome 3: more people are assessed for and successfully complete bail supervision. National indicator 3 counts assessment reports for bail suitability, and bail supervision cases commenced and completed.'),
  'snsa-arrest-referral.ipynb': topicNotebook('arrest-referral', 'Arrest Referral (support in police custody)', 'CJPF outcome 2: more people in police custody receive support to address their needs. National indicator 2 counts referrals from custody centres.'),
  'snsa-custody-to-community.ipynb': topicNotebook('custody-to-community', 'Custody to Community (throughcare)', 'CJPF outcomes 5, 6 and 8: health and social care, suitable accommodation, and voluntary throughcare after release from a prison sentence; with the one-year reconviction rate. Indicators 5, 6, 8 and 10 are provisional.'),
  'snsa-community-sentences.ipynb': topicNotebook('community-sentences', 'Community sentences', 'CJPF outcomes 4 and 7: Community Payback Orders (unpaid work, supervision, successful completion), Drug Treatment and Testing Orders, and employability support. Indicators 4 and 7 are provisional.'),
  'snsa-services.ipynb': notebook([
    md(`# Third-sector and grass-roots service provision: Strategic Needs and Strengths Assessment\n\nFrom a services register: which CJPF outcomes the area's services cover, capacity against demand, and funding that ends within 12 months.\n${STRUCTURE_NOTE}`),
    code(PARAMETERS(`// Funding is judged from this date (ISO); today by default.\nconst AS_OF = new Date().toISOString().slice(0, 10);\n`), ['parameters']),
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
  ]),
  'getting-started.ipynb': notebook([
    md(`# Getting started with cjsnsa\n\nLoad your own extract, compute one indicator with its confidence interval, compare it with Scotland, and draw it. Every step uses the same library the \`snsa\` command uses. The example extract below is typed in; replace it with your file path (CSV or XLSX).\n\n${RULE_NOTE}`),
    code(`
import * as tslab from 'tslab';
import type { ColumnTable } from 'arquero';
import { readObservations, crudeRate, proportion, smallCountRule, describeSmallCountRule } from '@cjsnsa/core';
import { computeIndicators, indicatorLabel, indicatorDefinition, resolveArea } from '@cjsnsa/framework';
import { trendChart, showChart } from '@cjsnsa/charts';
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
    code(`await showChart(trendChart(results, { area: area.code, indicator: 'SM-diversion-rate' }), tslab.display);`),
  ]),
  'national-overview.ipynb': notebook([
    md(`# National overview for Community Justice Scotland\n\nThe national indicators for all 32 council areas and Scotland in one call, an overview heat map ("tartan rug"), funnel plots and ranked comparisons.\n\n**Justice social work figures in the embedded data are synthetic demonstration data**, not official statistics.\n\n${RULE_NOTE}`),
    code(`
import * as tslab from 'tslab';
import type { ColumnTable } from 'arquero';
import { funnelLimits, smallCountRule, describeSmallCountRule } from '@cjsnsa/core';
import { computeIndicators, councilAreas } from '@cjsnsa/framework';
import { heatmapChart, funnelChart, compareAreasChart, showChart } from '@cjsnsa/charts';
import { loadSnsaData, tableHtml } from '@cjsnsa/report';
${RULE}`),
    md(`## Every indicator for every area\n\nOne call computes the national indicators for the 32 council areas, Scotland and the family groups, with disclosure control by the rule from the first cell.`),
    code(`
const data = await loadSnsaData();
const results: ColumnTable = computeIndicators({ observations: data.observations, indicators: 'all', areas: 'all', periods: { last: 5 }, disclosure: { min: rule.min, max: rule.max } });
const rows = results.objects() as any[];
console.log(\`\${rows.length} rows; \${new Set(rows.map((r) => r.area)).size} areas and groups\`);
`),
    md(`## Scotland equals the sum of the 32 areas\n\nNational figures are sums of the areas' counts, never averages of rates.`),
    code(`
const item = 'NI1b';
const period = '2023-24';
const councils = rows.filter((r) => r.indicator === item && r.period === period && r.area_type === 'council');
const scotland = rows.find((r) => r.indicator === item && r.period === period && r.area === 'S92000003');
const sum = councils.reduce((s, r) => s + (r.numerator ?? 0), 0);
console.log(\`\${item} \${period}: Scotland \${scotland.numerator}; sum of published area counts \${sum} (suppressed areas are withheld, never recomputed)\`);
`),
    md(`## Overview heat map\n\nEvery council area against Scotland, for the rate and percentage indicators in their latest period.`),
    code(`
const latestRates = rows.filter((r) => (r.measure === 'rate' || r.measure === 'percentage') && (r.area_type === 'council' || r.area === 'S92000003'));
await showChart(heatmapChart(latestRates, { title: 'Community justice indicators by council area, against Scotland' }), tslab.display);
`),
    md(`## CPOs per 10,000 population aged 16–70: funnel plot and ranked comparison`),
    code(`
const cpo = rows.filter((r) => r.indicator === 'SM-cpo-rate');
const lastPeriod = [...new Set(cpo.map((r) => r.period))].sort().pop();
const cpoLatest = cpo.filter((r) => r.period === lastPeriod && (r.area_type === 'council' || r.area === 'S92000003'));
const scot = cpoLatest.find((r) => r.area === 'S92000003');
const sizes = cpoLatest.filter((r) => r.area_type === 'council').map((r) => r.denominator);
const limits = funnelLimits({ type: 'rate', baseline: scot.value, sizes: { min: Math.min(...sizes), max: Math.max(...sizes) }, multiplier: 10000 });
await showChart(funnelChart(cpoLatest, { limits, baseline: scot.value, sizeTitle: 'Population aged 16–70' }), tslab.display);
await showChart(compareAreasChart(cpoLatest, { indicator: 'SM-cpo-rate', period: lastPeriod }), tslab.display);
`),
    md(`## The national indicators for Scotland`),
    code(`
const scotRows = rows.filter((r) => r.area === 'S92000003' && r.indicator_kind === 'national');
const latestByIndicator = new Map();
for (const r of scotRows) if (!latestByIndicator.has(r.indicator) || latestByIndicator.get(r.indicator).period < r.period) latestByIndicator.set(r.indicator, r);
tslab.display.html(tableHtml({
  id: 'national', title: 'National indicators, Scotland, latest period', notes: ['Provisional indicators are labelled in their names.'],
  columns: ['Indicator', 'Period', 'Value', 'Unit', 'Trend', 'Status'],
  rows: [...latestByIndicator.values()].map((r) => [r.indicator_name, r.period, r.value, r.unit, r.trend, r.status]),
}));
`),
  ]),

  'lived-experience-survey.ipynb': notebook([
    md(`# Lived-experience survey: results for the SNSA\n\nThe views of people with lived experience (Authentic Voices), from a survey export as Microsoft Forms, Google Forms, SmartSurvey or Qualtrics writes it, read with a question schema (docs/survey.md): the share giving each answer with its 95% interval, the statements as diverging bars, each statement by a breakdown, the change since the last wave, and free text only if you ask for it, redacted. The example is the synthetic survey shipped in \`datasets/synthetic/\`: replace the two file names with your export and your schema.\n\n${RULE_NOTE} Here it also sets the minimum-respondent rule: no group of fewer respondents than the smallest count the rule publishes (5 with \`minCount: 5\`) is shown.`),
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
  ]),
};

// --out <dir> writes elsewhere (the staleness test compares with the committed notebooks).
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(ROOT, 'notebooks');
for (const [name, nb] of Object.entries(notebooks)) {
  writeFileSync(join(outDir, name), JSON.stringify(nb, null, 1) + '\n');
}
console.log(`wrote ${Object.keys(notebooks).length} notebooks`);
