/**
 * A group of rows that add up to a total, for secondary suppression:
 * - `by`: the columns held fixed within the group (e.g. `['indicator', 'period']`
 *   makes each indicator × period a group whose rows are the areas);
 * - `total`: how to recognise the group's own total row if it is in the table
 *   (e.g. `{ area: 'S92000003' }` or `{ breakdown: null }`). Without it the
 *   total is assumed to be published elsewhere.
 * - `where`: only rows whose columns hold one of the listed values belong to
 *   the group (e.g. `{ in_family_4: ['yes'] }` for a comparator group's
 *   members and its total row). __Default value:__ every row.
 * - `prefer`: which cell to withhold first when the group needs one more:
 *   `'parts'` (the smallest non-zero part) or `'total'` (the group's total
 *   row, e.g. a comparator-group total, so that council figures stay
 *   published). __Default value:__ `'parts'`.
 *
 * @example
 * ```ts
 * const areasWithinScotland: DisclosureGroup = { by: ['indicator', 'period'], total: { area: 'S92000003' } };
 * const familyGroup: DisclosureGroup = { by: ['indicator', 'period'], where: { in_family_4: ['yes'] }, total: { area: 'lgbf-people-4' }, prefer: 'total' };
 * ```
 */
export interface DisclosureGroup {
  by: string[];
  total?: Record<string, string | number | null>;
  where?: Record<string, (string | number | null)[]>;
  prefer?: 'parts' | 'total';
  /**
   * Whether the group's cells may all be withheld together (status
   * `withheld-with-group`) when a suppressed count in it, or its total,
   * cannot otherwise keep the rule's whole range: right for a breakdown of
   * a count (by sex, age band…), not for the areas of Scotland.
   * __Default value:__ `false`.
   */
  whole?: boolean;
}

/**
 * A small-count disclosure control rule. It is a parameter, not a fixed
 * rule: publishers differ (suppressing counts of 1–4 is a common convention
 * in UK health and justice statistics; some use 1–9 as a risk trigger), so
 * set it to match the data owner's protocol.
 *
 * - `min`, `max`: counts from `min` to `max` (inclusive) are suppressed.
 *   __Default value:__ `1` and `4` (zero is not suppressed: set `min: 0` to
 *   suppress zeros too).
 * - `columns`: the count columns checked. __Default value:__ `['numerator']`.
 * - `groups`: sets of rows that add up to a total, for secondary suppression;
 *   each either the columns held fixed (`['indicator', 'period']`) or a
 *   {@link DisclosureGroup}. __Default value:__ `[]` (no secondary suppression).
 * - `denominator`: `'suppress-small'` withholds a row whose `denominator` is
 *   in the range (a percentage of 3 people discloses them all); `'keep'`
 *   leaves denominators alone. Denominators themselves are never nulled.
 *   __Default value:__ `'suppress-small'`.
 * - `complement`: also withhold a row where `denominator − numerator` is in
 *   the range (e.g. 48 of 50: the 2 who did not are disclosed).
 *   __Default value:__ `false`.
 * - `derived`: columns computed from the counts, nulled on withheld rows.
 *   __Default value:__ `['value', 'lower', 'upper', 'lower_998', 'upper_998']`.
 * - `audit`: after the one-cell rule, audit what a reader can work out and
 *   withhold more where needed: (1) in each group whose total is known,
 *   every withheld count must keep at least two values consistent with the
 *   sum and with what the published statuses say (a `suppressed` count lies
 *   in the range, a `secondary-suppressed` one does not); (2) no withheld
 *   count may follow from any combination of the groups' sums (exact
 *   elimination, e.g. across areas × breakdowns). A secondary cell readers
 *   can work out anyway is published again. __Default value:__ `true`.
 *
 * @example
 * ```ts
 * const rule: DisclosureRule = { min: 1, max: 9, groups: [['indicator', 'period']] };
 * ```
 */
export interface DisclosureRule {
  min?: number;
  max?: number;
  columns?: string[];
  groups?: (string[] | DisclosureGroup)[];
  denominator?: 'suppress-small' | 'keep';
  complement?: boolean;
  derived?: string[];
  audit?: boolean;
}
