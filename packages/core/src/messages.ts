/**
 * Every error and warning message of `@cjsnsa/core`, in one catalogue.
 * Code throws and warns with these entries; tests assert on them.
 *
 * @example
 * ```ts
 * messages.invalidConfidence(0.5); // 'Confidence level 0.5 is not allowed: ...'
 * ```
 */
export const messages = {
  // ── statistics: intervals, measures, trend, comparison, funnels ──────────
  /** A confidence level outside 0.90–1 (fraction) or 90–100 (percentage). */
  invalidConfidence: (confidence: unknown) =>
    `Confidence level ${String(confidence)} is not allowed: give a fraction between 0.9 and 1 (e.g. 0.95) or a percentage between 90 and 100 (e.g. 95).`,
  /** Two levels asked at once that are not exactly 95% and 99.8%. */
  invalidConfidencePair: (confidence: unknown) =>
    `Confidence levels ${JSON.stringify(confidence)} are not allowed: two levels at once must be [0.95, 0.998].`,
  /** A record of a funnel plot's input, numbered from 1: where its problem is. */
  funnelRecord: (record: number, message: string) => `Record ${record}: ${message}`,
  /** A rate funnel record with no events and no population. */
  funnelNoEventsNoPopulation: (population: number) =>
    `denominator must be greater than zero (got ${population}). A record with no events needs its population.`,
  /** The DSR for non-independent events asked with ScotPHO's conventions, which have none. */
  noScotphoNonIndependentDsr: (conventions: unknown) =>
    `conventions ${JSON.stringify(conventions)} is not available here: ScotPHO has no DSR for non-independent events.`,
  /** A band of the DSR for non-independent events with an event frequency that is not a whole number of at least 1. */
  badEventFrequency: (band: number, frequency: unknown) => `Band ${band}: event frequency ${String(frequency)} must be a whole number of at least 1.`,
  /** A band of the DSR for non-independent events listing one event frequency twice. */
  repeatedEventFrequency: (band: number, frequency: number) => `Band ${band}: event frequency ${frequency} is listed more than once.`,
  /** A negative count (numerator, events, band count). */
  negativeCount: (what: string, value: number) => `${what} must be greater than or equal to zero (got ${value}).`,
  /** A negative denominator (population, sample size). Zero gives status 'zero-denominator' instead. */
  negativeDenominator: (what: string, value: number) => `${what} must be greater than zero (got ${value}).`,
  /** A non-finite number where a count or population was expected. */
  notANumber: (what: string, value: unknown) => `${what} must be a finite number (got ${String(value)}).`,
  /** Proportion with numerator above denominator. */
  numeratorAboveDenominator: (numerator: number, denominator: number) =>
    `Numerator ${numerator} is greater than denominator ${denominator}: a proportion needs numerator <= denominator.`,
  /** A multiplier that is not a positive number. */
  invalidMultiplier: (multiplier: unknown) => `Multiplier ${String(multiplier)} must be a positive number.`,
  /** Funnel sizes that are not positive. */
  invalidFunnelSize: (size: unknown) => `Funnel size ${String(size)} must be a positive number.`,
  /** Funnel baseline outside its range. */
  invalidFunnelBaseline: (baseline: unknown) =>
    `Funnel baseline ${String(baseline)} is not allowed: a proportion baseline lies between 0 and the multiplier, a rate baseline is positive.`,
  /** A standardised rate with no bands. */
  noBands: () => 'A directly standardised rate needs at least one band.',
  /** Unknown comparison or funnel option. */
  unknownOption: (name: string, value: unknown, allowed: readonly string[]) =>
    `Unknown ${name} ${JSON.stringify(value)}: use one of ${allowed.map((a) => `'${a}'`).join(', ')}.`,
  /** Trend reasons (`TrendResult.reason` when the marker is 'Cannot be calculated'). */
  trendTooFewPoints: (n: number) => `Fewer than 5 points with a value (${n}); the recent trend needs the 5 most recent periods.`,
  trendNotAnnual: (period: string) =>
    `Period '${period}' is not an annual period; the recent trend is tested on consecutive years, or on consecutive financial-year quarters (2022-23 Q3) when every period is a quarter.`,
  trendGap: (from: string, to: string) => `The 5 most recent periods are not consecutive (gap between ${from} and ${to}).`,
  trendMissingValue: (period: string) => `No value for ${period}, one of the 5 most recent periods.`,
  trendMissingInterval: (period: string) => `No 95% confidence interval for ${period}; the trend test weights each point by its interval.`,
  trendMissingCounts: (period: string) => `Numerator or denominator missing for ${period}.`,
  trendCountEqualsDenominator: (period: string) =>
    `Numerator equals denominator in ${period} (100%); the recent trend is not calculated (Fingertips rule).`,
  trendMeasureNotSupported: (measure: string) =>
    `The recent trend is tested for proportions, rates and DSRs only, not '${measure}' (Fingertips rule).`,
  trendDuplicatePeriod: (period: string) => `Period ${period} appears more than once in the series.`,
  /** Slope index of inequality with too few or too many quantiles (PHE: 5 to 100). */
  inequalityQuantileCount: (n: number) =>
    `The slope index of inequality needs between 5 and 100 quantiles (got ${n}).`,
  /** A negative standard error. */
  inequalityNegativeSe: (index: number, se: number) => `Quantile ${index + 1} has a negative standard error (${se}).`,
  /** A rate or proportion that cannot be log- or logit-transformed. */
  inequalityOutOfRange: (index: number, what: string, value: number, valueType: string) =>
    valueType === 'proportion'
      ? `Quantile ${index + 1}: ${what} ${value} is not a proportion between 0 and 1 (exclusive), so it cannot be logit-transformed.`
      : `Quantile ${index + 1}: ${what} ${value} is not a positive rate, so it cannot be log-transformed.`,
  /** transform with an indicator of type 'normal', or with standard errors given. */
  inequalityTransform: (why: 'normal' | 'se') =>
    why === 'normal'
      ? 'transform is for rates and proportions only (valueType \'rate\' or \'proportion\').'
      : 'transform needs the 95% confidence limits of each quantile, not standard errors (as PHE phe_sii).',
  /** Fewer than 1000 simulation repetitions. */
  inequalityRepetitions: (n: unknown) =>
    `The number of simulation repetitions must be a whole number of at least 1000 (got ${String(n)}).`,
  /** Several confidence levels given in a form other than a list of valid levels. */
  invalidConfidenceList: (confidence: unknown) =>
    `Confidence levels ${JSON.stringify(confidence)} are not allowed: give one level or a list of levels, each a fraction between 0.9 and 1 or a percentage between 90 and 100.`,
  /** Chi-square test for trend with fewer than two groups or no spread in the scores. */
  trendTestGroups: (n: number) => `The chi-square test for trend needs at least two groups with different scores (got ${n}).`,
  /** Scores not matching the groups. */
  trendTestScores: (groups: number, scores: number) => `There are ${groups} groups but ${scores} scores.`,

  // ── data: periods, aggregation, disclosure control, reading files ───────
  /** Text that is not a financial year, calendar year or financial-year quarter. */
  invalidPeriod: (text: unknown) =>
    `"${String(text)}" is not a period: write a financial year as 2022-23 (or 2022/23, 2022-2023, FY2022/23), a calendar year as 2022, or a financial-year quarter as 2022-23 Q3 (Q1 = April to June).`,
  /** A financial year whose second year does not follow the first (e.g. 2022-24). */
  invalidFinancialYear: (text: string) =>
    `"${text}" is not a financial year: the second year must follow the first (e.g. 2022-23 or 2022-2023).`,
  /** A quarter number other than 1–4. */
  invalidQuarter: (text: string) =>
    `"${text}" has no quarter 1 to 4: financial-year quarters are Q1 (April–June), Q2 (July–September), Q3 (October–December) and Q4 (January–March).`,
  /** Periods of different kinds compared or sorted together. */
  mixedPeriodKinds: (a: string, b: string) =>
    `Cannot order periods of different kinds together: "${a}" and "${b}". Use financial years, calendar years or quarters throughout.`,
  /** periodRange with the end before the start. */
  periodRangeReversed: (from: string, to: string) =>
    `Period range from "${from}" to "${to}" runs backwards: give the earlier period first.`,
  /** lastPeriods with n not a positive whole number. */
  invalidPeriodCount: (n: unknown) => `The number of periods must be a whole number of at least 1 (got ${String(n)}).`,
  /** A date that cannot be read. */
  invalidDate: (text: unknown) =>
    `"${String(text)}" is not a date: give an ISO date (2023-03-31), a UK date (31/03/2023) or a Date.`,
  /** periodOfDate with an unknown kind. */
  invalidPeriodKind: (kind: unknown) =>
    `"${String(kind)}" is not a period kind: use 'financial-year', 'calendar-year' or 'quarter'.`,
  /** A column named in options that the table does not have. */
  missingColumn: (column: string, available: readonly string[]) =>
    `Column "${column}" is missing. Columns present: ${available.length ? available.join(', ') : '(none)'}.`,
  /** A negative count in data. */
  negativeCountInData: (column: string, value: number) => `${column} is ${value}: counts cannot be negative.`,
  /** poolPeriods with fewer than two periods or duplicates. */
  invalidPoolPeriods: (periods: readonly string[]) =>
    `Pooling needs at least two different periods of the same kind (got ${JSON.stringify(periods)}).`,
  /** A record value that is not in the frame supplied to countRecords. */
  valueNotInFrame: (column: string, value: string) =>
    `"${value}" in ${column} is not in the frame given for ${column}: add it to the frame or remove the record.`,
  /** A blank key value (area, date) in an individual-level record. */
  blankKey: (column: string) => `${column} is blank: every record needs a value here.`,
  /** A minimum publishable count that is not a whole number of at least 2. */
  invalidMinCount: (n: unknown) => `The smallest count to publish must be a whole number of at least 2 (got ${String(n)}): with 5, counts of 1 to 4 are withheld.`,
  /** Disclosure rule with min/max that do not make a range. */
  invalidDisclosureRange: (min: unknown, max: unknown) =>
    `Disclosure rule min ${String(min)} and max ${String(max)} do not make a range: give whole numbers with 0 ≤ min ≤ max.`,
  /** A symbol or text in a count column that cannot be read as a number or status symbol. */
  unreadableCell: (text: string) =>
    `"${text}" is not a number or a recognised symbol ([c], [x], [z], [low], [w], *, .., -, blank; a number may carry [p], [r], [e], [b], [u]).`,
  /** A required value missing. */
  requiredValue: (column: string) => `${column} is blank but is required.`,
  /** A file that does not exist or cannot be read. */
  fileUnreadable: (file: string, reason: string) => `Cannot read ${file}: ${reason}.`,
  /** A file whose format cannot be told from its name. */
  unknownFormat: (file: string) =>
    `Cannot tell the format of ${file}: name it .csv or .xlsx, or pass { format: 'csv' | 'xlsx' }.`,
  /** A file with no header row. */
  emptyFile: (file: string) => `${file} is empty: the first row must hold the column names.`,
  /** A data row with more cells than header columns. */
  extraCells: (expected: number, got: number) =>
    `This row has ${got} cells but the header has ${expected} columns: a value has no column name (check for unquoted commas, e.g. in 1,234).`,
  /** Two header cells with the same name (after trimming and ignoring case). */
  duplicateHeader: (name: string) => `Column name "${name}" appears more than once in the header row.`,
  /** A header cell left blank above data. */
  blankHeader: (headerRow: number) =>
    `This column has no name in the header row (row ${headerRow}) but holds data: name it, or if the table starts lower down pass { headerRow }.`,
  /** A sheet that is not in the workbook. */
  sheetNotFound: (sheet: string | number, sheets: readonly string[]) =>
    `Sheet ${typeof sheet === 'number' ? `number ${sheet}` : `"${sheet}"`} is not in the workbook. Sheets: ${sheets.join(', ')}.`,
  /** An XLSX that cannot be opened. */
  invalidWorkbook: (reason: string) => `The workbook cannot be opened: ${reason}.`,
  /** Two observation rows for the same indicator × area × period × breakdown. */
  duplicateObservation: (key: string, firstRow: number) =>
    `Same indicator, area, period and breakdown as row ${firstRow} (${key}): each observation may appear once.`,
  /** A value that fails the observation schema. */
  schemaIssue: (column: string, reason: string) => `${column}: ${reason}.`,
  /** Summary line of a DataError listing several problems. */
  dataProblems: (file: string, count: number, first: string) =>
    `${file}: ${count} problem${count === 1 ? '' : 's'} found, nothing was read. ${first}${count > 1 ? ` (and ${count - 1} more: see error.issues)` : ''}`,
  /** Location prefix of a data problem. */
  dataLocation: (file: string | null, row: number | null, column: string | null, letter: string | null) =>
    [file, row != null ? `row ${row}` : null, column != null ? `column ${column}${letter ? ` (${letter})` : ''}` : null]
      .filter(Boolean)
      .join(', '),
  /** Warning: a status code that is not in the documented list. */
  unknownStatus: (code: string) => `Status "${code}" is not a documented status code; kept as given.`,
  /** Warning: a non-whole count. */
  fractionalCount: (column: string, value: number) =>
    `${column} is ${value}, not a whole number: kept as given (is this a rate rather than a count?).`,
  /** Warning: a row whose status says suppressed but which carries a number. */
  suppressedWithValue: (column: string) =>
    `Status says withheld but ${column} holds a number: the number was removed so that it cannot leak.`,
  /** Source missing both in the file and in options. */
  missingSource: () => `No source column and no { source } option: every observation needs its source.`,

  // ── bad input: encodings, delimiters, quoting, headers, streaming ────────
  /** Warning: a text file that is not UTF-8, read as Windows-1252. */
  decodedAsWindows1252: () =>
    `This file is not UTF-8 text: it was read as Windows-1252 (what Excel's plain "CSV" writes in the UK). Check accented names (e.g. Steòrnabhagh) read correctly; to avoid this, save as "CSV UTF-8 (comma delimited)".`,
  /** Warning: a CSV separated by something other than commas. */
  delimiterDetected: (delimiter: string, decimalComma: boolean) =>
    `The values are separated by ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`}, not commas: read as such` +
    (decimalComma
      ? `, with "," as the decimal mark and "." or a space between thousands, as Excel writes in many European locales (1.234 is read as 1234 and 2,5 as 2.5).`
      : '.'),
  /** A quoted value whose closing quote is missing. */
  unclosedQuote: () =>
    `A quoted value starts here but its closing quote (") is missing, so this row cannot be split into columns: add the closing quote or remove the opening one. Reading stopped here: the rows below were not read, so read the file again once it is fixed.`,
  /** A quote inside an unquoted value, or text straight after a closing quote. */
  strayQuote: () =>
    `A quote (") is inside a value that is not quoted, or text follows a closing quote: quote the whole value and double any quote inside it (e.g. "5"" screen"). Reading stopped here: the rows below were not read, so read the file again once it is fixed.`,
  /** A CSV row too long to be a table row (no line break for a million characters). */
  rowTooLong: (limit: number) =>
    `This row runs on for more than ${limit.toLocaleString('en-GB')} characters without a line break, so it is not a table row: check that this is a CSV file (not a workbook or another format renamed .csv). Reading stopped here.`,
  /** Warning: the header was found below title or notes rows. */
  headerFound: (row: number, firstRow: number, twoRows: boolean) => {
    const top = twoRows ? row - 1 : row;
    const above = top - firstRow;
    return (
      `The column names were found on ${twoRows ? `rows ${top} and ${row} (a two-row header, read as one: each column named by its lower cell, or the upper one where that is blank)` : `row ${row}`}` +
      (above <= 0 ? '.' : above === 1 ? `; row ${firstRow} above them (a title or note) was not read as data.` : `; rows ${firstRow}–${top - 1} above them (titles and notes) were not read as data.`)
    );
  },
  /** Warning: a file with column names but no data rows. */
  noDataRows: () => `This file has column names but no data rows: nothing was read from it.`,
  /** Warning: a row identical to an earlier one, kept once. */
  duplicateIdentical: (firstRow: number) => `This row repeats row ${firstRow} exactly: it was read once.`,
  /** Streaming reads CSV only. */
  /** The last issue of a list cut short. */
  moreProblems: (count: number) => `…and ${count} more problem${count === 1 ? '' : 's'} not listed (the list stops at 1,000).`,
} as const;
