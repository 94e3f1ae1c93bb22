import { STATUS_CODES } from '@cjsnsa/core';

/**
 * What one CSV column of a pack holds: its heading for people, meaning, units and allowed values.
 *
 * @example
 * ```ts
 * const entry: ColumnEntry = COLUMN_DICTIONARY.area_type;
 * entry.allowed; // 'council, scotland, group'
 * ```
 */
export interface ColumnEntry {
  /** Heading shown wherever a person reads the column (HTML and Word tables). */
  label: string;
  meaning: string;
  /** Units, or `''` for text. */
  unit: string;
  /** Allowed values, or how they are written; `''` when free text. */
  allowed: string;
}

const STATUS_ALLOWED = `one or more of ${STATUS_CODES.join(', ')}, joined by "; " (the technical annex at the end of report.html says what each means)`;
const COMPARISON = 'Better, Similar, Worse (statistically significant at 95%, for indicators with a better direction); Higher, Similar, Lower (no better direction); Not compared (counts, or no interval); blank';
const PERIOD = 'financial year 2023-24 (April to March), calendar year 2023, or quarter 2023-24 Q3';
const VALUE_UNIT = 'the indicator\'s unit (see unit, or the chart title)';

/**
 * Every column a pack's CSV files can hold (results.csv, baseline.csv, the
 * chart pack's CSVs, and the export stamp columns added to each), by its
 * machine name. The machine names stay in the CSVs, where analysts'
 * scripts read them; `label` is the heading a person reads in the HTML
 * and Word tables; the rest is written to each pack's
 * `data-dictionary.csv`. Confidence levels are in the names of interval
 * columns (`lower_95_ci`), as FingertipsNext exports name them
 * ("Lower 95% CI").
 *
 * @example
 * ```ts
 * COLUMN_DICTIONARY.indicator.label; // 'Indicator code'
 * ```
 */
