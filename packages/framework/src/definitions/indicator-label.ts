import type { IndicatorDefinition } from './indicator-definition.js';
import { LOCAL_LABEL, PROVISIONAL_LABEL, SUPPORTING_LABEL } from './labels.js';

/**
 * Options of {@link indicatorLabel}.
 *
 * @example
 * ```ts
 * indicatorLabel(indicatorDefinition('NI1b'), { id: true }); // 'NI1b: Diversion from prosecution: cases commenced'
 * ```
 */
export interface IndicatorLabelOptions {
  /** Start with the indicator id (`NI4: …`). __Default value:__ `false`. */
  id?: boolean;
}

/**
 * The display name of an indicator: its short name, followed by the labels it
 * must always carry in brackets: the provisional label for a provisional
 * indicator ({@link PROVISIONAL_LABEL}), and the supporting-measure or local
 * label for those kinds. Use this, never `def.name`, wherever an indicator is
 * shown; the results table's `indicator_name` is this value.
 *
 * @param def - an indicator definition
 * @returns the name with its labels
 * @example
 * ```ts
 * indicatorLabel(indicatorDefinition('NI1b'));
 * // 'Diversion from prosecution: cases commenced'
 * indicatorLabel(indicatorDefinition('NI8'), { id: true });
 * // 'NI8: Voluntary throughcare cases commenced [Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes]'
 * ```
 */
export function indicatorLabel(
  def: Pick<IndicatorDefinition, 'id' | 'name' | 'kind' | 'confirmation'>,
  options: IndicatorLabelOptions = {},
): string {
  const labels: string[] = [];
  if (def.confirmation.status === 'provisional') labels.push(PROVISIONAL_LABEL);
  if (def.kind === 'supporting') labels.push(SUPPORTING_LABEL);
  if (def.kind === 'local') labels.push(LOCAL_LABEL);
  const head = options.id ? `${def.id}: ${def.name}` : def.name;
  return labels.length === 0 ? head : `${head} [${labels.join('; ')}]`;
}

/**
 * The indicator wording to show, prefixed with the provisional label when the
 * wording is a proposal rather than text read in the framework.
 *
 * @example
 * ```ts
 * indicatorWording(indicatorDefinition('NI2')); // 'Number of: • referrals from custody centres'
 * indicatorWording(indicatorDefinition('NI8'));
 * // '[Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes] Number of voluntary throughcare cases commenced'
 * ```
 */
export function indicatorWording(def: Pick<IndicatorDefinition, 'wording' | 'confirmation'>): string {
  return def.confirmation.status === 'provisional' ? `[${PROVISIONAL_LABEL}] ${def.wording}` : def.wording;
}
