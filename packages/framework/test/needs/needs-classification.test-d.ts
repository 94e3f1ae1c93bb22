/**
 * Type-level tests of the needs-and-strengths API: compile-only usage and
 * misuse the types must reject (`@ts-expect-error`). Checked by
 * needs-classification.test.ts, which runs the TypeScript compiler on this file.
 */
import {
  classifyNeedsAndStrengths,
  NEEDS_CLASSIFICATION_KIND,
  type NeedsAndStrengthsRow,
  type NeedsBasis,
  type NeedsClassification,
  type ResultRow,
} from '../../src/index.js';

declare const results: ResultRow[];
const rows: NeedsAndStrengthsRow[] = classifyNeedsAndStrengths(results, { area: 'Dumfries and Galloway', volumeIndicators: ['SM-cpo-rate'] });

// a consumer can switch on every label, and the switch is exhaustive
export function shade(label: NeedsClassification): string {
  switch (label) {
    case 'Need': return 'orange';
    case 'Strength': return 'blue';
    case 'Mixed': return 'grey';
    case 'Volume rising':
    case 'Volume falling':
    case 'Volume steady': return 'none';
    case 'No significant difference':
    case 'No trend':
    case 'Not judged':
    case 'Not available': return 'none';
    default: {
      const unreachable: never = label;
      return unreachable;
    }
  }
}
export const kinds = rows.map((r) => NEEDS_CLASSIFICATION_KIND[r.classification]);
export const basis: (NeedsBasis | null)[] = rows.map((r) => r.basis);

// @ts-expect-error: "Stable" is not a classification (no trend is "No trend"; nothing significant is "No significant difference")
export const stable: NeedsClassification = 'Stable';
// @ts-expect-error: "Insufficient data" is not a classification ("Not judged" or "Not available" say which)
export const insufficient: NeedsClassification = 'Insufficient data';
// @ts-expect-error: the benchmark is Scotland or the group
classifyNeedsAndStrengths(results, { against: 'england' });
// @ts-expect-error: a basis is a comparison, a trend or both
export const wrongBasis: NeedsBasis = 'count';
