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
  // ── checks of a partnership's own observation files (validate/) ─────────
  /** A data item id no indicator uses. */
  unknownDataItem: (id: string, suggestions: string[]): string =>
    `Unknown data item "${id}".` +
    (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '') +
    ' The data items are listed in docs/indicators.md (each indicator\'s numerator and denominator), with population-16-70 for rates.',
  /** Several council areas joined in one row, for a data item computed per area. */
  areaGroupNotUsed: (input: string, item: string): string =>
    `Area "${input}" joins several council areas, but "${item}" is counted per council area (Scotland and the family groups are sums of single areas): give each council area its own row.`,
  /** A period of another kind than the data item is counted in. */
  periodKindMismatch: (period: string, kind: string, item: string, itemKind: string, suggestions: string[]): string =>
    `"${period}" is a ${kind}, but "${item}" is counted by ${itemKind}.` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
  /** A period that has not begun. */
  periodNotBegun: (period: string, start: string, suggestions: string[]): string =>
    `Period ${period} has not begun (it starts on ${start}), so there can be no data for it yet: a typing slip?` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
  /** A period before any series cjsnsa uses. */
  periodTooEarly: (period: string, first: number, suggestions: string[]): string =>
    `Period ${period} is before ${first}, earlier than any series cjsnsa uses (council-area population estimates start in ${first}): a typing slip?` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
  /** Warning: a period that is not over yet. */
  periodNotOver: (period: string, end: string): string =>
    `Period ${period} is not over yet (it runs to ${end}): its counts cover part of it only, so they cannot be compared with whole periods.`,
  /** A count too large to be held exactly. */
  countNotSafe: (column: string, text: string): string =>
    `${column} ${text} is too large to be a count (above 9,007,199,254,740,991, the largest whole number held exactly): check the cell.`,
  /** A count above the whole population aged 16–70 of its area. */
  countAbovePopulation: (column: string, count: number, area: string, population: number, year: string): string =>
    `${column} ${count.toLocaleString('en-GB')} is more than the whole population aged 16–70 of ${area} (${population.toLocaleString('en-GB')}, mid-${year}, its largest estimate): no count of people or cases in one area and period can be that large. Check the cell (a population, a cumulative total, a typing slip?).`,
  /** Warning: a ratio of two flows above 100%. */
  flowRatioAbove100: (numerator: number, denominatorItem: string, denominator: number, where: string, indicators: string[], percent: string): string =>
    `The count ${numerator} is above ${denominator}, the count of "${denominatorItem}" for the same area and period (${where}), so ${indicators.join(', ')} will be ${percent}. A ratio of two flows in one year can pass 100% when cases that began in an earlier year end in this one; check the two counts.`,
  /** A ratio of two flows too far above 100% to be right. */
  flowRatioImplausible: (numerator: number, denominatorItem: string, denominator: number, where: string, indicators: string[], percent: string, limit: number): string =>
    `The count ${numerator} is more than ${limit} times ${denominator}, the count of "${denominatorItem}" for the same area and period (${where}): ${indicators.join(', ')} would be ${percent}. Cases that began in earlier years can take it past 100%, not to ${limit} times: check the two counts (a cumulative total, a column shifted, a typing slip?).`,
  /** A file with column names and no rows. */
  noRowsInFile: (): string =>
    'This file has column names but no data rows: add its rows, or take the file out of your data.',
  /** Warning: a Scotland row of a data item computed from council areas, with no council rows beside it. */
  scotlandRowNotUsed: (item: string, period: string): string =>
    `This Scotland row for "${item}" ${period} was left out: cjsnsa computes Scotland as the sum of the 32 council areas, so it never uses a Scotland row of this data item; give the council areas' rows.`,
  /** Warning: a council-area row of a Scotland-only series. */
  areaRowNotUsed: (item: string, indicators: string[]): string =>
    `This council-area row was left out: "${item}" is used for Scotland only (${indicators.join(', ')}), so no indicator would use it.`,
  /** Warning: breakdown rows, kept but not used by the indicators. */
  breakdownRowsKept: (count: number, item: string, rows: string): string =>
    `${count} breakdown row${count === 1 ? '' : 's'} of "${item}" (${rows}) ${count === 1 ? 'was' : 'were'} checked against ${count === 1 ? 'its total' : 'their totals'} and kept, but indicators are computed from totals only (rows whose breakdown is blank, "All" or "Total").`,
  /** Warning: breakdown rows with no total row beside them. */
  breakdownWithoutTotal: (item: string, area: string, period: string): string =>
    `"${item}" ${area} ${period} has breakdown rows but no total row: indicators need the total, and cjsnsa does not add a breakdown up (it may not cover everyone), so this figure will be "not available". Add the total as a row with a blank breakdown.`,
  /** Breakdown rows adding up to more than their total. */
  breakdownAboveTotal: (sum: number, total: number, group: string | null, rows: string): string =>
    `The breakdown rows${group ? ` of ${group}` : ''} (${rows}) add up to ${sum}, more than this total (${total}): the parts of a total cannot add up to more than it.` +
    (group ? '' : ' If the rows hold more than one breakdown (age and sex, say), name each in a group column.'),
  /** Warning: a second total row for the same data item, area and period, with the same value. */
  totalRowRepeated: (where: string): string =>
    `This total repeats the total on ${where} for the same data item, area and period (another breakdown's total row): it was read once.`,
  /** Two total rows for the same data item, area and period with different values. */
  totalRowsDiffer: (total: number | null, where: string, first: number | null): string =>
    `This total (${total ?? 'blank'}) differs from the total on ${where} (${first ?? 'blank'}) for the same data item, area and period: one count can have one value.`,
  /** Warning: data items given for some council areas only; `items` each with its periods, e.g. `"cpo-commenced" (2019-20 to 2023-24)`. */
  partialCoverage: (items: string[], count: number, areas: string[], groups: string[]): string => {
    const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs.join(''));
    const shown = areas.length > 4 ? [...areas.slice(0, 4), `${areas.length - 4} more`] : areas;
    const totals = groups.length ? `Scotland and ${groups.length === 1 ? 'the family group' : 'the family groups'} (${list(groups)})` : 'Scotland';
    return `Your data gives ${list(items)} for ${count} of the 32 council areas (${list(shown)}). ` +
      `${totals} cannot be formed for ${items.length === 1 ? 'it' : 'them'}: each is the sum of all its council areas, and the other ${32 - count} have no figures, so ${groups.length ? 'they show' : 'it shows'} as "not available". ` +
      `To compare with ${groups.length ? 'them' : 'Scotland'}, add every council area's figures (for example from the published Justice Social Work Statistics tables).`;
  },
  // ── needs and strengths (needs/) ─────────────────────────────────────────
  /** Needs rule, comparison: significantly `better`, `worse`, `higher` or `lower`; `strict` when beyond the 99.8% limits too (Best, Worst). */
  needsSignificantlyDifferent: (direction: 'better' | 'worse' | 'higher' | 'lower', benchmark: string, strict: boolean): string =>
    `significantly ${direction} than ${benchmark}${strict ? ' (even at the 99.8% level)' : ''}`,
  /** Needs rule, comparison: the benchmark inside the area's 95% interval. */
  needsSimilar: (benchmark: string): string => `similar to ${benchmark} (no significant difference)`,
  /** Needs rule, comparison: none made, with the reason when known. */
  needsNotCompared: (benchmark: string, reason: string | null): string => `not compared with ${benchmark}${reason ? ` (${reason})` : ''}`,
  /** Reason a comparison was not made: no benchmark value. */
  needsNoBenchmarkValue: (benchmark: string): string => `${benchmark} has no value for this period`,
  /** Reason a comparison was not made: no interval on the area's value. */
  needsNoInterval: (): string => 'the value has no 95% interval',
  /** Needs rule, trend: a significant recent trend (`getting better`, `getting worse`, `rising`, `falling`). */
  needsSignificantTrend: (movement: 'getting better' | 'getting worse' | 'rising' | 'falling'): string =>
    `${movement} (a significant trend over the last five years)`,
  /** Needs rule, trend: tested, not significant. */
  needsNoSignificantChange: (): string => 'no significant change over the last five years',
  /** Needs rule, trend: not measured, with the trend test's reason (a sentence, read into the rule). */
  needsNoTrendMeasured: (reason: string | null): string =>
    `no trend could be measured${reason ? ` (${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/\.$/, '')})` : ''}`,
  /** Needs rule, conclusion: a need or strength and what it rests on. */
  needsCalledOn: (call: 'need' | 'strength', basis: 'comparison' | 'trend' | 'comparison and trend'): string =>
    basis === 'comparison'
      ? `The significant difference makes it a ${call}.`
      : basis === 'trend'
        ? `The significant trend makes it a ${call}.`
        : `The significant difference and trend make it a ${call}.`,
  /** Needs rule, conclusion: a significant difference and trend pointing opposite ways. */
  needsMixed: (): string => 'The significant difference and trend point opposite ways, so it is mixed.',
  /** Needs rule, conclusion: tested, nothing significant. */
  needsNothingSignificant: (): string => 'Nothing is significant, so it is neither a need nor a strength.',
  /** Needs rule, conclusion: no significant difference and no trend measured. */
  needsNothingToCall: (): string =>
    'A need or strength needs a significant difference or trend, and there is neither, so no call is made.',
  /** Needs rule, conclusion: a measure with no better/worse direction. */
  needsNoDirection: (): string =>
    'This measure has no better or worse direction, so it is described here, not judged a need or strength.',
  /** Needs rule: comparison; trend. Conclusion. */
  needsRule: (comparison: string, trend: string, conclusion: string): string =>
    `${comparison.charAt(0).toUpperCase()}${comparison.slice(1)}; ${trend}. ${conclusion}`,
  /** Needs rule for a volume measure (`count` when it is a count). */
  needsVolumeRule: (count: boolean, trend: string): string =>
    `${count ? 'A count' : 'A volume measure'}, ${trend}: context, not a need or strength, because it moves with demand as well as with what services do.`,
  /** Needs rule: the latest value withheld. */
  needsWithheld: (period: string): string => `The latest value (${period}) is withheld to protect small numbers, so no call is made.`,
  /** Needs rule: the latest value missing. */
  needsNotAvailable: (period: string): string => `The latest value (${period}) is not available, so no call is made.`,
} as const;