export const COLUMN_DICTIONARY: Readonly<Record<string, ColumnEntry>> = {
  indicator: { label: 'Indicator code', meaning: 'CJPF national indicator (NI…) or supporting measure (SM-…) id', unit: '', allowed: 'an id from the framework catalogue' },
  indicator_name: { label: 'Indicator', meaning: 'name of the indicator, with [Provisional…] or [Supporting measure…] where it applies', unit: '', allowed: '' },
  indicator_kind: { label: 'Kind of indicator', meaning: 'national indicator of the CJPF, or a supporting measure', unit: '', allowed: 'national, supporting, local' },
  outcome: { label: 'Outcome', meaning: 'CJPF nationally determined outcome the indicator or service contributes to', unit: '', allowed: 'outcome number 1 to 9 (results.csv), "Outcome n" (charts)' },
  confirmation: { label: 'Definition', meaning: 'whether the indicator\'s definition is confirmed against the CJPF Guidance and Technical Notes', unit: '', allowed: 'confirmed, provisional' },
  measure: { label: 'Measure', meaning: 'kind of figure (results.csv); what a services bar shows (services chart)', unit: '', allowed: 'count, rate, percentage, mean (results.csv); Places, Referrals YYYY-YY (services chart)' },
  unit: { label: 'Unit', meaning: 'unit of value, lower and upper', unit: '', allowed: 'count, %, per 10,000 population aged 16–70, reconvictions per offender' },
  polarity: { label: 'Better when', meaning: 'which direction is better for the indicator', unit: '', allowed: 'high-is-good, low-is-good, no-judgement (no better direction)' },
  area: { label: 'Area code', meaning: 'GSS code of the area the row is about', unit: '', allowed: 'S12… (council area), S92000003 (Scotland), LGBF family group id' },
  area_name: { label: 'Area', meaning: 'name of the area the row is about', unit: '', allowed: '' },
  area_type: { label: 'Kind of area', meaning: 'council area, Scotland, or LGBF family group', unit: '', allowed: 'council, scotland, group' },
  period: { label: 'Period', meaning: 'period the figure covers', unit: '', allowed: PERIOD },
  population_year: { label: 'Population year', meaning: 'rates: the NRS mid-year of the population aged 16–70 used as denominator', unit: 'year', allowed: 'year; blank for other measures' },
  population_base: { label: 'Population series', meaning: 'rates: the series of that population estimate', unit: '', allowed: 'unrebased (before the Census 2022 rebasing), census-2022; blank for other measures' },
  numerator: { label: 'Numerator', meaning: 'count the value is worked out from (cases, people, orders)', unit: 'count', allowed: 'whole number; blank when withheld or not available' },
  denominator: { label: 'Denominator', meaning: 'count or population the numerator is divided by', unit: 'count or people', allowed: 'whole number; blank for counts' },
  value: { label: 'Value', meaning: 'the figure: a count, rate, percentage or mean', unit: VALUE_UNIT, allowed: 'number; blank or "suppressed" when withheld' },
  lower_95_ci: { label: 'Lower 95% CI', meaning: 'lower limit of the 95% confidence interval of value', unit: VALUE_UNIT, allowed: 'number; blank where there is no interval or the value is withheld' },
  upper_95_ci: { label: 'Upper 95% CI', meaning: 'upper limit of the 95% confidence interval of value', unit: VALUE_UNIT, allowed: 'number; blank where there is no interval or the value is withheld' },
  lower_99_8_ci: { label: 'Lower 99.8% CI', meaning: 'lower limit of the 99.8% confidence interval of value', unit: VALUE_UNIT, allowed: 'number; blank where there is no interval or the value is withheld' },
  upper_99_8_ci: { label: 'Upper 99.8% CI', meaning: 'upper limit of the 99.8% confidence interval of value', unit: VALUE_UNIT, allowed: 'number; blank where there is no interval or the value is withheld' },
  method: { label: 'Interval method', meaning: 'how the confidence interval was worked out (docs/methods.md of cjsnsa)', unit: '', allowed: 'Wilson (percentages), Byars or Exact (counts and rates), a note where there is none' },
  trend: { label: 'Recent trend', meaning: 'result of the recent-trend test over the last five periods (latest row only)', unit: '', allowed: 'Increasing, Decreasing, No significant change, Cannot be calculated; blank on earlier rows' },
  trend_reason: { label: 'Why no trend', meaning: 'why the trend test could not be calculated', unit: '', allowed: 'free text; blank when calculated' },
  trend_direction: { label: 'Trend direction', meaning: 'whether a significant trend is getting better or worse', unit: '', allowed: 'getting better, getting worse, blank' },
  change_abs: { label: 'Change', meaning: 'change in value since the first of the five periods (latest row only)', unit: VALUE_UNIT, allowed: 'number; blank on earlier rows' },
  change_pct: { label: 'Change (%)', meaning: 'change since the first of the five periods as a percentage of it', unit: '%', allowed: 'number; blank on earlier rows' },
  scotland_value: { label: 'Scotland', meaning: 'Scotland\'s value for the same indicator and period (sum of the 32 council areas)', unit: VALUE_UNIT, allowed: 'number; blank when withheld' },
  comparison_scotland: { label: 'Compared with Scotland', meaning: 'comparison of value with Scotland\'s', unit: '', allowed: COMPARISON },
  group_name: { label: 'Family group', meaning: 'the area\'s LGBF people-based family group (councils serving similar populations)', unit: '', allowed: '' },
  group_value: { label: 'Family group value', meaning: 'the family group\'s value (sum of its councils)', unit: VALUE_UNIT, allowed: 'number; blank when withheld' },
  comparison_group: { label: 'Compared with family group', meaning: 'comparison of value with the family group\'s', unit: '', allowed: COMPARISON },
  status: { label: 'Status', meaning: 'caveats of the figure', unit: '', allowed: STATUS_ALLOWED },
  source: { label: 'Source', meaning: 'publication or extract the figure came from', unit: '', allowed: '' },
  framework_version: { label: 'Framework', meaning: 'version of the Community Justice Performance Framework used', unit: '', allowed: 'cjpf-2023' },
  breakdown: { label: 'Group', meaning: 'category the count is broken down by (age band, sex, outcome …)', unit: '', allowed: 'category label' },
  range_min: { label: 'Lowest area', meaning: 'lowest value among the 32 council areas', unit: VALUE_UNIT, allowed: 'number' },
  range_q25: { label: '25th percentile', meaning: '25th percentile of the 32 council areas\' values', unit: VALUE_UNIT, allowed: 'number' },
  range_q75: { label: '75th percentile', meaning: '75th percentile of the 32 council areas\' values', unit: VALUE_UNIT, allowed: 'number' },
  range_max: { label: 'Highest area', meaning: 'highest value among the 32 council areas', unit: VALUE_UNIT, allowed: 'number' },
  service: { label: 'Service', meaning: 'service name, as in the services register', unit: '', allowed: '' },
  provider: { label: 'Provider type', meaning: 'kind of organisation providing the service', unit: '', allowed: 'e.g. Third sector, NHS, Housing association' },
  services: { label: 'Services', meaning: 'number of services contributing to the outcome', unit: 'count of services', allowed: 'whole number' },
  funder: { label: 'Funder', meaning: 'who funds the service, as in the register', unit: '', allowed: 'free text; blank when not recorded' },
  start: { label: 'Funding starts', meaning: 'date the service\'s funding starts', unit: 'date', allowed: 'YYYY-MM-DD' },
  end: { label: 'Funding ends', meaning: 'date the service\'s funding ends', unit: 'date', allowed: 'YYYY-MM-DD' },
  funding: { label: 'Funding', meaning: 'funding position at the pack\'s date', unit: '', allowed: 'e.g. Ended, Ends within 12 months, Continues' },
  score: { label: 'Score', meaning: 'self-evaluation score of the outcome, on the scale of the local evidence workbook', unit: 'points on the scale', allowed: 'whole number on the scale; blank when not scored' },
  score_label: { label: 'Score meaning', meaning: 'the score\'s label on the scale', unit: '', allowed: 'e.g. Good; blank on a scale without labels' },
  evidence_items: { label: 'Evidence items', meaning: 'narrative evidence items recorded against the outcome in the local evidence workbook', unit: 'count of items (documents, not people)', allowed: 'whole number' },
  local_measures: { label: 'Local measures', meaning: 'local measures recorded against the outcome in the local evidence workbook', unit: 'count of measures', allowed: 'whole number' },
  item: { label: 'Statement or group', meaning: 'lived-experience survey: the statement answered, or the group of respondents answering it', unit: '', allowed: '' },
  level: { label: 'Answer', meaning: 'lived-experience survey: the answer on the scale (e.g. Strongly agree)', unit: '', allowed: 'the levels of the survey\'s question schema' },
  option: { label: 'Option', meaning: 'lived-experience survey: the option chosen', unit: '', allowed: 'the options of the survey\'s question schema' },
  percent: { label: 'Percentage', meaning: 'lived-experience survey: share of the respondents to the question giving the answer', unit: '% of respondents', allowed: 'number to 1 dp; "suppressed" when the group is withheld (minimum-respondent rule)' },
  lower_percent: { label: 'Lower 95% CI (%)', meaning: 'lived-experience survey: lower limit of the 95% Wilson interval of the percentage', unit: '% of respondents', allowed: 'number to 1 dp; "suppressed" when withheld' },
  upper_percent: { label: 'Upper 95% CI (%)', meaning: 'lived-experience survey: upper limit of the 95% Wilson interval of the percentage', unit: '% of respondents', allowed: 'number to 1 dp; "suppressed" when withheld' },
  count: { label: 'Respondents choosing', meaning: 'lived-experience survey: respondents giving the answer', unit: 'count of people', allowed: 'whole number; "suppressed" when the group is withheld' },
  respondents: { label: 'Respondents', meaning: 'lived-experience survey: people in the group who answered the question', unit: 'count of people', allowed: 'whole number, at least the minimum number of respondents; "suppressed" when withheld' },
  pack_source: { label: 'Pack sources', meaning: 'export stamp: every source of the pack\'s figures, in plain words (the technical annex gives them in full)', unit: '', allowed: 'sources joined by " | "' },
  pack_licence: { label: 'Licence', meaning: 'export stamp: licence of the sources', unit: '', allowed: '' },
  pack_produced: { label: 'Date produced', meaning: 'export stamp: date the pack was produced (and the date funding is judged from)', unit: 'date', allowed: 'YYYY-MM-DD' },
  pack_area: { label: 'Pack area', meaning: 'export stamp: the council area the pack is for, name and GSS code', unit: '', allowed: '' },
  pack_period: { label: 'Pack periods', meaning: 'export stamp: earliest and latest period of the pack\'s results', unit: '', allowed: '"2019-20 to 2023-24"' },
};

