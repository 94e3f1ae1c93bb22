import { basename } from 'node:path';
import type { SmallCountRule } from '@cjsnsa/core';
import { computeIndicatorSet, indicatorDefinitionSchema, type IndicatorDefinition, type ResultRow } from '@cjsnsa/framework';
import type { EvidenceWorkbook, LocalMeasureRow } from './read-evidence-workbook.js';

/**
 * A local evidence workbook with its local measures computed: what the pack's evidence section shows.
 *
 * @example
 * ```ts
 * const local: LocalEvidence = localEvidence(workbook, { disclosure: smallCountRule() });
 * local.definitions[0].kind; // 'local'
 * ```
 */
export interface LocalEvidence {
  workbook: EvidenceWorkbook;
  /** One local indicator definition per measure (ids `LM1`, `LM2`, … in workbook order; kind `local`). */
  definitions: IndicatorDefinition[];
  /** The measures' results for the workbook's area, every period given, with intervals, trends and disclosure control. */
  results: ResultRow[];
  /** The outcome (1–9) each measure is shown under, or `null` for a priority action with no known outcome. */
  outcomeOf: Map<string, number | null>;
}

const POLARITY = { Higher: 'high-is-good', Lower: 'low-is-good', 'Not judged': 'no-judgement' } as const;

/** The outcome a measure is shown under: its own, or its priority action's one aligned outcome. */
function outcomeOfBlock(row: LocalMeasureRow): number | null {
  return row.block.kind === 'outcome' ? row.block.number : row.block.outcomes.length === 1 ? row.block.outcomes[0]! : null;
}

/**
 * The workbook's local measures as local indicators, computed by the
 * framework like any national indicator (framework `computeIndicatorSet`):
 * one local definition per measure (a count, or a percentage where it has a
 * denominator, in the period kind it is given in, better-when as its
 * polarity), its rows as observations of the workbook's area. So every
 * local measure gets the same 95% and 99.8% intervals (exact Poisson / Byar
 * for counts, Wilson for percentages), the same recent-trend test over its
 * last five annual periods, and the same disclosure control: the small-count
 * rule given (the pack's `ctx.disclosure`) applied to its numerators and
 * denominators before any value is made (core `applyDisclosureControl`
 * inside the framework), so a count of 3 is withheld under the default rule.
 * A row whose numerator is blank is `not-available`. Measures have no
 * Scotland or family-group value: there is nothing to sum.
 *
 * @param workbook - from {@link readEvidenceWorkbook}
 * @param options - `disclosure`: the small-count rule
 * @returns the definitions and the results rows for the workbook's area
 * @example
 * ```ts
 * const local = localEvidence(await readEvidenceWorkbook('evidence.xlsx'), { disclosure: { min: 1, max: 4 } });
 * local.results.find((r) => r.numerator === null && r.status.includes('suppressed')); // a count of 1 to 4, withheld
 * ```
 */
export function localEvidence(workbook: EvidenceWorkbook, options: { disclosure: SmallCountRule }): LocalEvidence {
  const byMeasure = new Map<string, LocalMeasureRow[]>();
  for (const m of workbook.measures) {
    const key = m.measure.toLowerCase();
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), m]);
  }
  const source = `${workbook.area.name} local evidence workbook (${basename(workbook.file)})`;
  const definitions: IndicatorDefinition[] = [];
  const results: ResultRow[] = [];
  const outcomeOf = new Map<string, number | null>();
  [...byMeasure.values()].forEach((rows, i) => {
    const first = rows[0]!;
    const id = `LM${i + 1}`;
    const percentage = rows.some((r) => r.denominator !== null);
    const definition = indicatorDefinitionSchema.parse({
      id,
      version: 'local',
      kind: 'local',
      outcome: outcomeOfBlock(first),
      name: first.measure,
      wording: first.measure,
      confirmation: { status: 'confirmed', source: `${source}, sheet Local measures` },
      numerator: { item: `local-${id}`, description: first.measure },
      denominator: percentage ? { item: `local-${id}-base`, description: `base of ${first.measure}` } : null,
      measure: percentage ? 'percentage' : 'count',
      multiplier: percentage ? 100 : 1,
      strictProportion: true,
      unit: percentage ? '%' : 'count',
      polarity: POLARITY[first.betterWhen],
      periodKind: first.periodKind,
      source: { publication: source, table: 'Local measures' },
      frequency: 'as recorded by the partnership',
      geography: ['council'],
      caveats: ['A local measure recorded by the partnership, not an official statistic.'],
    });
    definitions.push(definition);
    outcomeOf.set(id, definition.outcome);
    const sourceOf = (r: LocalMeasureRow) => (r.source ? `${r.source} (${source})` : source);
    const observations = rows.flatMap((r) => [
      { indicator: `local-${id}`, area: workbook.area.code, period: r.period, numerator: r.numerator, denominator: null, status: r.numerator === null ? 'not-available' : 'published', source: sourceOf(r) },
      ...(percentage ? [{ indicator: `local-${id}-base`, area: workbook.area.code, period: r.period, numerator: r.denominator, denominator: null, status: r.denominator === null ? 'not-available' : 'published', source: sourceOf(r) }] : []),
    ]);
    const { results: table } = computeIndicatorSet({
      observations,
      definitions: [definition],
      indicators: 'all',
      areas: [workbook.area.code],
      periods: rows.map((r) => r.period),
      comparator: 'family-people',
      disclosure: { min: options.disclosure.min, max: options.disclosure.max },
    });
    results.push(...(table.objects() as ResultRow[]).filter((r) => r.area === workbook.area.code));
  });
  return { workbook, definitions, results, outcomeOf };
}

/**
 * The local measures of a workbook that belong to some outcomes, for one
 * area: their definitions (in workbook order) and results. Nothing when no
 * workbook was given or it is another area's. How the pack's needs and
 * strengths, baseline and results.csv take local measures in.
 *
 * @example
 * ```ts
 * localMeasuresFor(ctx.evidence, 'S12000039', [1]).definitions.map((d) => d.id); // ['LM1', 'LM2']
 * ```
 */
export function localMeasuresFor(
  local: LocalEvidence | null | undefined,
  areaCode: string,
  outcomes: readonly number[],
): { definitions: IndicatorDefinition[]; results: ResultRow[] } {
  if (!local || local.workbook.area.code !== areaCode) return { definitions: [], results: [] };
  const definitions = local.definitions.filter((d) => d.outcome !== null && outcomes.includes(d.outcome));
  const ids = new Set(definitions.map((d) => d.id));
  return { definitions, results: local.results.filter((r) => ids.has(r.indicator) && r.area === areaCode) };
}
