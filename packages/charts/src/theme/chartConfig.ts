import { palette } from './palette.js';

/**
 * The font family every chart names and every renderer loads (shipped in `fonts/`).
 *
 * @example
 * ```ts
 * chartConfig().font === FONT_FAMILY; // true: 'Liberation Sans'
 * ```
 */
export const FONT_FAMILY = 'Liberation Sans';

/**
 * Default plot width in pixels: fits the 16 cm text width of an A4 Word page (96 px per inch) with room for axis labels.
 *
 * @example
 * ```ts
 * DEFAULT_WIDTH; // 480 (pixels), about 12.7 cm at 96 px per inch
 * ```
 */
export const DEFAULT_WIDTH = 480;

/**
 * The smallest text any chart draws, in pixels at 1×: labels, notes and legends. At
 * 11 px text stays legible when a chart is shown at its own size in HTML and printed
 * on an A4 page (Analysis Function guidance: text in charts no smaller than body text
 * allows; WCAG 1.4.4 asks that it can be read without zooming past 200%).
 *
 * @example
 * ```ts
 * MIN_FONT_SIZE; // 11: no label, note or legend is drawn smaller
 * ```
 */
export const MIN_FONT_SIZE = 11;

/**
 * The Vega-Lite `config` block shared by every preset: the shipped sans-serif font
 * set explicitly, AA-contrast text colours, light gridlines, print-friendly sizes
 * (11–15 px text, legible at 100% on an A4 page and in HTML), no view frame.
 *
 * @example
 * ```ts
 * chartConfig().font; // 'Liberation Sans'
 * ```
 */
export function chartConfig(): Record<string, unknown> {
  return {
    font: FONT_FAMILY,
    background: palette.background,
    padding: 8,
    view: { stroke: null },
    title: {
      font: FONT_FAMILY,
      fontSize: 15,
      fontWeight: 'bold',
      color: palette.text,
      anchor: 'start',
      subtitleFont: FONT_FAMILY,
      subtitleFontSize: 12,
      subtitleLineHeight: 15,
      lineHeight: 18,
      subtitleColor: palette.mutedText,
      offset: 10,
    },
    axis: {
      labelFont: FONT_FAMILY,
      titleFont: FONT_FAMILY,
      labelFontSize: MIN_FONT_SIZE,
      titleFontSize: MIN_FONT_SIZE,
      labelColor: palette.text,
      titleColor: palette.mutedText,
      titleFontWeight: 'normal',
      gridColor: palette.grid,
      domainColor: palette.mutedText,
      tickColor: palette.mutedText,
    },
    legend: {
      labelFont: FONT_FAMILY,
      titleFont: FONT_FAMILY,
      labelFontSize: MIN_FONT_SIZE,
      titleFontSize: MIN_FONT_SIZE,
      labelColor: palette.text,
      titleColor: palette.text,
      orient: 'bottom',
      direction: 'horizontal',
      columns: 4,
    },
    header: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY, labelColor: palette.text },
    text: { font: FONT_FAMILY, color: palette.text, fontSize: MIN_FONT_SIZE },
    concat: { spacing: 6 },
  };
}
