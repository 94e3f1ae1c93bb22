import {
  classifyNeedsAndStrengths,
  NEEDS_CLASSIFICATION_KIND,
  NEEDS_CLASSIFICATIONS,
  type NeedsAndStrengthsRow,
  type NeedsClassification,
  type NeedsClassificationKind,
} from '@cjsnsa/framework';
import { localMeasuresFor } from '../../evidence/local-evidence.js';
import { formatMeasure } from '../format.js';
import type { PackSection, PackTable } from '../pack-model.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';

/**
 * The needs-and-strengths rows for a topic's indicators in one area (the
 * framework's documented classification, this toolkit's own rule), in the
 * topic's order; then, when the context holds the area's local evidence
 * workbook, its local measures for the topic's outcomes, classified by the
 * same rule (they have no Scotland figure, so a call rests on their recent
 * trend), in workbook order.
 *
 * @example
 * ```ts
 * needsFor(ctx, snsaArea('Dumfries and Galloway'), topicById('diversion'))[0].classification; // e.g. 'Volume rising'
 * ```
 */
export function needsFor(ctx: Pick<SnsaContext, 'results'> & Partial<Pick<SnsaContext, 'evidence'>>, area: SnsaArea, topic: SnsaTopic): NeedsAndStrengthsRow[] {
  const wanted = new Set(topic.indicators);
  const local = localMeasuresFor(ctx.evidence, area.code, topic.outcomes);
  const order = [...topic.indicators, ...local.definitions.map((d) => d.id)];
  const rows = [...ctx.results.filter((r) => wanted.has(r.indicator) && r.area === area.code), ...local.results];
  return classifyNeedsAndStrengths(rows, { area: area.code }).sort((a, b) => order.indexOf(a.indicator) - order.indexOf(b.indicator));
}

/**
 * The trend as the results give it ("Increasing, getting better"), without
 * the better/worse reading for a volume, which is context, not judged.
 *
 * @example
 * ```ts
 * trendWords('Increasing', 'getting better', 'Volume rising'); // 'Increasing'
 * trendWords('Increasing', 'getting better', 'Strength'); // 'Increasing, getting better'
 * ```
 */
export function trendWords(trend: string | null, direction: string | null, classification: NeedsClassification | undefined): string | null {
  const judged = classification === undefined || NEEDS_CLASSIFICATION_KIND[classification] !== 'context';
  return [trend, judged ? direction : null].filter(Boolean).join(', ') || null;
}

/** "2 Volume rising, 1 Volume steady": the labels of one kind present in the rows, in catalogue order. */
function labelCounts(rows: NeedsAndStrengthsRow[], kind: NeedsClassificationKind): { total: number; text: string } {
  const parts = NEEDS_CLASSIFICATIONS.filter((c) => NEEDS_CLASSIFICATION_KIND[c] === kind)
    .map((c) => [c, rows.filter((r) => r.classification === c).length] as const)
    .filter(([, n]) => n > 0);
  return { total: parts.reduce((s, [, n]) => s + n, 0), text: parts.map(([c, n]) => `${n} ${c}`).join(', ') };
}

/**
 * Section 4, needs and strengths: each indicator's call with, beside it, the
 * rule that made it (in plain words), as a table; a summary counts the
 * needs, strengths and mixed calls, the volumes read as context and the
 * indicators with no call (the notebook and report show the same).
 *
 * @example
 * ```ts
 * const s = needsSection(ctx, snsaArea('Dumfries and Galloway'), topicById('diversion'));
 * s.tables[0].columns; // ['Indicator', 'Period', 'Value', 'Compared with', 'Comparison', 'Trend', 'Classification', 'Rule']
 * s.paragraphs[0];
 * // 'Of the 6 indicators for diversion from prosecution in Dumfries and Galloway, 0 are needs, 1 is a strength and 0 are mixed. …'
 * ```
 */
export function needsSection(ctx: Pick<SnsaContext, 'results'> & Partial<Pick<SnsaContext, 'evidence'>>, area: SnsaArea, topic: SnsaTopic): PackSection {
  const rows = needsFor(ctx, area, topic);
  const local = localMeasuresFor(ctx.evidence, area.code, topic.outcomes);
  const localIds = new Set(local.definitions.map((d) => d.id));
  const measures = new Map([...ctx.results, ...local.results].map((r) => [r.indicator, r.measure]));
  const table: PackTable = {
    id: 'needs-and-strengths',
    title: `Needs and strengths: ${topic.title}, ${area.name}`,
    columns: ['Indicator', 'Period', 'Value', 'Compared with', 'Comparison', 'Trend', 'Classification', 'Rule'],
    rows: rows.map((r) => [
      r.indicator_name,
      r.period,
      r.value === null ? (r.status.includes('suppressed') ? 'suppressed' : 'not available') : formatMeasure(r.value, measures.get(r.indicator)),
      r.benchmark,
      r.comparison,
      trendWords(r.trend, r.trend_direction, r.classification),
      r.classification,
      r.rule,
    ]),
    notes: [
      'Classification rule: this toolkit\'s own, documented in docs/framework.md; it is not a Community Justice Scotland rule.',
      ...(localIds.size ? ['Local measures ([Locally determined indicator]) come from the partnership\'s local evidence workbook and are classified by the same rule; they have no Scotland figure, so a call rests on their recent trend.'] : []),
    ],
  };
  const count = (c: string) => rows.filter((r) => r.classification === c).length;
  const are = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const context = labelCounts(rows, 'context');
  const none = labelCounts(rows, 'no call');
  const nLocal = rows.filter((r) => localIds.has(r.indicator)).length;
  const nNational = rows.length - nLocal;
  const counted = nLocal ? `${nNational} indicator${nNational === 1 ? '' : 's'} and ${nLocal} local measure${nLocal === 1 ? '' : 's'}` : `${rows.length} indicator${rows.length === 1 ? '' : 's'}`;
  const summary = [
    `Of the ${counted} for ${topic.title.toLowerCase()} in ${area.name}, ${are(count('Need'), 'is a need', 'are needs')}, ${are(count('Strength'), 'is a strength', 'are strengths')} and ${are(count('Mixed'), 'is mixed', 'are mixed')}.`,
    context.total ? `${are(context.total, 'is a volume', 'are volumes')}, read as context rather than as a need or strength (${context.text}).` : '',
    none.total ? `${are(none.total, 'has', 'have')} no call (${none.text}): the Rule column says why.` : '',
  ].filter(Boolean).join(' ');
  const paragraphs = [
    summary,
    'A need or strength is called only for an indicator with a better/worse direction, and only on a statistically significant result, which the Rule column names: ' +
      'the comparison with Scotland (significant when Scotland\'s value lies outside the area\'s 95% interval) or the recent trend (the Fingertips recent-trend test over the last five years). ' +
      'Significantly worse, or getting worse, is a need; significantly better, or getting better, is a strength; one of each is mixed. ' +
      'With nothing significant the call is "No significant difference"; where no trend could be measured either, "No trend".',
    'Counts (cases, assessments, reports) are volumes: a rising caseload can be rising demand as much as better service, so they are shown as context ("Volume rising", "Volume falling", "Volume steady"), never as a need or strength. ' +
      'Measures with no better or worse direction are "Not judged", with how they compare and move given in the rule.',
  ];
  return { id: 'needs-and-strengths', title: 'Needs and strengths', paragraphs, charts: [], tables: [table] };
}
