/**
 * Point shape per comparison, so that Better/Similar/Worse never rely on colour
 * alone (Vega shape names).
 *
 * @example
 * ```ts
 * comparisonShapes.Better; // 'triangle-up'
 * comparisonShapes.Worse;  // 'triangle-down'
 * ```
 */
export const comparisonShapes: Record<string, string> = {
  Better: 'triangle-up',
  Similar: 'circle',
  Worse: 'triangle-down',
  Higher: 'diamond',
  Lower: 'square',
  Best: 'triangle-up',
  Worst: 'triangle-down',
  'Not compared': 'cross',
};
