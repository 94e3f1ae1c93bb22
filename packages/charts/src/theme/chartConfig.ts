import { palette } from './palette.js';

/** The font family every chart names and every renderer loads (shipped in `fonts/`). */
export const FONT_FAMILY = 'Liberation Sans';

/** Default plot width in pixels: fits the 16 cm text width of an A4 Word page (96 px per inch) with room for axis labels. */
export const DEFAULT_WIDTH = 480;

/**
 * The Vega-Lite `config` block shared by every preset: the shipped sans-serif font
 * set explicitly, AA-contrast text colours, light gridlines, print-friendly sizes
 * (10–14 px text, legible at 100% on an A4 page), no view frame.
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
      fontSize: 14,
      fontWeight: 'bold',
      color: palette.text,
      anchor: 'start',
      subtitleFont: FONT_FAMILY,
      subtitleFontSize: 11,
      subtitleColor: palette.mutedText,
      offset: 10,
    },
    axis: {
      labelFont: FONT_FAMILY,
      titleFont: FONT_FAMILY,
      labelFontSize: 10,
      titleFontSize: 10.5,
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
      labelFontSize: 10,
      titleFontSize: 10.5,
      labelColor: palette.text,
      titleColor: palette.text,
      orient: 'bottom',
      direction: 'horizontal',
      columns: 4,
    },
    header: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY, labelColor: palette.text },
    text: { font: FONT_FAMILY, color: palette.text, fontSize: 10 },
    concat: { spacing: 6 },
  };
}
