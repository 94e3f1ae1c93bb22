import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { finishChart, widthOf, type Json } from './common.js';

/**
 * One outcome of {@link outcomeScoresChart}: its self-evaluation score and
 * the evidence behind it.
 *
 * @example
 * ```ts
 * const row: OutcomeScoreRow = { outcome: 'Outcome 1', score: 4, scoreLabel: 'Good', evidence: 3, measures: 1 };
 * ```
 */
export interface OutcomeScoreRow {
  /** The label drawn on the axis, e.g. `Outcome 1`. */
  outcome: string;
  /** The score on the scale, or `null` where not scored. */
  score: number | null;
  /** The score's label on the scale (`Good`), or `null`. */
  scoreLabel: string | null;
  /** Narrative evidence items recorded against the outcome. */
  evidence: number;
  /** Local measures recorded against the outcome. */
  measures: number;
}

/**
 * Options of {@link outcomeScoresChart}.
 *
 * @example
 * ```ts
 * const options: OutcomeScoresChartOptions = { scaleMax: 6, scaleName: 'six-point scale' };
 * ```
 */
export interface OutcomeScoresChartOptions extends ChartOptions {
  /** The top of the scale (the score axis runs from 0 to it). */
  scaleMax: number;
  /** The scale in words, for the axis title and alt text, e.g. `six-point scale`. */
  scaleName: string;
  /** Whether the scores are synthetic demonstration data (labelled in the chart and its alt text). __Default value:__ `false`. */
  synthetic?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const scoreText = (r: OutcomeScoreRow) => (r.score === null ? 'not scored' : r.scoreLabel ? `${r.score} ${r.scoreLabel}` : String(r.score));
const behind = (r: OutcomeScoreRow) => `${plural(r.evidence, 'evidence item')}, ${plural(r.measures, 'local measure')}`;
const behindShort = (r: OutcomeScoreRow) => `${plural(r.evidence, 'item')}, ${plural(r.measures, 'measure')}`;

/**
 * Outcome overview: a horizontal bar per outcome for its self-evaluation
 * score on the partnership's scale, labelled with the score and the evidence
 * behind it (evidence items and local measures); an outcome not yet scored
 * has no bar and reads "Not scored". Scores are the partnership's own
 * judgement, not statistics: no interval is drawn. Evidence items count
 * documents, not people, so they pass no small-count rule.
 *
 * @example
 * ```ts
 * const chart = outcomeScoresChart(rows, { scaleMax: 6, scaleName: 'six-point scale' });
 * chart.csv.split('\r\n')[0]; // 'outcome,score,score_label,evidence_items,local_measures'
 * ```
 */
export function outcomeScoresChart(rows: readonly OutcomeScoreRow[], options: OutcomeScoresChartOptions): ChartSpec {
  if (rows.length === 0) throw new Error(messages.noRows('outcomeScoresChart'));
  const width = widthOf(options);
  // room on the right of the bars for their labels ("4 Good · 3 items, 1 measure")
  const plotWidth = Math.max(150, width - 290);
  const rowHeight = 26;
  const height = options.height ?? rows.length * rowHeight;
  const order = rows.map((r) => r.outcome);
  const values = rows.map((r) => ({ ...r, label: `${r.score === null ? 'Not scored' : scoreText(r)} · ${behindShort(r)}` }));
  const y = { field: 'outcome', type: 'nominal', sort: order, title: null };
  const x = { field: 'score', type: 'quantitative', title: `Self-evaluation score (${options.scaleName})`, scale: { domain: [0, options.scaleMax] }, axis: { tickMinStep: 1, format: 'd' } };
  const layers: Json[] = [
    {
      transform: [{ filter: 'isValid(datum.score)' }],
      mark: { type: 'bar', color: palette.area, stroke: palette.outline, strokeWidth: 0.5, height: { band: 0.7 } },
      encoding: { y, x, tooltip: [{ field: 'outcome', type: 'nominal' }, { field: 'label', type: 'nominal', title: 'Score and evidence' }] },
    },
  ];
  // the label goes just past the bar's end (at 0 for an outcome not scored); the plot leaves room for it on the right
  layers.push({
    transform: [{ calculate: 'isValid(datum.score) ? datum.score : 0', as: 'at' }],
    mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: palette.text },
    encoding: { y, x: { field: 'at', type: 'quantitative', scale: { domain: [0, options.scaleMax] } }, text: { field: 'label', type: 'nominal' } },
  });
  const scored = rows.filter((r) => r.score !== null);
  const noEvidence = rows.filter((r) => r.evidence === 0 && r.measures === 0);
  const sentences = [
    `Bar chart of the self-evaluation score of each of ${plural(rows.length, 'outcome')} on the ${options.scaleName}, with the evidence behind each.`,
    scored.length ? `${scored.length} of ${rows.length} scored.` : 'No outcome is scored yet.',
  ];
  if (scored.length) {
    const top = [...scored].sort((a, b) => b.score! - a.score!)[0]!;
    const low = [...scored].sort((a, b) => a.score! - b.score!)[0]!;
    sentences.push(`Highest: ${top.outcome}, ${scoreText(top)}.`);
    if (low !== top) sentences.push(`Lowest: ${low.outcome}, ${scoreText(low)}.`);
  }
  if (noEvidence.length) sentences.push(`${plural(noEvidence.length, 'outcome has', 'outcomes have')} no evidence recorded.`);
  if (options.synthetic) sentences.push('Synthetic demonstration data.');
  sentences.push(...rows.map((r) => `${r.outcome}: ${scoreText(r)}, ${behind(r)}.`));
  const columns = ['outcome', 'score', 'score_label', 'evidence_items', 'local_measures'];
  const dataTable = rows.map((r) => ({ outcome: r.outcome, score: r.score, score_label: r.scoreLabel, evidence_items: r.evidence, local_measures: r.measures }));
  return finishChart({
    kind: 'outcome-scores',
    title: options.title ?? 'Self-evaluation score of each outcome, with the evidence behind it',
    subtitle: options.subtitle,
    width,
    main: { width: plotWidth, height, data: { values }, layer: layers },
    notes: [...(options.synthetic ? [messages.syntheticLabel] : []), ...(options.source ? [messages.sourceNote(options.source)] : [])],
    sentences,
    columns,
    dataTable,
  });
}
