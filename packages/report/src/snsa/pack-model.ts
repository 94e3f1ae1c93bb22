/**
 * The assembled SNSA pack: what every output (HTML report, Word document,
 * chart pack, notebook display) is written from. Assembly computes nothing
 * statistical: values, intervals, comparisons and statuses come from
 * `@cjsnsa/framework`, charts from `@cjsnsa/charts`.
 */

/**
 * One chart, rendered, with the alt text and data table public-sector documents must carry.
 *
 * @example
 * ```ts
 * const chart: PackChart = await renderChart(trendChart(results, { indicator: 'NI1b', area: 'S12000039' }), 'trend-NI1b');
 * chart.altText; // a sentence or two with the chart's message; chart.csv holds its data table
 * ```
 */
export interface PackChart {
  /** File stem in the chart pack, e.g. `trend-NI1b`. */
  id: string;
  title: string;
  /** Normalised SVG markup. */
  svg: string;
  /** PNG bytes at 2× (crisp in Word). */
  png: Uint8Array;
  /** Pixel size of the chart at 1× (the PNG is `scale` times this). */
  width: number;
  height: number;
  /** Short alt text (under 300 characters): what the chart shows and its main finding. */
  altText: string;
  /** The long description the alt text was chosen from: the figure's caption and `aria-describedby`. __Default value:__ the alt text. */
  description?: string;
  /** The chart's data as CSV (suppressed values read `suppressed`). */
  csv: string;
  /** The same data as a table, for HTML and Word. */
  data: { columns: string[]; rows: (string | number | null)[][] };
  notes: string[];
}

/**
 * A table in the pack (also written as CSV).
 *
 * @example
 * ```ts
 * const table: PackTable = { id: 'baseline', title: 'CJOIP baseline', columns: ['Indicator', 'Value'], rows: [['NI1b', 120]], notes: [] };
 * tableToCsv(table); // 'Indicator,Value\nNI1b,120\n'
 * ```
 */
export interface PackTable {
  id: string;
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  notes: string[];
}

/**
 * One section of an SNSA, in the order of docs/snsa.md.
 *
 * @example
 * ```ts
 * const section: PackSection = pack.sections[0];
 * section.id; // 'profile'
 * ```
 */
export interface PackSection {
  id: string;
  title: string;
  paragraphs: string[];
  charts: PackChart[];
  tables: PackTable[];
}

/**
 * A finished SNSA data pack for one area and one topic (or all topics).
 *
 * @example
 * ```ts
 * const pack: SnsaPack = await buildSnsaPack(ctx, snsaArea('West Dunbartonshire'), topicById('diversion'));
 * pack.areaName; // 'West Dunbartonshire'
 * pack.synthetic; // true with the embedded demonstration data
 * ```
 */
export interface SnsaPack {
  areaCode: string;
  areaName: string;
  topicId: string;
  topicTitle: string;
  /** What the document is, under its title. __Default value:__ `Strategic Needs and Strengths Assessment data pack`; the annual report sets its own. */
  documentKind?: string;
  /** What the synthetic-data banner says when {@link SnsaPack.synthetic} is true: what the figures are and how to put one's own in. __Default value:__ `SYNTHETIC_BANNER` (the pack's: run `snsa` again with `--data`); the quarterly report sets its own. */
  syntheticNote?: string;
  /** e.g. `cjpf-2023`. */
  frameworkVersion: string;
  /** ISO date the pack was generated. */
  generated: string;
  /** True when any figure in the pack comes from synthetic demonstration data. */
  synthetic: boolean;
  /** Sources named in the pack. */
  sources: string[];
  sections: PackSection[];
  /** Results rows behind the pack, as CSV-ready plain objects. */
  results: Record<string, unknown>[];
  /** Baseline table for the CJOIP. */
  baseline: PackTable;
  warnings: string[];
  /** The same warnings grouped by kind, as the terminal, the report and the Word document show them. */
  warningGroups: WarningGroup[];
  /** Sources in plain words, each once, for the report's Sources section ({@link SnsaPack.sources} keeps them as given). */
  plainSources: string[];
  /** Licences of the sources, in words (the CSV export stamp's `pack_licence`). */
  licence: string;
  /** What analysts need and coordinators do not: derivations, generator seeds, codes; shown at the end of the report and the Word document. */
  annex: PackAnnex;
  /** The small-count rule every count in the pack passed, in words (core `describeSmallCountRule`); every output states it. */
  disclosure: string;
}

/**
 * One kind of warning about the data: how many, the first example and where it is.
 *
 * @example
 * ```ts
 * const [group]: WarningGroup[] = groupWarnings(data.warningIssues);
 * warningGroupLine(group); // the kind of warning, how many, and its first example with where it is
 * ```
 */
export interface WarningGroup {
  /** The message with its values and places left out: what kind of warning it is. */
  kind: string;
  count: number;
  /** The first warning of the kind, in full. */
  example: string;
  /** Where the first one is: `file, row 3, column area`, or `''` when it is about the data as a whole. */
  where: string;
}

/**
 * The technical annex of a pack: for analysts, apart from the coordinator's report.
 *
 * @example
 * ```ts
 * const annex: PackAnnex = technicalAnnex(ctx, pack.results as ResultRow[], pack.sources);
 * annex.tables.map((t) => t.title);
 * ```
 */
export interface PackAnnex {
  paragraphs: string[];
  tables: PackTable[];
}
