/**
 * What one column of a Justice Social Work table becomes: observations of
 * a data item (a total, or a `breakdown` row of it in a `group`), nothing
 * (a column no indicator uses), or a rate (fractions 0–1, not read; checked
 * against its counts where `check` names them).
 *
 * @example
 * ```ts
 * const completed: JswColumn = { heading: /^(successfully )?completed?$/i, outputs: [{ item: 'cpo-completed' }] };
 * ```
 */
export interface JswColumn {
  /** matched against the column's measure: its heading without the year and `[note n]` markers, or the table title when the heading is only a year */
  heading: RegExp;
  /** how the column reads in the list of columns a table knows */
  label: string;
  /** the observations each cell gives; empty for a column no indicator uses */
  outputs: { item: string; group?: string; breakdown?: string }[];
  /** a rate column: `fraction` (0–1, checked) or `per-10000` (not checked) */
  rate?: 'fraction' | 'per-10000';
  /** for a fraction: the data items of its numerator and denominator in the same table, to check it against */
  check?: { numerator: string; denominator: string };
}

/**
 * A Justice Social Work local-authority table cjsnsa recognises, by its
 * title (sheet numbers change from one year's workbook to the next, titles
 * much less), and what each of its columns becomes.
 *
 * @example
 * ```ts
 * JSW_TABLES.find((t) => t.id === 'cpo-terminated')?.sheet; // 'CPO_23'
 * ```
 */
export interface JswTable {
  id: string;
  /** the sheet name in the workbook the layout follows (documentation only: tables are found by title) */
  sheet: string;
  /** what the table is, for messages and docs */
  description: string;
  /** matched against the title with `[note n]` markers and a leading `Table X:` removed */
  title: RegExp;
  /** the columns it knows; an empty list marks a table recognised but used by no indicator */
  columns: JswColumn[];
}

const RATE_FRACTION = /\b(rate|proportion|percentage|per ?cent)\b|%/i;
const RATE_PER_10000 = /per 10,?000|per 1,?000\b|per head/i;
/** Rate columns every table may have: read as rates (never as counts). */
const RATES: JswColumn[] = [
  { heading: RATE_PER_10000, label: 'rate per 10,000 population (not read)', outputs: [], rate: 'per-10000' },
  { heading: RATE_FRACTION, label: 'rate or proportion, as a fraction (not read)', outputs: [], rate: 'fraction' },
];
const counts = (label: string, heading: RegExp, item: string | null): JswColumn => ({ heading, label, outputs: item ? [{ item }] : [] });
const reason = (label: string, heading: RegExp, also: { item: string }[] = []): JswColumn => ({
  heading,
  label,
  outputs: [...also, { item: 'cpo-terminated', group: 'reason for termination', breakdown: label }],
});

/**
 * The Justice Social Work tables `readJswWorkbook` reads: each one's title
 * pattern, the sheet its layout follows, and which data item each column
 * heading (or, for a table with one column per year, the title) gives.
 * Rate columns (`rate`, `proportion`, `%`, `per 10,000`) are never read as
 * counts: beside counts they are left out with a warning (a completion
 * rate checked against its counts); a table of rates only is refused.
 * Tables by court, sex, age, offence or requirement are recognised and
 * not read (no indicator uses them), with a warning.
 *
 * Built to the published Scottish Government layout conventions (one table
 * per sheet, title in A1, `[c]`/`[x]`/`[z]`/`[low]` symbols, `[note n]`
 * markers); not yet tested on a real JSW workbook (none was at hand).
 *
 * | table | sheet | columns → data item |
 * |---|---|---|
 * | CPOs by court, sex, age, offence, requirement | CPO_9, CPO_10 … | recognised, not read |
 * | CPOs terminated by reason | CPO_23 | Completed → `cpo-completed` (and reason breakdown); Revoked (breach), Revoked (other), Early discharge, Transferred, Died, Other → `cpo-terminated` breakdown by reason; Total → `cpo-terminated`; completion rate checked, not read |
 * | CPOs commenced | CPO_4 | count (or one column per year) → `cpo-commenced` |
 * | Diversion from prosecution | DIV_1 | Referrals not read; Assessments → `diversion-assessments`; Commenced → `diversion-commenced`; Completed → `diversion-completed` |
 * | Bail information and supervision | BAIL_1 | Assessment reports → `bail-assessment-reports`; Commenced → `bail-supervision-commenced`; Completed → `bail-supervision-completed` |
 * | DTTOs | DTTO_1 | Commenced → `dtto-commenced`; terminations not read |
 * | Voluntary throughcare | VT_1 | Commenced → `throughcare-voluntary-commenced`; referrals, completions not read |
 *
 * @example
 * ```ts
 * JSW_TABLES.map((t) => t.id);
 * // ['by-breakdown', 'cpo-terminated', 'cpo-commenced', 'diversion', 'bail', 'dtto', 'voluntary-throughcare']
 * ```
 */
