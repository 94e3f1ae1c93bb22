import { describeSmallCountRule, hasStatus, parsePeriod, sortPeriods } from '@cjsnsa/core';
import { frameworkDefinitions, seriesTrend, type ResultRow } from '@cjsnsa/framework';
import { ANNUAL_REPORT_SECTIONS, PARTNERSHIP_DETAILS } from '../evidence/evidence-layout.js';
import type { LocalEvidence } from '../evidence/local-evidence.js';
import type { AnnualReportEntry } from '../evidence/read-evidence-workbook.js';
import { messages } from '../messages.js';
import { groupWarnings } from '../output/group-warnings.js';
import { plainSources } from '../snsa/build-snsa-pack.js';
import type { PackChart, PackSection, PackTable, SnsaPack } from '../snsa/pack-model.js';
import { renderChart } from '../snsa/render-chart.js';
import { baselineTable } from '../snsa/sections/baseline-table.js';
import { draftEvidenceSection, LOCAL_NEEDS_POINTER } from '../snsa/sections/evidence-section.js';
import { needsSection } from '../snsa/sections/needs-section.js';
import type { SnsaArea, SnsaContext } from '../snsa/snsa-context.js';
import type { SnsaTopic } from '../snsa/topics.js';
import { technicalAnnex } from '../snsa/technical-annex.js';

/**
 * Options of {@link buildAnnualReport}.
 *
 * @example
 * ```ts
 * const options: AnnualReportOptions = { year: '2024-25', asOf: '2025-09-30' };
 * ```
 */
export interface AnnualReportOptions {
  /** The reporting year, a financial year: `2024-25` (1 April 2024 to 31 March 2025). */
  year: string;
  /** Date the report is dated (ISO). __Default value:__ today. */
  asOf?: string;
}

/**
 * What the document says it is, under its title (HTML and Word).
 *
 * @example
 * ```ts
 * ANNUAL_REPORT_KIND; // 'Community justice annual report: draft for the chair's sign-off'
 * ```
 */
export const ANNUAL_REPORT_KIND = "Community justice annual report: draft for the chair's sign-off";

/**
 * What the synthetic-data banner of an annual report says: which figures are
 * synthetic and how to put the partnership's own in before sign-off.
 *
 * @example
 * ```ts
 * ANNUAL_REPORT_SYNTHETIC_NOTE.startsWith('Justice social work figures in this report are generated for demonstration'); // true
 * ```
 */
export const ANNUAL_REPORT_SYNTHETIC_NOTE =
  "Justice social work figures in this report are generated for demonstration and are not official statistics: the report must not be signed off or published with them. Run snsa annual-report again with your partnership's own figures (--data followed by a file or folder: the Justice Social Work tables as downloaded from gov.scot, your case-management extract with one row per case, or a table with the columns indicator, area, period, numerator, denominator, status and source); population and reconviction figures are already the published ones.";

const NOT_WRITTEN = (section: string) => `Not yet written: fill in the rows of "${section}" on the Annual report sheet of the local evidence workbook.`;
const OLD_WORKBOOK =
  'The local evidence workbook has no Annual report sheet (it was written before the sheet was added): write a new workbook with snsa evidence-template, copy your entries across, and fill in its Annual report sheet.';


/**
 * The rows of the reporting year and before. A series with figures after the
 * year has its trend measured at its last row in the year, as the framework
 * measures it at the latest (`seriesTrend`: the recent-trend test on the last
 * five periods, on the figures already controlled by the small-count rule, so
 * a withheld figure is a gap, and a population-base change in the window
 * said); with fewer than five periods in the results the test says
 * it cannot be calculated, and why. Rows are copied, never changed.
 */
