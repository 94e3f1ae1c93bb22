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
  invalidPriorityActions: (version: string, problems: string): string =>
    `Invalid priority-actions.json in framework version ${version}: ${problems}`,
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
  /** Trend note: the five periods tested span a change of population base (each `2022-23 (unrebased … to Census-2022-based)`). */
  trendAcrossPopulationBreak: (changes: string[]): string =>
    `The trend spans a change of population base at ${changes.join(', ')}: rates before and after use different NRS estimate series, so read the trend with caution.`,
  /** Official tables (import/): a JSW sheet whose table is not one cjsnsa knows. */
  officialTableUnknown: (sheet: string, title: string, known: readonly string[]): string =>
    `Sheet "${sheet}" ("${title}") is not a Justice Social Work table cjsnsa recognises, so nothing in the workbook is read. Tables it reads: ${known.join('; ')}. Remove the sheet, or copy the tables you need into a workbook of their own.`,
  /** Official tables: a JSW table sheet with no "Local authority" heading. */
  officialTableNoHeader: (sheet: string): string =>
    `Sheet "${sheet}" has no column headed "Local authority" or "Council area" in its first 30 rows, so its table cannot be found.`,
  /** Official tables: a column heading of a known table that cjsnsa does not know. */
  officialColumnUnknown: (heading: string, known: readonly string[]): string =>
    `Column "${heading}" is not one cjsnsa knows in this table, so it cannot be read. Columns it reads here: ${known.join('; ')}.`,
  /** Official tables: a column with no financial year in its heading or in the table title. */
  officialColumnNoPeriod: (heading: string, title: string): string =>
    `Column "${heading}" has no year: neither its heading nor the table title ("${title}") names one financial year (such as 2023-24).`,
  /** Official tables: two row labels naming the same council area. */
  officialAreaTwice: (label: string, name: string, firstRow: number): string =>
    `"${label}" is ${name} again (first in row ${firstRow}): each area may appear once in a table.`,
  /** Official tables: a row label under the table that is not a council area or Scotland. */
  officialRowLabel: (problem: string): string => `${problem} Rows of a table must be the 32 council areas and Scotland.`,
  /** Official tables: a fraction above 1. */
  officialRateAboveOne: (value: number): string =>
    `${value} is above 1: rates in these tables are fractions (0.73 for 73%), so this cell cannot be read.`,
  /** Official tables: a table of rates with no counts. */
  officialRateOnlyTable: (sheet: string, title: string): string =>
    `Sheet "${sheet}" ("${title}") holds rates only. cjsnsa computes every rate from counts (and the population aged 16-70), and a rate cannot be turned back into counts, so this table is not read: use the table of counts for the same measure.`,
  /** Official tables, warning: a rate column beside counts, not read. */
  officialRateColumnSkipped: (heading: string): string =>
    `Column "${heading}" holds rates: not read, as cjsnsa computes rates from the counts.`,
  /** Official tables, warning: a published fraction that does not match its counts. */
  officialRateDisagrees: (rate: number, numerator: number, denominator: number): string =>
    `The published rate ${rate} does not match the counts beside it (${numerator} / ${denominator} = ${(numerator / denominator).toFixed(4)}): check the table.`,
  /** Official tables, warning: a recognised table or column no indicator uses. */
  officialNotUsed: (what: string): string => `${what} is not used by any indicator: not read.`,
  /** Official tables: a JSW workbook with no table to read. */
  officialNoTables: (file: string, known: readonly string[]): string =>
    `${file} holds no Justice Social Work table cjsnsa reads. Tables it reads: ${known.join('; ')}.`,
  /** statistics.gov.scot: the dataset of a CSV cannot be told. */
  sgsUnknownDataset: (file: string, known: readonly string[]): string =>
    `Cannot tell which statistics.gov.scot dataset ${file} is: keep the dataset's name (as in its address on statistics.gov.scot) in the file name, e.g. ${known[0]}.csv. Datasets cjsnsa reads: ${known.join(', ')}.`,
  /** statistics.gov.scot: a column every download has is missing. */
  sgsMissingColumn: (column: string, header: readonly string[]): string =>
    `No column "${column}": a statistics.gov.scot download has FeatureCode, DateCode, Measurement, Units and Value (found: ${header.join(', ')}).`,
  /** statistics.gov.scot: rows for a geography other than council areas and Scotland. */
  sgsGeography: (code: string, kind: string, rows: number): string =>
    `${code} is ${kind} code (${rows} ${rows === 1 ? 'row' : 'rows'} of this geography): cjsnsa reads council areas (S12...) and Scotland (S92000003). Choose "Council Areas" and "Countries" as the geography when downloading.`,
  /** statistics.gov.scot, warning: rows of a rate or ratio, not read. */
  sgsMeasurementSkipped: (measurement: string, rows: number): string =>
    `${rows} ${rows === 1 ? 'row' : 'rows'} with Measurement "${measurement}" not read: cjsnsa computes rates from the counts (Measurement "Count").`,
  /** statistics.gov.scot: rates only. */
  sgsRateOnly: (measurements: readonly string[]): string =>
    `This download holds no counts (Measurement: ${measurements.join(', ')}). cjsnsa computes every rate from counts, and a rate cannot be turned back into counts: download the dataset with Measurement "Count".`,
  /** statistics.gov.scot: a Measurement value that is not Count, Ratio or Rate. */
  sgsUnknownMeasurement: (measurement: string): string =>
    `Measurement "${measurement}" is not one cjsnsa knows (Count; Ratio, Rate and Percent are not read).`,
  /** statistics.gov.scot: a data marker cjsnsa cannot read. */
  sgsUnknownMarker: (marker: string): string =>
    `Data marker "${marker}" is not one cjsnsa knows ([c], [x], [z], [low], [p], [r], [e], [b], [u], *, ..): the value cannot be read safely.`,
  /** Sheets of an own workbook that are not observation tables. */
  sheetsNotRead: (sheets: readonly string[], columns: readonly string[]): string =>
    `Sheet${sheets.length > 1 ? 's' : ''} ${sheets.map((s) => `"${s}"`).join(', ')} of this workbook ${sheets.length > 1 ? 'were' : 'was'} not read: ${sheets.length > 1 ? 'their first rows are not' : 'its first row is not'} an observation header (${columns.join(', ')}, …). Every sheet that has one was read.`,
  /** An own file whose header is no extract schema's. */
  extractNotRecognised: (header: readonly string[]): string =>
    `This file is not one of the individual-level extracts snsa reads (its columns: ${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''}). An extract needs its id column and its key date column: case_id with commenced_date (diversion), case_id with supervision_start_date (bail), referral_id (custody referrals), person_id with release_date (prison releases) or order_id with imposed_date (CPOs); see docs/data.md.`,
  /** An extract without its id or area column. */
  extractMissingColumns: (title: string, missing: readonly string[]): string =>
    `${title} extract: the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing; every extract needs an id and the area (a council area name or GSS code) of each record.`,
  /** An extract with none of the date columns its counting rules use. */
  extractNoDateColumns: (title: string, dates: readonly string[]): string =>
    `${title} extract: none of the date columns ${dates.join(', ')} is there, so nothing can be counted.`,
  /** A record with a blank id. */
  extractBlankId: (column: string): string => `The ${column} is blank: every record needs an id, so that repeats can be found.`,
  /** A record whose id was seen before. */
  extractRepeatedId: (column: string, id: string, firstRow: number | null): string =>
    `The ${column} "${id}" is repeated${firstRow !== null ? ` (first on row ${firstRow})` : ''}: each record must appear once, or it would be counted twice.`,
  /** A record with a blank area. */
  extractBlankArea: (): string => 'The area is blank: give the council area (name or GSS code such as S12000039) of every record.',
  /** A record whose area is a known area that is not a council. */
  extractNotCouncil: (input: string, name: string): string =>
    `"${input}" is ${name}, not a council area: give the council area of each record.`,
  /** A date that cannot be read. */
  extractBadDate: (value: string): string => `"${value}" is not a date: write dates as 2023-05-31 or 31/05/2023, or leave the cell blank if it has not happened.`,
  /** A date after today. */
  extractFutureDate: (value: string): string => `The date ${value} is in the future: check it (a date that has not happened yet is left blank).`,
  /** An age that is not a whole number. */
  extractBadAge: (value: string): string => `The age "${value}" is not a whole number of years from 0 to 120.`,
  /** An extract with no records. */
  extractEmpty: (): string => 'The extract has no records: there is a header and nothing under it.',
  /** Problems beyond those listed. */
  extractMoreProblems: (n: number): string => `… and ${n.toLocaleString('en-GB')} more problems not listed.`,
  /** Reason a row is not counted: no date in any counting column. */
  extractRowNoDate: (columns: readonly string[]): string => `no date in any of ${columns.join(', ')}`,
  /** Rows read and not counted. */
  extractRowsNotCounted: (n: number, reason: string, rows: readonly number[]): string =>
    `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'} not counted (${reason}): ${rowList(rows, n)}.`,
  /** A category value outside the documented ones. */
  extractUnexpectedValue: (value: string, n: number, rows: readonly number[], documented: readonly string[]): string =>
    `"${value}" is not one of the documented values (${documented.join(', ')}); ${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'} (${rowList(rows, n)}) counted under "${value}" as given.`,
  /** Two dates out of order. */
  extractDatesOutOfOrder: (earlier: string, later: string, n: number, rows: readonly number[]): string =>
    `${later} is before ${earlier} in ${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'} (${rowList(rows, n)}): counted as given; check the dates.`,
  /** An outcome that needs a date, with the date blank. */
  extractOutcomeWithoutDate: (item: string, outcomeColumn: string, dateColumn: string, n: number, rows: readonly number[]): string =>
    `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'} (${rowList(rows, n)}) give${n === 1 ? 's' : ''} the ${outcomeColumn} counted as ${item} but no ${dateColumn}, so ${n === 1 ? 'it is' : 'they are'} not counted in ${item}.`,
  /** Ages under 16. */
  extractUnder16: (n: number, rows: readonly number[]): string =>
    `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'} (${rowList(rows, n)}) give an age under 16: counted under "Under 16"; community justice services work with people aged 16 and over.`,
  /** The first year of an item counted far below the others. */
  extractFirstYearPartial: (item: string, period: string, n: number, median: number): string =>
    `${item}: ${period}, the first year counted, has ${n.toLocaleString('en-GB')} against a median of ${median.toLocaleString('en-GB')} in the later years. The extract may start part-way through that year (for example, it holds only cases open after a date): if so, leave that year out or add its missing records, or its trend will mislead.`,
  /** Items of the schema the file has no column for. */
  extractItemsNotCounted: (items: readonly string[]): string =>
    `Not counted from this extract, as it has no column for ${items.length === 1 ? 'it' : 'them'}: ${items.join(', ')}.`,
} as const;

/** Rows by number: `5, 9, 40` or `5, 9, 40 and more`. */
function rowList(rows: readonly number[], n: number): string {
  return `row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}${n > rows.length ? ' and more' : ''}`;
}