export const JSW_TABLES: readonly JswTable[] = [
  {
    id: 'by-breakdown',
    sheet: 'CPO_9',
    description: 'orders or cases by court, sex, age, offence or requirement (not read: no indicator uses them)',
    title: /\bby (type of court|court|sex|gender|age|main offence|offence|crime|requirement|ethnic\w*|employment)/i,
    columns: [],
  },
  {
    id: 'cpo-terminated',
    sheet: 'CPO_23',
    description: 'community payback orders terminated, by reason for termination and local authority',
    title: /community payback orders?\b.*\bterminat/i,
    columns: [
      ...RATES.slice(0, 1),
      { ...RATES[1], label: 'successful completion rate, as a fraction (checked, not read)', check: { numerator: 'cpo-completed', denominator: 'cpo-terminated' } },
      reason('Completed', /^(successfully )?complet(ed|ions?)$/i, [{ item: 'cpo-completed' }]),
      reason('Revoked (breach)', /revoked.*breach|breach.*revoked|^breach/i),
      reason('Revoked (other)', /revoked/i),
      reason('Early discharge', /early discharge|discharged early/i),
      reason('Transferred', /transfer/i),
      reason('Died', /died|death/i),
      reason('Other', /^other( reasons?)?$/i),
      counts('Total', /^(all|total)( (orders )?terminat\w*)?( orders)?$|terminated$/i, 'cpo-terminated'),
    ],
  },
  {
    id: 'cpo-commenced',
    sheet: 'CPO_4',
    description: 'community payback orders commenced (imposed), by local authority',
    title: /community payback orders?\b.*\b(commenc|impos)/i,
    columns: [...RATES, counts('Commenced (or one column per year)', /^(number( of orders)?|orders|total|all orders|(orders )?(commenced|imposed))$|community payback orders?\b.*\b(commenc|impos)/i, 'cpo-commenced')],
  },
  {
    id: 'diversion',
    sheet: 'DIV_1',
    description: 'diversion from prosecution: referrals, assessments, cases commenced and completed, by local authority',
    title: /diversion/i,
    columns: [
      ...RATES,
      counts('Referrals (not read)', /referr/i, null),
      counts('Assessments', /assess/i, 'diversion-assessments'),
      counts('Cases commenced', /commenc/i, 'diversion-commenced'),
      counts('Cases completed', /complet/i, 'diversion-completed'),
    ],
  },
  {
    id: 'bail',
    sheet: 'BAIL_1',
    description: 'bail information and supervision: assessment reports, cases commenced and completed, by local authority',
    title: /\bbail\b/i,
    columns: [
      ...RATES,
      counts('Assessment reports', /assess|suitability|report/i, 'bail-assessment-reports'),
      counts('Cases commenced', /commenc/i, 'bail-supervision-commenced'),
      counts('Cases completed', /complet/i, 'bail-supervision-completed'),
    ],
  },
  {
    id: 'dtto',
    sheet: 'DTTO_1',
    description: 'drug treatment and testing orders commenced, by local authority',
    title: /drug treatment and testing|\bDTTOs?\b/i,
    columns: [...RATES, counts('Terminated, completed or revoked (not read)', /terminat|complet|revok/i, null), counts('Commenced', /commenc|impos/i, 'dtto-commenced')],
  },
  {
    id: 'voluntary-throughcare',
    sheet: 'VT_1',
    description: 'voluntary throughcare: referrals, cases commenced and completed, by local authority',
    title: /voluntary throughcare/i,
    columns: [...RATES, counts('Referrals or completions (not read)', /referr|complet|terminat/i, null), counts('Cases commenced', /commenc|start/i, 'throughcare-voluntary-commenced')],
  },
];

/**
 * Sheet names of JSW tables (`CPO_23`, `DIV_1`, `DTTO_3a`): a workbook with one is read as JSW tables.
 *
 * @example
 * ```ts
 * JSW_SHEET.test('CPO_23'); // true
 * JSW_SHEET.test('Sheet1'); // false
 * ```
 */
export const JSW_SHEET = /^(CPO|DTTO|DIV|DFP|BAIL|BS|VT|TC|THR|CJSWR|SWR|RLO|JSW)[_ ]?\d+[a-z]?$/i;
/** Sheets that hold no table: cover, contents, notes. */
export const FRONT_SHEET = /^(cover( ?sheet)?|contents|table[_ ]of[_ ]contents|index|notes?|introduction|definitions|glossary|key|information|metadata|about)$/i;

/** Internal: the table a title is, or null. */
export function jswTableOf(title: string): JswTable | null {
  return JSW_TABLES.find((t) => t.title.test(title)) ?? null;
}

/** Internal: the column a measure is in a table, or null. */
export function jswColumnOf(table: JswTable, measure: string): JswColumn | null {
  return table.columns.find((c) => c.heading.test(measure)) ?? null;
}