function asOfYear(rows: readonly ResultRow[], upTo: (period: string) => boolean): ResultRow[] {
  const key = (r: ResultRow) => `${r.indicator}\u0000${r.area}`;
  const later = new Set(rows.filter((r) => !upTo(r.period)).map(key));
  const kept = rows.filter((r) => upTo(r.period));
  const series = new Map<string, ResultRow[]>();
  for (const r of kept) if (later.has(key(r))) series.set(key(r), [...(series.get(key(r)) ?? []), r]);
  const remeasured = new Map<ResultRow, ResultRow>();
  for (const s of series.values()) {
    const byPeriod = new Map(s.map((r) => [r.period, r]));
    const ordered = sortPeriods([...byPeriod.keys()]).map((p) => byPeriod.get(p)!);
    const last = ordered[ordered.length - 1]!;
    remeasured.set(last, { ...last, ...seriesTrend(ordered, last) });
  }
  return kept.map((r) => remeasured.get(r) ?? r);
}

/**
 * Build a partnership's annual report on its community justice outcomes
 * (statutory guidance: the year 1 April to 31 March, published by 31
 * December and sent to Community Justice Scotland) as a document the pack's
 * own writers turn into HTML and Word (`packToHtml`, `packToDocx`), so it
 * has the pack's headings, alt text, tables, small-count rule and Word
 * layout. Its sections, in the order this toolkit takes the annual return
 * to ask for (**the toolkit's assumption**: CJS's return template was not
 * read):
 *
 * 1. Partnership details; 2. Governance; 3. Progress on last year's
 * recommendations; 4. Performance against the national outcomes: for each
 * nationally determined outcome, the national indicators and supporting
 * measures (latest figure at or before the year, with interval, trend and
 * comparison with Scotland) and the partnership's local measures side by
 * side, the self-evaluation score with its answers, and the evidence items
 * (the pack's evidence section, `draftEvidenceSection`, for every outcome),
 * with the outcome overview chart, then needs and strengths of all of them
 * by the pack's stated rule; 5. Local outcomes; 6. Achievements and
 * challenges; 7. Next steps (with each outcome's "What are we going to do
 * next?"); then a sign-off table for the chair.
 *
 * The words come from the workbook's Annual report sheet
 * (`readEvidenceWorkbook`'s `narrative`); a section with none says what to
 * fill in. Every figure comes from the context, already controlled by its
 * small-count rule, so a withheld count reads "withheld" here as in the pack.
 *
 * @param ctx - from `prepareSnsa`, with the area's local evidence workbook (`evidence`)
 * @param area - the partnership's area (`snsaArea`)
 * @param options - the reporting year and the date
 * @returns the report, shaped as a pack (`documentKind` set), ready for `packToHtml` and `packToDocx`
 * @throws Error when the context has no workbook for the area, or the year is not a financial year
 * @example
 * ```ts
 * const ctx = await prepareSnsa(await loadSnsaData(), { evidence: await readEvidenceWorkbook('wd-evidence.xlsx') });
 * const report = await buildAnnualReport(ctx, snsaArea('West Dunbartonshire'), { year: '2024-25' });
 * report.sections.map((s) => s.id);
 * // ['partnership-details', 'governance', 'recommendations', 'performance', 'local-outcomes', 'achievements-and-challenges', 'next-steps', 'sign-off']
 * ```
 */
