/**
 * The one colour set of every cjsnsa chart. Comparison colours come from the
 * Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design")
 * and never carry meaning alone: every comparison also has a shape
 * ({@link comparisonShapes}) and a word in the legend, labels and alt text.
 * Text colours meet WCAG 2.1 AA contrast (4.5:1) on white, checked in a test.
 *
 * @example
 * ```ts
 * palette.comparison.Better; // '#0072B2' (blue)
 * palette.comparison.Worse;  // '#D55E00' (vermillion)
 * ```
 */
export const palette = {
  /** Fill per comparison with a benchmark (`Comparison` of `@cjsnsa/core`). */
  comparison: {
    Better: '#0072B2',
    Similar: '#F0E442',
    Worse: '#D55E00',
    Higher: '#332288',
    Lower: '#88CCEE',
    Best: '#004B7A',
    Worst: '#8A3C00',
    'Not compared': '#FFFFFF',
  } as Record<string, string>,
  /** Text drawn on top of each comparison fill (heat-map cells): AA contrast with the fill. */
  comparisonText: {
    Better: '#FFFFFF',
    Similar: '#1A1A1A',
    Worse: '#1A1A1A',
    Higher: '#FFFFFF',
    Lower: '#1A1A1A',
    Best: '#FFFFFF',
    Worst: '#FFFFFF',
    'Not compared': '#1A1A1A',
  } as Record<string, string>,
  /** Main text (titles, labels). */
  text: '#1A1A1A',
  /** Secondary text (subtitles, notes, axis titles). */
  mutedText: '#4D4D4D',
  /** Outline of marks, so light fills (yellow, white) keep 3:1 non-text contrast. */
  outline: '#333333',
  /** The area's own series. */
  area: '#0072B2',
  /** Scotland benchmark line or rule. */
  scotland: '#1A1A1A',
  /** Comparator group line. */
  group: '#6E6E6E',
  /** Interval band behind a trend line. */
  band: '#BFD9EC',
  /** Spine chart ranges: worst–best and interquartile. */
  rangeOuter: '#E3E3E3',
  rangeInner: '#ABABAB',
  /** Shading behind caveated periods. */
  caveat: '#EDEDED',
  /** Gridlines and axis domain. */
  grid: '#DDDDDD',
  /** Categorical series (composition charts): Okabe–Ito order without yellow. */
  categorical: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'],
  background: '#FFFFFF',
  /**
   * Likert scales (diverging bars): positive levels in blues, strongest first; negative levels in
   * oranges, mildest first; the neutral level grey. Okabe–Ito hues with a lighter and a darker step.
   */
  likert: {
    positive: ['#0072B2', '#56B4E9', '#A9D8F3'],
    neutral: '#D9D9D9',
    negative: ['#F2C46D', '#E69F00', '#A65300'],
  },
} as const;

/**
 * Order of comparison categories in legends.
 *
 * @example
 * ```ts
 * COMPARISON_ORDER.indexOf('Better') < COMPARISON_ORDER.indexOf('Worse'); // true
 * ```
 */
export const COMPARISON_ORDER = ['Better', 'Similar', 'Worse', 'Higher', 'Lower', 'Best', 'Worst', 'Not compared'] as const;
