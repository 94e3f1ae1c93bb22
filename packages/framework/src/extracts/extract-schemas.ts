/**
 * A counting rule: how one data item is counted from an individual-level
 * extract. A record counts towards `item` in the financial year of its
 * `date` when that date is given and, if `where` is set, the record's
 * `where.column` holds one of `where.values`.
 *
 * @example
 * ```ts
 * const rule: CountingRule = { item: 'diversion-completed', date: 'end_date', where: { column: 'outcome', values: ['completed'] } };
 * ```
 */
export interface CountingRule {
  item: string;
  date: string;
  where?: { column: string; values: readonly string[] };
}

/**
 * A column of an extract that breaks the counts down (who the people are,
 * what happened), with the values the documented schema uses. Values not
 * listed are kept as their own category, with a warning.
 *
 * @example
 * ```ts
 * const sex: ExtractCategory = { column: 'sex', values: ['F', 'M'] };
 * ```
 */
export interface ExtractCategory {
  column: string;
  values: readonly string[];
}

/**
 * The documented schema of one kind of individual-level extract (one row
 * per case, order, referral or person) that `snsa --data` accepts, and the
 * counting rules that turn it into the framework's data items.
 *
 * - `kind`: the extract's name, the topic's `extract` (`diversion`, `bail`, …).
 * - `id`: the column that identifies a record; must be given and unique.
 * - `signature`: a column only this kind has, by which a file is recognised.
 * - `dates`: every date column (ISO `2023-05-31` or UK `31/05/2023`; blank
 *   when the event has not happened).
 * - `order`: pairs of date columns that should come in this order (a record
 *   where the later one is earlier is counted, with a warning).
 * - `categories`: breakdown columns with their documented values.
 * - `rules`: the counting rules, one per data item.
 *
 * @example
 * ```ts
 * const schema = extractSchemas().find((s) => s.kind === 'bail')!;
 * schema.rules.map((r) => r.item); // ['bail-assessment-reports', 'bail-supervision-commenced', 'bail-supervision-completed']
 * ```
 */
export interface ExtractSchema {
  kind: string;
  title: string;
  id: string;
  signature: string;
  dates: readonly string[];
  order: readonly (readonly [string, string])[];
  categories: readonly ExtractCategory[];
  rules: readonly CountingRule[];
}

/**
 * The age bands of the documented schema (an `age` column in whole years is banded into these).
 *
 * @example
 * ```ts
 * AGE_BANDS[0]; // '16-17'
 * AGE_BANDS.at(-1); // '51+'
 * ```
 */
export const AGE_BANDS = ['16-17', '18-20', '21-25', '26-30', '31-40', '41-50', '51+'] as const;

const person: ExtractCategory[] = [
  { column: 'age_band', values: AGE_BANDS },
  { column: 'sex', values: ['F', 'M'] },
];
const yesNo = ['Y', 'N'] as const;

