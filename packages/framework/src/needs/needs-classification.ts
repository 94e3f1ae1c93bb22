/**
 * The call {@link classifyNeedsAndStrengths} makes on one indicator in one area.
 *
 * - `'Need'`, `'Strength'`, `'Mixed'`: an indicator with a better/worse
 *   direction and a statistically significant comparison or trend (the row's
 *   `basis` says which). Mixed: the comparison and the trend point opposite ways.
 * - `'No significant difference'`: a direction, but neither the comparison
 *   nor the trend is significant.
 * - `'No trend'`: no significant comparison, and no trend could be measured
 *   (never "stable": nothing was found to be stable).
 * - `'Volume rising'`, `'Volume falling'`, `'Volume steady'`: a volume measure
 *   (a count, or an indicator named in `volumeIndicators`), read as context:
 *   a rising caseload can be rising demand as much as better service, so it is
 *   never a need or strength on its own. A volume whose trend cannot be
 *   measured is `'No trend'`.
 * - `'Not judged'`: the measure has no better/worse direction (polarity
 *   `no-judgement`); its comparison and trend are still described in the rule.
 * - `'Not available'`: the latest value is withheld (small numbers) or missing.
 *
 * @example
 * ```ts
 * const call: NeedsClassification = 'Volume rising';
 * NEEDS_CLASSIFICATION_KIND[call]; // 'context'
 * ```
 */
export type NeedsClassification =
  | 'Need'
  | 'Strength'
  | 'Mixed'
  | 'No significant difference'
  | 'No trend'
  | 'Volume rising'
  | 'Volume falling'
  | 'Volume steady'
  | 'Not judged'
  | 'Not available';

/**
 * Every {@link NeedsClassification}, in the order a report lists them: calls,
 * then context, then indicators with no call.
 *
 * @example
 * ```ts
 * NEEDS_CLASSIFICATIONS[0]; // 'Need'
 * NEEDS_CLASSIFICATIONS.length; // 10
 * ```
 */
export const NEEDS_CLASSIFICATIONS: readonly NeedsClassification[] = Object.freeze([
  'Need',
  'Strength',
  'Mixed',
  'Volume rising',
  'Volume falling',
  'Volume steady',
  'No significant difference',
  'No trend',
  'Not judged',
  'Not available',
] as NeedsClassification[]);

/**
 * What kind of statement a classification is: a `call` (need, strength or
 * mixed, resting on a significant result), `context` (a volume measure's
 * movement) or `no call`.
 *
 * @example
 * ```ts
 * const kind: NeedsClassificationKind = NEEDS_CLASSIFICATION_KIND[row.classification]; // 'call', 'context' or 'no call'
 * ```
 */
export type NeedsClassificationKind = 'call' | 'context' | 'no call';

/**
 * The kind of each {@link NeedsClassification}.
 *
 * @example
 * ```ts
 * NEEDS_CLASSIFICATION_KIND['Need']; // 'call'
 * NEEDS_CLASSIFICATION_KIND['No trend']; // 'no call'
 * ```
 */
export const NEEDS_CLASSIFICATION_KIND: Readonly<Record<NeedsClassification, NeedsClassificationKind>> = Object.freeze({
  Need: 'call',
  Strength: 'call',
  Mixed: 'call',
  'Volume rising': 'context',
  'Volume falling': 'context',
  'Volume steady': 'context',
  'No significant difference': 'no call',
  'No trend': 'no call',
  'Not judged': 'no call',
  'Not available': 'no call',
});

/**
 * Which significant results a call rests on.
 *
 * @example
 * ```ts
 * const [row] = classifyNeedsAndStrengths(results, { area: 'Fife' });
 * const basis: NeedsBasis | null = row.basis; // e.g. 'comparison and trend'; null when no call is made
 * ```
 */
export type NeedsBasis = 'comparison' | 'trend' | 'comparison and trend';
