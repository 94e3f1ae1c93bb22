/** Codes of extract categories that read badly when only their hyphens are dropped. */
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  'revoked-breach': 'Revoked (breach)',
  'revoked-other': 'Revoked (other reason)',
  'early-discharge': 'Early discharge',
  'assessed-not-commenced': 'Assessed, not commenced',
  'not-assessed': 'Not assessed',
  'not-completed': 'Not completed',
  'no-supervision': 'No supervision',
  'mental-health': 'Mental health',
  'substance-use': 'Substance use',
  'welfare-benefits': 'Welfare benefits',
  F: 'Female',
  M: 'Male',
  Y: 'Yes',
  N: 'No',
};

/** Breakdown columns whose blank means "has not happened yet", not "not recorded". */
const BLANK_MEANS_NOT_YET: Readonly<Record<string, string>> = {
  termination_reason: 'Not yet ended',
};

/**
 * An extract category as a legend or table reads it: codes in words
 * (`revoked-breach` → "Revoked (breach)", `F` → "Female"), other hyphenated
 * codes with a capital and spaces, and a blank category (counted as
 * core's "Unknown") in words where a blank has a meaning: an order with no
 * termination reason has not ended yet.
 *
 * @param column - the extract's breakdown column
 * @param category - the category as counted
 * @example
 * ```ts
 * categoryLabel('termination_reason', 'revoked-breach'); // 'Revoked (breach)'
 * categoryLabel('termination_reason', 'Unknown'); // 'Not yet ended'
 * categoryLabel('outcome', 'ongoing'); // 'Ongoing'
 * categoryLabel('age_band', '18-20'); // '18-20'
 * ```
 */
export function categoryLabel(column: string, category: string): string {
  if (category === 'Unknown' && BLANK_MEANS_NOT_YET[column]) return BLANK_MEANS_NOT_YET[column];
  if (CATEGORY_LABELS[category]) return CATEGORY_LABELS[category];
  if (/^[a-z]+(-[a-z]+)*$/.test(category)) {
    const words = category.replace(/-/g, ' ');
    return words[0]!.toUpperCase() + words.slice(1);
  }
  return category;
}