/**
 * CSV column names renamed as they are written so that the confidence level
 * is in the name (FingertipsNext's "Lower 95% CI"): results and chart
 * tables call them `lower` and `upper` (95%) and `lower_998`, `upper_998`.
 *
 * @example
 * ```ts
 * CSV_COLUMN_RENAMES.lower; // 'lower_95_ci'
 * ```
 */
export const CSV_COLUMN_RENAMES: Readonly<Record<string, string>> = {
  lower: 'lower_95_ci',
  upper: 'upper_95_ci',
  lower_998: 'lower_99_8_ci',
  upper_998: 'upper_99_8_ci',
};

/**
 * The heading a person reads for a column: its {@link COLUMN_DICTIONARY}
 * label (by its name as written in the CSV or as the chart calls it), or
 * the name itself when it is already a heading (the baseline table's).
 *
 * @example
 * ```ts
 * columnLabel('scotland_value'); // 'Scotland'
 * columnLabel('lower'); // 'Lower 95% CI'
 * columnLabel('Latest period'); // 'Latest period'
 * ```
 */
export function columnLabel(name: string): string {
  return COLUMN_DICTIONARY[CSV_COLUMN_RENAMES[name] ?? name]?.label ?? name;
}

/**
 * Whether a column holds status codes (`status`, or the baseline table's `Status`).
 *
 * @example
 * ```ts
 * isStatusColumn('Status'); // true
 * isStatusColumn('value'); // false
 * ```
 */
export function isStatusColumn(name: string): boolean {
  return name.toLowerCase() === 'status';
}
