/**
 * Every error, warning and progress message of `@cjsnsa/report`, in one
 * catalogue. Code and tests use these entries.
 *
 * @example
 * ```ts
 * messages.unknownTopic('bial', ['bail']); // 'Unknown topic "bial". Did you mean: bail? …'
 * ```
 */
export const messages = {
  unknownTopic: (topic: string, suggestions: string[], all: string[]) =>
    `Unknown topic "${topic}".${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''} Topics: ${all.join(', ')}, or all.`,
  unknownFormat: (format: string) => `Unknown format "${format}". Formats: html, docx.`,
  unknownOption: (detail: string) => `${detail}. Run snsa --help for the options.`,
  /** Both ways of giving the small-count rule at once. */
  disclosureOptionsTogether: 'Give the small-count rule once: --min-count or --disclosure-rule, not both.',
  /** A disclosure rule file that cannot be used. */
  disclosureRuleFile: (file: string, detail: string) => `Disclosure rule file "${file}": ${detail}.`,
  /** A services register without one of its required columns. */
  registerMissingColumn: (column: string) => `The services register has no column "${column}".`,
  /** A services register without a `referrals_YYYY_YY` column. */
  registerNoReferralsColumn: 'The services register has no referrals column: name it after its financial year, as referrals_YYYY_YY (e.g. referrals_2023_24).',
  /** A referrals column whose name does not say one financial year. */
  registerReferralsColumnUnclear: (column: string) =>
    `Column "${column}" looks like referrals but does not name one financial year as referrals_YYYY_YY (e.g. referrals_2023_24).`,
  /** A required register cell left blank. */
  registerBlank: (column: string) => `${column} is blank but is required.`,
  /** A places or referrals cell that is not a count. */
  registerNotCount: (column: string, text: string) =>
    `${column} "${text}" is not a count: write a whole number of 0 or more, leave it blank if not recorded, or use [c] (withheld) or [x] (not available).`,
  /** A funding date that is not a real date written YYYY-MM-DD. */
  registerNotDate: (column: string, text: string) => `${column} "${text}" is not a date written YYYY-MM-DD.`,
  /** Funding that ends before it starts. */
  registerDateOrder: (start: string, end: string) => `funding_end ${end} is before funding_start ${start}.`,
  /** An outcome that is not one of the framework's. */
  registerUnknownOutcome: (text: string, known: number[]) =>
    `outcomes "${text}" is not a list of CJPF outcome numbers (${known[0]}–${known[known.length - 1]}, separated by ";").`,
  /** A register area that is not one of the 32 council areas. */
  registerNotCouncilArea: (detail: string) => `area: ${detail}`,
  /** A service id or name given twice. */
  registerRepeated: (column: string, value: string, firstRow: number) => `${column} "${value}" is already on row ${firstRow}.`,
  /** `--data` names nothing. */
  dataPathMissing: (path: string) => `--data "${path}": there is no such file or folder.`,
  /** A data folder with no CSV or XLSX file in it. */
  noDataFiles: (dir: string) => `No CSV or XLSX file in ${dir}: put your observation files there, or give one file to --data.`,
  /** An .xls or .ods workbook among the data files. */
  oldWorkbookFormat: (name: string) => `${name} is an old Excel (.xls) or OpenDocument (.ods) workbook, which cjsnsa cannot read: save it as an Excel workbook (.xlsx) or as CSV.`,
  /** `--data` names a file that is not CSV or XLSX. */
  notADataFile: (name: string) => `${name} is not a CSV or XLSX file: give --data a CSV or XLSX file, or the folder holding them.`,
  /** Note: an Excel lock file skipped. */
  skippedLockFile: (name: string) => `${name} skipped: it is the lock file Excel keeps beside a workbook that is open, not data.`,
  /** Note: a hidden file skipped. */
  skippedHiddenFile: (name: string) => `${name} skipped: hidden files (names starting with ".") are not read.`,
  /** Note: files of other kinds in the data folder, not read. */
  skippedOtherFiles: (names: string[]) => `Not read, as not CSV or XLSX: ${names.join(', ')}.`,
  /** Note: folders inside the data folder, not read. */
  skippedFolders: (names: string[]) => `Folder${names.length === 1 ? '' : 's'} ${names.join(', ')} not read: only the files directly in the data folder are read.`,
  /** Every row of the partnership's data left out. */
  noUsableRows: 'No row of your data can be used: each was left out, for the reasons listed.',
  /** Progress while an extract is read. */
  extractProgress: (file: string, rows: number) => `${file}: ${rows.toLocaleString('en-GB')} rows read…`,
  /** An extract read and counted. */
  extractCounted: (file: string, read: number, counted: number) =>
    `${file}: ${read.toLocaleString('en-GB')} records read, ${counted.toLocaleString('en-GB')} counted${read > counted ? ' (the others are listed in the warnings)' : ''}.`,
  /** Who section: own totals given, no extract to break them down. */
  whoOwnTotalsOnly: (label: string) =>
    `Your data gives the number of ${label} as totals, without an individual-level extract, so who they are cannot be shown here. Add your case-management extract (one row per case, in the layout described in the snsa guide, "Your own individual-level extracts") to see them by age band, sex and outcome.`,
  /** Who section: the supplier withheld the area's total. */
  whoTotalWithheldBySupplier: (label: string, period: string) =>
    `The number of ${label} in ${period} is withheld in the data as supplied, so its breakdown is withheld too: it could be added back up to the withheld total.`,
  /** Who section: counted from the partnership's own extract. */
  whoOwnExtract: (file: string, read: number, counted: number) =>
    `Counted from your extract ${file}: ${read.toLocaleString('en-GB')} records, ${counted.toLocaleString('en-GB')} of them in at least one count.`,
  /** A problem of a count made from an extract: which count. */
  countedFrom: (label: string) => `Counting it gives ${label}:`,
  /** The name under which an extract's counts are checked with the other data. */
  countedExtractName: (file: string) => `${file} (counted by financial year)`,
  /** The terminal's heading over the warnings about the partnership's data, grouped by kind. */
  dataWarnings: (count: number, kinds: number) =>
    `${count} warning${count === 1 ? '' : 's'} about your data, of ${kinds} kind${kinds === 1 ? '' : 's'} (also in the Warnings box of each report and Word document):`,
  /** `--strict` with warnings about the data: the run stops. */
  strictWarnings: (count: number, kinds: number) =>
    `--strict: ${count} warning${count === 1 ? '' : 's'} about your data, of ${kinds} kind${kinds === 1 ? '' : 's'}, so nothing was written. Fix them, or run without --strict to write the pack with the warnings shown in it:`,
  dataProblems: (count: number) =>
    `Your data has ${count} problem${count === 1 ? '' : 's'}; nothing was written. Fix them and run again:`,
  wrote: (area: string, dir: string) => `${area}: SNSA pack written to ${dir}`,
  packReady: (indexPath: string) => `Open ${indexPath} in a browser; the Word documents and chart pack are beside it.`,
  progress: (done: number, total: number, label: string) => `[${done}/${total}] ${label}`,
  areaFailed: (area: string, detail: string) => `${area}: failed: ${detail}`,
} as const;