const SCHEMAS: readonly ExtractSchema[] = Object.freeze(([
  {
    kind: 'diversion',
    title: 'Diversion from prosecution cases',
    id: 'case_id',
    signature: 'commenced_date',
    dates: ['referral_date', 'assessment_date', 'commenced_date', 'end_date'],
    order: [
      ['referral_date', 'assessment_date'],
      ['assessment_date', 'commenced_date'],
      ['commenced_date', 'end_date'],
    ],
    categories: [...person, { column: 'outcome', values: ['not-assessed', 'assessed-not-commenced', 'completed', 'not-completed', 'ongoing'] }],
    rules: [
      { item: 'diversion-referrals', date: 'referral_date' },
      { item: 'diversion-assessments', date: 'assessment_date' },
      { item: 'diversion-commenced', date: 'commenced_date' },
      { item: 'diversion-completed', date: 'end_date', where: { column: 'outcome', values: ['completed'] } },
    ],
  },
  {
    kind: 'bail',
    title: 'Bail assessments and bail supervision cases',
    id: 'case_id',
    signature: 'supervision_start_date',
    dates: ['assessment_date', 'supervision_start_date', 'supervision_end_date'],
    order: [
      ['assessment_date', 'supervision_start_date'],
      ['supervision_start_date', 'supervision_end_date'],
    ],
    categories: [...person, { column: 'outcome', values: ['no-supervision', 'completed', 'breached', 'ongoing'] }],
    rules: [
      { item: 'bail-assessment-reports', date: 'assessment_date' },
      { item: 'bail-supervision-commenced', date: 'supervision_start_date' },
      { item: 'bail-supervision-completed', date: 'supervision_end_date', where: { column: 'outcome', values: ['completed'] } },
    ],
  },
  {
    kind: 'custody-referrals',
    title: 'Referrals from police custody',
    id: 'referral_id',
    signature: 'referral_id',
    dates: ['referral_date'],
    order: [],
    categories: [
      ...person,
      { column: 'referred_to', values: ['substance-use', 'mental-health', 'housing', 'welfare-benefits', 'other'] },
      { column: 'engaged', values: yesNo },
    ],
    rules: [{ item: 'custody-referrals', date: 'referral_date' }],
  },
  {
    kind: 'release',
    title: 'People released from a prison sentence',
    id: 'person_id',
    signature: 'release_date',
    dates: ['release_date', 'throughcare_commenced_date'],
    order: [],
    categories: [...person, { column: 'health_continuity', values: yesNo }, { column: 'accommodation', values: yesNo }],
    rules: [
      { item: 'prison-releases', date: 'release_date' },
      { item: 'release-health-continuity', date: 'release_date', where: { column: 'health_continuity', values: ['Y'] } },
      { item: 'release-accommodation', date: 'release_date', where: { column: 'accommodation', values: ['Y'] } },
      { item: 'throughcare-voluntary-commenced', date: 'throughcare_commenced_date' },
    ],
  },
  {
    kind: 'cpo',
    title: 'Community Payback Orders',
    id: 'order_id',
    signature: 'imposed_date',
    dates: ['imposed_date', 'terminated_date'],
    order: [['imposed_date', 'terminated_date']],
    categories: [
      ...person,
      { column: 'unpaid_work', values: yesNo },
      { column: 'supervision', values: yesNo },
      { column: 'termination_reason', values: ['completed', 'early-discharge', 'revoked-breach', 'revoked-other'] },
    ],
    rules: [
      { item: 'cpo-commenced', date: 'imposed_date' },
      { item: 'cpo-unpaid-work', date: 'imposed_date', where: { column: 'unpaid_work', values: ['Y'] } },
      { item: 'cpo-supervision', date: 'imposed_date', where: { column: 'supervision', values: ['Y'] } },
      { item: 'cpo-terminated', date: 'terminated_date' },
      { item: 'cpo-completed', date: 'terminated_date', where: { column: 'termination_reason', values: ['completed', 'early-discharge'] } },
    ],
  },
] satisfies ExtractSchema[]).map((s) => Object.freeze(s)));

/**
 * The documented schemas of the individual-level extracts a partnership can
 * give `snsa --data` (docs/data.md, "Your own individual-level extracts"):
 * one per topic with an extract, with the counting rules that turn records
 * into the framework's data items. Column names match ignoring case and
 * with spaces for underscores (`Case ID` is `case_id`).
 *
 * @returns the schemas (frozen), in topic order
 * @example
 * ```ts
 * extractSchemas().map((s) => s.kind); // ['diversion', 'bail', 'custody-referrals', 'release', 'cpo']
 * ```
 */
export function extractSchemas(): readonly ExtractSchema[] {
  return SCHEMAS;
}

/**
 * A column name as the schemas write it: trimmed, lower case, runs of
 * spaces, hyphens and dots as one underscore.
 *
 * @example
 * ```ts
 * normaliseColumnName(' Case ID '); // 'case_id'
 * ```
 */
export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s.\-]+/g, '_');
}

/**
 * The extract schema a file's header matches (it has the schema's
 * identifying column and its `signature` column), or `null` for a file
 * that is not an individual-level extract.
 *
 * @param header - the file's column names, as read
 * @example
 * ```ts
 * extractSchemaOf(['case_id', 'area', 'commenced_date', 'sex'])?.kind; // 'diversion'
 * extractSchemaOf(['indicator', 'area', 'period', 'numerator']); // null
 * ```
 */
export function extractSchemaOf(header: readonly string[]): ExtractSchema | null {
  const names = new Set(header.map(normaliseColumnName));
  return SCHEMAS.find((s) => names.has(s.id) && names.has(s.signature)) ?? null;
}