export async function buildAnnualReport(ctx: SnsaContext, area: SnsaArea, options: AnnualReportOptions): Promise<SnsaPack> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  let year;
  try {
    year = parsePeriod(options.year);
  } catch {
    throw new Error(messages.annualBadYear(options.year));
  }
  if (year.kind !== 'financial-year') throw new Error(messages.annualBadYear(options.year));
  const local = ctx.evidence;
  if (!local || local.workbook.area.code !== area.code) throw new Error(messages.annualNoWorkbook);

  // figures at or before the reporting year
  const upTo = (period: string) => parsePeriod(period).end <= year.end;
  const results = asOfYear(ctx.results, upTo);
  const localUpTo: LocalEvidence = { ...local, results: asOfYear(local.results, upTo) };
  const yearCtx: SnsaContext = { ...ctx, results, evidence: localUpTo };
  const framework = frameworkDefinitions(ctx.frameworkVersion);
  const present = new Set(results.filter((r) => r.area === area.code).map((r) => r.indicator));
  const allOutcomes: SnsaTopic = {
    id: 'annual-report',
    title: 'The national outcomes',
    scope: '',
    outcomes: framework.outcomes.map((o) => o.outcome),
    indicators: framework.indicators.filter((d) => d.kind !== 'local' && present.has(d.id)).map((d) => d.id),
    compareIndicators: [],
    extract: null,
    extractCount: null,
    breakdowns: [],
  } as SnsaTopic;

  const narrative = local.workbook.narrative ?? null;
  const entries = (section: (typeof ANNUAL_REPORT_SECTIONS)[number]): AnnualReportEntry[] => (narrative ?? []).filter((e) => e.section === section);
  const missing = (section: string) => (narrative === null ? OLD_WORKBOOK : NOT_WRITTEN(section));
  const paragraphsOf = (section: (typeof ANNUAL_REPORT_SECTIONS)[number]) => {
    const list = entries(section).map((e) => (e.heading ? `${e.heading}: ${e.text}` : e.text));
    return list.length ? list : [missing(section)];
  };
  const statusTable = (id: string, section: (typeof ANNUAL_REPORT_SECTIONS)[number], title: string, first: string): PackTable => {
    const list = entries(section);
    return {
      id,
      title,
      columns: [first, 'Progress', 'Status'],
      rows: list.map((e) => [e.heading, e.text, e.status]),
      notes: list.length ? ['Status is the partnership\'s own: Complete, On track, Delayed, Not started or Carried forward (the toolkit\'s list).'] : [missing(section)],
    };
  };
  const fy = `1 April ${year.year} to 31 March ${year.year + 1}`;

  // 1. partnership details
  const details = entries('Partnership details');
  const detailRows = [
    ['Area', `${area.name} (${area.code})`],
    ['Reporting year', `${year.label} (${fy})`],
    ...PARTNERSHIP_DETAILS.map((h) => [h, details.find((d) => d.heading?.toLowerCase() === h.toLowerCase())?.text ?? 'Not yet written']),
    ...details.filter((d) => !PARTNERSHIP_DETAILS.some((h) => h.toLowerCase() === d.heading?.toLowerCase())).map((d) => [d.heading ?? 'Other', d.text]),
  ];
  const sections: PackSection[] = [
    {
      id: 'partnership-details',
      title: 'Partnership details',
      paragraphs: [
        `The annual report of the ${area.name} community justice partnership on its community justice outcomes for ${year.label} (${fy}).`,
        'The statutory guidance asks each partnership to report on its outcomes for the year 1 April to 31 March, to publish the report by 31 December, and to send it to Community Justice Scotland, referring to the national indicators. The sections and their order follow the annual return as this toolkit understands it: this is the toolkit\'s assumption, as Community Justice Scotland\'s return template was not read.',
        ...(narrative === null ? [OLD_WORKBOOK] : []),
      ],
      charts: [],
      tables: [{ id: 'annual-partnership-details', title: 'Partnership details', columns: ['Detail', 'Entry'], rows: detailRows, notes: [] }],
    },
    { id: 'governance', title: 'Governance', paragraphs: paragraphsOf('Governance'), charts: [], tables: [] },
    {
      id: 'recommendations',
      title: "Progress on last year's recommendations",
      paragraphs: [],
      charts: [],
      tables: [statusTable('annual-recommendations', "Last year's recommendations", "Last year's recommendations and progress", 'Recommendation')],
    },
  ];

  // 4. performance against the national outcomes: the pack's evidence section for every outcome, and needs and strengths
  const draft = draftEvidenceSection(yearCtx, localUpTo, area, allOutcomes);
  const charts: PackChart[] = [];
  for (const c of draft.charts) charts.push(await renderChart(c.chart, `annual-${c.id}`));
  const needs = needsSection(yearCtx, area, allOutcomes);
  sections.push({
    id: 'performance',
    title: 'Performance against the national outcomes',
    paragraphs: [
      `For each nationally determined outcome: the national indicators and supporting measures (the latest figure published for ${year.label} or before, with its period), the partnership's local measures, its self-evaluation score and answers, and the evidence behind them.`,
      // the needs and strengths table is in this section, below: the pack's pointer to another section does not apply
      ...draft.paragraphs.filter((p) => p !== LOCAL_NEEDS_POINTER),
      ...needs.paragraphs,
    ],
    charts,
    tables: [
      ...draft.tables
        .map((t) => ({ ...t, notes: t.notes.map((n) => n.replace('No national indicator of this topic and no local measure', 'No national indicator with figures for the area and no local measure')) })),
      ...needs.tables.map((t) => ({ ...t, id: 'annual-needs-and-strengths', title: `Needs and strengths: the national outcomes, ${area.name}` })),
    ],
  });

  // 5–7
  sections.push(
    { id: 'local-outcomes', title: 'Local outcomes', paragraphs: [], charts: [], tables: [statusTable('annual-local-outcomes', 'Local outcomes', 'Local outcomes and progress', 'Local outcome')] },
    {
      id: 'achievements-and-challenges',
      title: 'Achievements and challenges',
      paragraphs: [],
      charts: [],
      tables: (['Achievements', 'Challenges'] as const).map((s) => {
        const list = entries(s);
        return { id: `annual-${s.toLowerCase()}`, title: s, columns: [s === 'Achievements' ? 'Achievement' : 'Challenge', 'Detail'], rows: list.map((e) => [e.heading, e.text]), notes: list.length ? [] : [missing(s)] };
      }),
    },
    {
      id: 'next-steps',
      title: 'Next steps',
      paragraphs: paragraphsOf('Next steps'),
      charts: [],
      tables: [
        {
          id: 'annual-what-next',
          title: 'What the partnership will do next, by outcome (from its self-evaluation)',
          columns: ['Outcome', 'What are we going to do next?'],
          rows: local.workbook.scores.filter((s) => s.whatNext).map((s) => [`Outcome ${s.outcome}: ${s.wording}`, s.whatNext]),
          notes: local.workbook.scores.some((s) => s.whatNext) ? [] : ['No outcome has an answer to "What are we going to do next?" on the Self-evaluation sheet.'],
        },
      ],
    },
  );
  const detail = (h: string) => details.find((d) => d.heading?.toLowerCase() === h.toLowerCase())?.text ?? null;
  sections.push({
    id: 'sign-off',
    title: 'Sign-off',
    paragraphs: [`Approved on behalf of the ${area.name} community justice partnership. Check every figure and every section before signing: this report was drafted by cjsnsa from the partnership's workbook and the published indicators.`],
    charts: [],
    tables: [{ id: 'annual-sign-off', title: 'Sign-off', columns: ['Role', 'Name', 'Signature', 'Date'], rows: [['Chair', detail('Chair'), null, detail('Date approved')]], notes: [] }],
  });

  // the figures behind it, as a pack carries them
  const reportResults = [
    ...results.filter((r) => allOutcomes.indicators.includes(r.indicator) && (r.area === area.code || r.area === 'S92000003' || r.area === area.group.id)),
    ...localUpTo.results,
  ];
  const synthetic = reportResults.some((r) => hasStatus(r.status, 'synthetic'));
  const sources = [...new Set(reportResults.map((r) => r.source).flatMap((s) => s.split(' | ')).filter(Boolean))];
  const licences = [...new Set(ctx.data.catalogue.filter((e) => e.kind === 'real' && e.licence && e.schema !== 'lookup').map((e) => e.licence!))];
  if (synthetic) licences.push('synthetic demonstration data: not official statistics, no licence applies');
  return {
    areaCode: area.code,
    areaName: area.name,
    topicId: 'annual-report',
    topicTitle: `Community justice annual report ${year.label}`,
    documentKind: ANNUAL_REPORT_KIND,
    frameworkVersion: ctx.frameworkVersion,
    generated: asOf,
    synthetic,
    syntheticNote: ANNUAL_REPORT_SYNTHETIC_NOTE,
    sources,
    plainSources: plainSources(sources),
    licence: licences.join('; '),
    sections,
    results: reportResults as unknown as Record<string, unknown>[],
    baseline: baselineTable(yearCtx, area, allOutcomes),
    warnings: ctx.data.warnings,
    warningGroups: groupWarnings(ctx.data.warningIssues),
    annex: technicalAnnex(ctx, reportResults, sources),
    disclosure: describeSmallCountRule(ctx.disclosure),
  };
}
