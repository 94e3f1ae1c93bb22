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
  duplicateObservation: (item: string, area: string, period: string): string =>
    `More than one observation for data item "${item}", area ${area}, period ${period} (breakdown totals only). Remove duplicates or give each a distinct breakdown.`,
} as const;
