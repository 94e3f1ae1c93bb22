/**
 * Every error and warning message of `@cjsnsa/framework`, in one catalogue.
 * Tests assert on these entries, so wording changes in one place.
 *
 * @example
 * ```ts
 * messages.areaNotFound('Edinbrugh', ['City of Edinburgh']);
 * // 'Unknown council area "Edinbrugh". Did you mean: City of Edinburgh?'
 * ```
 */
export const messages = {
  /** A breakdown cell outside the 32 council areas. */
  breakdownArea: (item: string, breakdown: string, area: string) =>
    `Breakdown "${breakdown}" of ${item}: area ${area} is not one of the 32 council areas (give GSS codes such as S12000039).`,
  /** A breakdown count that is not a whole number ≥ 0. */
  breakdownCount: (item: string, breakdown: string, area: string, period: string, count: unknown) =>
    `Breakdown "${breakdown}" of ${item} in ${area}, ${period}: the count ${String(count)} is not a whole number of 0 or more.`,
  areaNotFound: (input: string, suggestions: string[]): string =>
    `Unknown council area "${input}".` +
    (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ' Give a council area name or a GSS code (S12000xxx), or S92000003 for Scotland.'),
  familyGroupNeedsCouncil: (area: string): string =>
    `"${area}" is not a council area, so it has no LGBF family group.`,
  customGroupNeedsAreas: (): string =>
    'A custom comparator group needs a non-empty list of council areas in `areas`.',
  unknownComparator: (type: string): string =>
    `Unknown comparator "${type}". Use 'family-people', 'family-place', 'custom' or 'scotland'.`,
  invalidDefinition: (file: string, problems: string): string =>
    `Invalid indicator definition in ${file}: ${problems}`,
  duplicateIndicator: (id: string, file: string): string =>
    `Indicator "${id}" in ${file} is already defined; ids must be unique within a framework version.`,
  definitionsDirMissing: (dir: string): string =>
    `No indicator definitions folder at ${dir}.`,
  unknownVersion: (version: string, known: string[]): string =>
    `Unknown framework version "${version}". Known versions: ${known.join(', ')}.`,
  unknownIndicator: (id: string, suggestions: string[]): string =>
    `Unknown indicator "${id}".` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
  unknownOutcome: (id: string, outcome: number): string =>
    `Indicator "${id}" refers to outcome ${outcome}, which the framework does not have.`,
  observationsMissingColumn: (column: string): string =>
    `Observations lack the column "${column}" (expected indicator, area, period, numerator, denominator, status, source).`,
  noPeriods: (): string =>
    'No periods to compute: the observations hold no data for the chosen indicators.',
  invalidPeriods: (value: string): string =>
    `Invalid periods option ${value}: give a list of period labels or { last: n } with n ≥ 1.`,
  noPopulation: (area: string, period: string): string =>
    `No population aged 16–70 for area ${area} in or before the year of ${period}; the rate is not available.`,
  // ── checks of observation files (validate/) ──────────────────────────────
  /** Warning: an area written as a name, old code or variant, read as its current GSS code. */
  areaNameConverted: (input: string, code: string, name: string): string =>
    `Area "${input}" read as ${name} (${code}).`,
  /** Warning: a "Total" row read as the Scotland total. */
  totalLabelRead: (input: string): string =>
    `"${input}" read as the Scotland total (S92000003).`,
  /** Warning: a Scotland (or Total) row among council-area rows, left out. */
  totalsRowLeftOut: (item: string, period: string): string =>
    `This Scotland total row for "${item}" ${period} sits among council-area rows: it was left out, because cjsnsa computes Scotland as the sum of the council areas.`,
  /** Warning: a totals row that is not the sum of the area rows. */
  totalsDisagree: (total: number, sum: number, areas: number): string =>
    `The total here (${total}) is not the sum of the ${areas} council-area row${areas === 1 ? '' : 's'} for the same data item and period (${sum}${areas < 32 ? `, with ${32 - areas} of the 32 areas missing` : ''}): check the file; cjsnsa uses the sum of the areas.`,
  /** A proportion's numerator above its own denominator on the same row. */
  numeratorAboveOwnDenominator: (numerator: number, denominator: number, indicators: string[]): string =>
    `The numerator ${numerator} is above the denominator ${denominator}: this data item is the numerator and base of ${indicators.join(', ')}, a proportion, so the numerator cannot be larger.`,
  /** A proportion's numerator item above its denominator item for the same area and period. */
  numeratorAboveDenominatorItem: (numerator: number, denominatorItem: string, denominator: number, where: string, indicators: string[]): string =>
    `The count ${numerator} is above ${denominator}, the count of "${denominatorItem}" for the same area and period (${where}): ${indicators.join(', ')} is the proportion of the two, so it cannot be larger.`,
  /** The same observation in two files with different values. */
  duplicateAcrossFiles: (key: string, file: string, row: number): string =>
    `Same data item, area, period and breakdown as ${file}, row ${row} (${key}), with different values: each observation may appear once.`,
  /** Warning: the same observation in two files, identical. */
  duplicateAcrossFilesIdentical: (file: string, row: number): string =>
    `This row repeats ${file}, row ${row} exactly: it was read once.`,
  duplicateObservation: (item: string, area: string, period: string): string =>
    `More than one observation for data item "${item}", area ${area}, period ${period} (breakdown totals only). Remove duplicates or give each a distinct breakdown.`,
} as const;
