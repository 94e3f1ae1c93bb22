import { describeSmallCountRule, isWithheld } from '@cjsnsa/core';
import { outcomeScoresChart, trendChart, type ChartSpec } from '@cjsnsa/charts';
import { classifyNeedsAndStrengths, frameworkDefinitions, type ResultRow } from '@cjsnsa/framework';
import type { LocalEvidence } from '../../evidence/local-evidence.js';
import { scoreChoice } from '../../evidence/evidence-scale.js';
import { statusLabel } from '../../output/status-labels.js';
import { formatMeasure } from '../format.js';
import type { PackChart, PackSection, PackTable } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';
import { trendWords } from './needs-section.js';

/**
 * The evidence section before its chart is drawn.
 *
 * @example
 * ```ts
 * const draft: EvidenceSectionDraft = draftEvidenceSection(ctx, ctx.evidence!, area, topic);
 * draft.charts[0].id; // 'evidence-outcome-scores'
 * ```
 */
export interface EvidenceSectionDraft extends Omit<PackSection, 'charts'> {
  charts: { id: string; chart: ChartSpec }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A figure as the tables show it: the value, or why there is none. */
function valueText(r: ResultRow): string {
  if (isWithheld(r.status)) return 'withheld (small number)';
  return r.value === null ? 'not available' : formatMeasure(r.value, r.measure);
}
const intervalText = (r: ResultRow) => (r.value === null || r.lower === null ? null : `${formatMeasure(r.lower, r.measure)} to ${formatMeasure(r.upper, r.measure)}`);
const byPeriod = (a: ResultRow, b: ResultRow) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/**
 * What the evidence section says of the local measures' needs and strengths:
 * they are classified with the national indicators in the needs-and-strengths
 * section (one table, one rule), not repeated here.
 *
 * @example
 * ```ts
 * draftEvidenceSection(ctx, local, area, topic).paragraphs.includes(LOCAL_NEEDS_POINTER); // true when the topic has local measures
 * ```
 */
export const LOCAL_NEEDS_POINTER =
  'Needs and strengths: each local measure is classified with the national indicators, by the same rule, in the section "Needs and strengths". Local measures have no Scotland figure, so a call rests on the recent trend; a measure whose better direction is "Not judged" is not judged.';

/**
 * The local evidence section's text, tables and chart spec (everything
 * {@link evidenceSection} publishes but the drawn chart), for the topic's
 * outcomes:
 *
 * - an outcome overview chart of every outcome's self-evaluation score with
 *   the evidence items and local measures behind it (charts
 *   `outcomeScoresChart`), its alt text short, its data as a table;
 * - per outcome, one table side by side: the national indicators and
 *   supporting measures of the topic for that outcome (latest figure, trend,
 *   comparison with Scotland) and the local measures (every period given,
 *   with 95% interval, trend and status, controlled by the pack's small-count
 *   rule like every other count), with the score and the three
 *   self-evaluation answers in its notes; then the outcome's evidence items
 *   (links shown as text, never as links);
 * - evidence against priority actions with no known outcome, in a table of
 *   their own;
 * - a trend chart of each local measure of the topic's outcomes with two
 *   periods or more (charts `trendChart`, on the measure's controlled
 *   results: a withheld figure is a gap, never a number);
 * - a sentence pointing to the needs-and-strengths section, where the local
 *   measures are classified beside the national indicators by the same
 *   stated rule (not repeated here).
 *
 * @example
 * ```ts
 * const draft = draftEvidenceSection(ctx, local, snsaArea('S12000039'), topicById('diversion'));
 * draft.tables[0].title; // 'Outcome 1: More people successfully complete diversion from prosecution'
 * ```
 */
export function draftEvidenceSection(ctx: Pick<SnsaContext, 'results' | 'disclosure'>, local: LocalEvidence, area: SnsaArea, topic: SnsaTopic): EvidenceSectionDraft {
  const { workbook } = local;
  const outcomes = frameworkDefinitions().outcomes;
  const scoreOf = new Map(workbook.scores.map((s) => [s.outcome, s]));
  const itemsFor = (o: number) => workbook.items.filter((i) => i.block.outcomes.includes(o) && (i.block.kind === 'outcome' || i.block.outcomes.length === 1));
  const measureIds = (o: number) => local.definitions.filter((d) => local.outcomeOf.get(d.id) === o).map((d) => d.id);
  const file = workbook.file.split(/[\\/]/).pop()!;
  const paragraphs = [
    `From the partnership's local evidence workbook (${file}): ${plural(workbook.items.length, 'evidence item')}, ${plural(local.definitions.length, 'local measure')}, and self-evaluation scores for ${workbook.scores.filter((s) => s.score !== null).length} of the ${outcomes.length} outcomes on the ${workbook.scale.name}.`,
    `Scores are the partnership's own judgement. ${workbook.scale.assumption} The workbook's layout is this toolkit's assumption: the Community Justice Improvement Tool's own template was not read.`,
    `Local measures are computed like the national indicators: 95% intervals (exact Poisson or Byar for counts, Wilson for percentages), the recent trend over the last five years, and the pack's small-count rule (${describeSmallCountRule(ctx.disclosure).replace(/\.$/, '').toLowerCase()}). They have no Scotland or family-group figure.`,
  ];

  // the overview chart: every outcome
  const chartRows = outcomes.map((o) => {
    const s = scoreOf.get(o.outcome);
    return { outcome: `Outcome ${o.outcome}`, score: s?.score ?? null, scoreLabel: s?.scoreLabel ?? null, evidence: itemsFor(o.outcome).length, measures: measureIds(o.outcome).length };
  });
  const chart = outcomeScoresChart(chartRows, {
    scaleMax: workbook.scale.levels[0]!.score,
    scaleName: workbook.scale.name.replace(/\s*\(.*\)$/, ''),
    title: `Self-evaluation of each CJPF outcome, with the evidence behind it, ${area.name}`,
    source: `${area.name} local evidence workbook`,
  });

  const tables: PackTable[] = [];
  const national = (o: number) =>
    topic.indicators.flatMap((id) => {
      const series = ctx.results.filter((r) => r.indicator === id && r.area === area.code && r.outcome === o).sort(byPeriod);
      return series.length ? [series[series.length - 1]!] : [];
    });
  const localRows = local.results.filter((r) => r.area === area.code);
  const needs = new Map(classifyNeedsAndStrengths(localRows, { area: area.code }).map((n) => [n.indicator, n]));
  for (const o of outcomes.filter((x) => topic.outcomes.includes(x.outcome))) {
    const score = scoreOf.get(o.outcome);
    const rows: (string | number | null)[][] = [];
    for (const r of national(o.outcome)) {
      rows.push([r.indicator_kind === 'national' ? 'National indicator' : 'Supporting measure', r.indicator_name, r.period, valueText(r), intervalText(r), trendWords(r.trend, r.trend_direction, undefined), r.comparison_scotland, statusLabel(r.status)]);
    }
    for (const id of measureIds(o.outcome)) {
      for (const r of localRows.filter((x) => x.indicator === id).sort(byPeriod)) {
        rows.push(['Local measure', r.indicator_name, r.period, valueText(r), intervalText(r), trendWords(r.trend, r.trend_direction, needs.get(id)?.classification), 'No Scotland figure', statusLabel(r.status)]);
      }
    }
    const scoreText = score?.score != null ? `Self-evaluation: ${scoreChoice({ score: score.score, label: score.scoreLabel })} on the ${workbook.scale.name}` : 'Self-evaluation: not scored';
    const by = [score?.scoredOn ? `scored on ${score.scoredOn}` : null, score?.scoredBy ? `by ${score.scoredBy}` : null].filter(Boolean).join(' ');
    tables.push({
      id: `evidence-outcome-${o.outcome}`,
      title: `Outcome ${o.outcome}: ${o.wording}`,
      columns: ['Kind', 'Indicator or measure', 'Period', 'Value', '95% interval', 'Trend', 'Compared with Scotland', 'Status'],
      rows,
      notes: [
        `${scoreText}${by ? ` (${by})` : ''}.`,
        ...(score?.howAreWeDoing ? [`How are we doing? ${score.howAreWeDoing}`] : []),
        ...(score?.howDoWeKnow ? [`How do we know? ${score.howDoWeKnow}`] : []),
        ...(score?.whatNext ? [`What are we going to do next? ${score.whatNext}`] : []),
        ...(rows.length ? [] : ['No national indicator of this topic and no local measure for this outcome.']),
      ],
    });
    const items = itemsFor(o.outcome);
    tables.push({
      id: `evidence-items-${o.outcome}`,
      title: `Outcome ${o.outcome}: evidence`,
      columns: ['Evidence', 'Against', 'Kind', 'Link', 'Date', 'Held by'],
      rows: items.map((i) => [i.evidence, i.block.label, i.kind, i.link, i.date, i.heldBy]),
      notes: items.length ? ['Links are shown as text: open them from the workbook.'] : ['No evidence item is recorded against this outcome.'],
    });
  }
  // priority actions with no known outcome (restorative justice, leadership …): shown in every topic's pack
  const unplaced = workbook.items.filter((i) => i.block.kind === 'priority-action' && i.block.outcomes.length !== 1);
  if (unplaced.length) {
    tables.push({
      id: 'evidence-priority-actions',
      title: 'Evidence against priority actions with no single outcome',
      columns: ['Evidence', 'Against', 'Kind', 'Link', 'Date', 'Held by'],
      rows: unplaced.map((i) => [i.evidence, `${i.block.label}${i.block.wording ? `: ${i.block.wording}` : ' (wording not read)'}`, i.kind, i.link, i.date, i.heldBy]),
      notes: [],
    });
  }
  // Their needs and strengths are in the needs-and-strengths section, beside the national indicators (one table,
  // one rule): said here, not repeated.
  if (local.definitions.some((d) => d.outcome !== null && topic.outcomes.includes(d.outcome))) {
    paragraphs.push(LOCAL_NEEDS_POINTER);
  }
  // each local measure of the topic with two periods or more, drawn like a national indicator's trend (its controlled results only)
  const trends = local.definitions
    .filter((d) => d.outcome !== null && topic.outcomes.includes(d.outcome) && localRows.filter((r) => r.indicator === d.id).length >= 2)
    .map((d) => ({ id: `trend-local-${d.id}`, chart: trendChart(localRows.filter((r) => r.indicator === d.id), { area: area.code, indicator: d.id, source: `${area.name} local evidence workbook` }) }));
  return { id: 'local-evidence', title: 'Local evidence and self-evaluation', paragraphs, charts: [{ id: 'evidence-outcome-scores', chart }, ...trends], tables };
}

/**
 * The local evidence section of an SNSA, from the partnership's local
 * evidence workbook (`ctx.evidence`, read and computed once:
 * {@link readEvidenceWorkbook}, {@link localEvidence}). See
 * {@link draftEvidenceSection} for what it holds.
 *
 * @returns the section, or `null` when no workbook was given or it is another area's
 * @example
 * ```ts
 * const s = await evidenceSection(ctx, snsaArea('S12000039'), topicById('diversion'));
 * s?.charts[0].id; // 'evidence-outcome-scores'
 * ```
 */
export async function evidenceSection(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): Promise<PackSection | null> {
  const local = ctx.evidence;
  if (!local || local.workbook.area.code !== area.code) return null;
  const draft = draftEvidenceSection(ctx, local, area, topic);
  const charts: PackChart[] = [];
  for (const c of draft.charts) charts.push(await renderChart(c.chart, c.id));
  return { ...draft, charts };
}
