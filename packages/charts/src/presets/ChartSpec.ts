import type { TopLevelSpec } from 'vega-lite';

/**
 * What every preset returns: the Vega-Lite spec together with the alt text and the
 * data table behind it, so every output path (SVG, PNG, HTML, notebook) carries both.
 *
 * @example
 * ```ts
 * const chart: ChartSpec = trendChart(results, { area: 'S12000039', indicator: 'NI4' });
 * chart.altText; // 'Line chart of ... In 2023-24 the value was 71.2% (95% CI 66.1% to 75.8%) ...'
 * chart.csv.split('\r\n')[0]; // 'period,area_name,value,lower,upper,...'
 * ```
 */
export interface ChartSpec {
  /** Preset that made the chart, e.g. `'trend'`. */
  kind: string;
  /** Chart title (also the spec's title). */
  title: string;
  /** The Vega-Lite spec, theme and data included. */
  spec: TopLevelSpec;
  /**
   * Alt text: a plain-English sentence or three generated from the data, under
   * {@link ALT_TEXT_LIMIT} (300) characters: what the chart shows and its main finding.
   */
  altText: string;
  /**
   * The long description: every sentence the alt text was chosen from (each area,
   * indicator or period in words). For a figure's `aria-describedby` or caption; the
   * data table carries the numbers.
   */
  description: string;
  /** Column order of {@link ChartSpec.dataTable}. */
  columns: string[];
  /** The numbers behind the chart; withheld values appear as `'suppressed'`. */
  dataTable: Record<string, string | number | null>[];
  /** {@link ChartSpec.dataTable} as CSV. */
  csv: string;
  /** Notes drawn under the chart: source, synthetic/provisional labels, caveats, suppression. */
  notes: string[];
}

/**
 * Options every preset accepts.
 *
 * @example
 * ```ts
 * const options: ChartOptions = { title: 'CPO completions', source: 'Justice Social Work Statistics', width: 480 };
 * ```
 */
export interface ChartOptions {
  /**
   * Title. Wrapped to the chart's width; a bracketed qualifier (`[Supporting measure, …]`)
   * is moved to the notes under the chart. __Default value:__ built from the indicator and area names.
   */
  title?: string;
  /** Subtitle (one line, or several). __Default value:__ the unit and period(s) shown. */
  subtitle?: string | string[];
  /** Source note. __Default value:__ the distinct `source` values of the rows drawn. */
  source?: string;
  /** Plot width in pixels. __Default value:__ 480 (fits an A4 Word page). */
  width?: number;
  /** Plot height in pixels. __Default value:__ depends on the preset. */
  height?: number;
}
