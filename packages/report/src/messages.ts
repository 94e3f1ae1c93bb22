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
  pngScale: (scale: string) => `The PNG scale must be a number from 1 to 4 (2 by default), not "${scale}".`,
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
  /** A very big file that is not an individual-level extract. */
  bigFileNotExtract: (file: string, bytes: number, header: readonly string[]) =>
    `${file} is ${Math.round(bytes / 1048576).toLocaleString('en-GB')} MB, too big for a table of counts, and its columns (${header.slice(0, 10).join(', ')}${header.length > 10 ? ', …' : ''}) are not those of an individual-level extract, so it was not read. An extract needs its id column and its key date column (for example case_id and commenced_date for diversion, order_id and imposed_date for CPOs): see the snsa guide, "Your own individual-level extracts".`,
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

  // ── the local evidence workbook (snsa evidence-template, readEvidenceWorkbook, --evidence) ──
  /** `--scale` that is neither a scale's name nor a JSON file. */
  evidenceUnknownScale: (spec: string) => `Unknown scale "${spec}": use six-point (the default), ten-point, or a JSON file describing the scale.`,
  /** A scale file that cannot be used. */
  evidenceScaleFile: (file: string, detail: string) => `Scale file "${file}": ${detail}.`,
  /** `--out` for the template that is not an .xlsx file. */
  evidenceTemplateOut: (out: string) => `--out "${out}": the evidence workbook is written as an Excel workbook: give a file name ending .xlsx.`,
  /** Progress: the template written. */
  evidenceTemplateWritten: (xlsx: string, csvDir: string) => `Local evidence workbook written to ${xlsx}; the same sheets as CSV in ${csvDir}.`,
  /** A file or folder that is not an evidence workbook. */
  evidenceNotWorkbook: (file: string) =>
    `${file} is not a cjsnsa local evidence workbook (it has no "About" sheet saying so): write one with snsa evidence-template and fill it in.`,
  /** A sheet of the workbook missing. */
  evidenceMissingSheet: (sheet: string) => `The sheet "${sheet}" is missing: it is part of every local evidence workbook (write a new one with snsa evidence-template and copy your entries across).`,
  /** A column of a sheet missing from its header row. */
  evidenceMissingColumn: (column: string) => `The column "${column}" is missing from the header row (row 1): put it back as the template has it.`,
  /** The About sheet's area or scale cannot be read. */
  evidenceAboutBroken: (key: string) => `The About sheet's "${key}" cannot be read: it is written by snsa evidence-template and should not be changed.`,
  /** An outcome or priority action that is not one of the framework's. */
  evidenceUnknownBlock: (text: string, outcomes: number, actions: number) =>
    `"${text}" is not an outcome or priority action: write Outcome 1 to Outcome ${outcomes}, or Priority action 1 to Priority action ${actions}.`,
  /** A self-evaluation row whose outcome number is not one of the framework's, or given twice. */
  evidenceBadOutcomeRow: (text: string, outcomes: number) => `"${text}" is not an outcome number from 1 to ${outcomes}.`,
  evidenceRepeatedOutcome: (outcome: number, firstRow: number) => `Outcome ${outcome} is already scored on row ${firstRow}.`,
  /** A score that is not on the workbook's scale. */
  evidenceScoreNotOnScale: (text: string, choices: string[]) => `Score "${text}" is not on the workbook's scale: choose one of ${choices.join(', ')} (or leave it blank if not yet scored).`,
  /** A count cell that is not a whole number. */
  evidenceNotCount: (column: string, text: string) => `${column} "${text}" is not a count: write a whole number of 0 or more, or leave it blank if not recorded.`,
  /** A denominator of zero. */
  evidenceZeroDenominator: 'Denominator is 0: a percentage needs a denominator of 1 or more (leave it blank for a count).',
  /** A numerator above its denominator. */
  evidenceNumeratorAboveDenominator: (numerator: number, denominator: number) =>
    `Numerator ${numerator} is greater than denominator ${denominator}: a local measure with a denominator is a percentage, so its numerator counts some of the denominator.`,
  /** A measure row with figures but no name, or no period. */
  evidenceBlankRequired: (column: string) => `${column} is blank but is needed for a row with figures.`,
  /** A period that cannot be read. */
  evidenceBadPeriod: (text: string) => `Period "${text}" is not a period: write a financial year as 2023-24, a calendar year as 2023, or a quarter as 2023-24 Q3.`,
  /** One measure given in periods of different kinds. */
  evidenceMixedPeriods: (measure: string, kind: string, firstKind: string, firstRow: number) =>
    `"${measure}" is given for a ${kind} here but for a ${firstKind} on row ${firstRow}: give one measure in one kind of period.`,
  /** The same measure and period twice. */
  evidenceRepeatedMeasure: (measure: string, period: string, firstRow: number) => `"${measure}" for ${period} is already on row ${firstRow}.`,
  /** One measure with and without a denominator. */
  evidenceMixedDenominator: (measure: string, firstRow: number) =>
    `"${measure}" has a denominator on some rows and not on others (see row ${firstRow}): a measure is either a count (no denominator) or a percentage (a denominator on every row).`,
  /** One measure name under two outcomes. */
  evidenceMeasureTwoBlocks: (measure: string, block: string, firstRow: number) => `"${measure}" is already given under ${block} on row ${firstRow}: give each measure under one outcome or priority action.`,
  /** A "Better when" cell that is not one of its choices. */
  evidenceBadBetterWhen: (text: string) => `Better when "${text}" is not one of: Higher, Lower, Not judged (or blank, read as Not judged).`,
  /** An evidence kind that is not one of its choices. */
  evidenceBadKind: (text: string, kinds: string[]) => `Kind "${text}" is not one of: ${kinds.join(', ')}.`,
  /** A date that cannot be read. */
  evidenceBadDate: (column: string, text: string) => `${column} "${text}" is not a date: write it as 2024-03-31 or 31/03/2024, or choose a date cell format.`,
  /** A row with an outcome or details but nothing saying what it is. */
  evidenceBlankEvidence: 'Evidence is blank but other cells of the row are filled: say what the evidence is.',
  /** Warning: a link that is neither a web address nor a file path. */
  /** Free text in the evidence workbook with what looks like a small count of people (freeTextWarnings). */
  freeTextSmallCount: (found: string[]) =>
    `Possible small count of people in the text: ${found.map((f) => `"${f}"`).join(', ')}. The small-count rule withholds such counts in every table and chart: check ${found.length === 1 ? 'it' : 'them'} before this text is published.`,
  /** Free text in the evidence workbook with an email address or a telephone number (freeTextWarnings). */
  freeTextContact: (found: string[]) =>
    `Contact details in the text: ${found.map((f) => `"${f}"`).join(', ')}. A person's email address or telephone number must not be published; keep only a service's or the partnership's.`,
  evidenceLinkWarning: (text: string) => `Link "${text}" does not look like a web address (https://…) or a file path; kept as text.`,
  /** The workbook is for another area than the pack's. */
  evidenceOtherArea: (file: string, workbookArea: string, area: string) =>
    `${file} is the local evidence workbook for ${workbookArea}, not ${area}: give --evidence the workbook of the area the pack is for.`,
  /** An Annual report sheet row whose Section is not one of the report's sections. */
  annualBadSection: (text: string, sections: readonly string[]) => `Section "${text}" is not one of: ${sections.join(', ')}.`,
  /** An Annual report sheet row with a heading or status but no text. */
  annualBlankText: 'Text is blank but the row has a heading or status: write the text, or clear the row.',
  /** A Status that is not one of its choices. */
  annualBadStatus: (text: string, statuses: readonly string[]) => `Status "${text}" is not one of: ${statuses.join(', ')} (or blank).`,
  /** --year that is not a financial year. */
  annualBadYear: (text: string) => `--year "${text}" is not a financial year: write it as 2024-25 (1 April 2024 to 31 March 2025).`,
  /** snsa annual-report without a workbook. */
  annualNoWorkbook: 'annual-report needs the local evidence workbook: give it with --evidence <file.xlsx> (write one with snsa evidence-template and fill in its Annual report sheet).',
  /** The report written. */
  annualWritten: (files: string[]) => `Annual report written: ${files.join(', ')}`,
  /** Two evidence workbooks found among --data. */
  evidenceTwoWorkbooks: (a: string, b: string) => `Two local evidence workbooks were given (${a} and ${b}): give one.`,
  // ── lived-experience surveys (readSurvey, surveyResults, freeTextAnswers) ──
  /** A question schema that cannot be used: every problem by its path in the schema. */
  surveySchemaInvalid: (file: string, problems: string[]) => `${file}: ${problems.join('; ')}`,
  /** A column the schema names that the export's header row does not have. */
  surveyMissingColumn: (column: string, role: string) =>
    `The column "${column}" (${role}) is not in the header row: check the schema's column name against the export (the header must match, ignoring case and spaces at the ends).`,
  /** An answer that is not one of a question's levels or options. */
  surveyUnknownAnswer: (text: string, nearest: string, allowed: string[]) =>
    `"${text}" is not one of this question's answers; the nearest is "${nearest}". Answers: ${allowed.join(' | ')} (or blank for no answer).`,
  /** A multi-select answer that gives the same choice twice. */
  surveyRepeatedChoice: (choice: string) => `"${choice}" is chosen twice in one answer.`,
  /** A breakdown value that is not one of the breakdown's levels. */
  surveyUnknownGroup: (text: string, nearest: string, allowed: string[]) =>
    `"${text}" is not one of this column's values; the nearest is "${nearest}". Values: ${allowed.join(' | ')} (or blank for not stated).`,
  /** A response with no wave. */
  surveyBlankWave: 'The wave is blank: every response must say which wave it belongs to.',
  /** A wave that is not in the schema's wave order. */
  surveyUnknownWave: (text: string, nearest: string, order: string[]) =>
    `Wave "${text}" is not one of the schema's waves; the nearest is "${nearest}". Waves: ${order.join(' | ')}.`,
  /** A timestamp that cannot be read. */
  surveyBadTimestamp: (text: string, order: 'dmy' | 'mdy') =>
    `"${text}" is not a date and time: write it as 2024-05-31 14:03, or ${order === 'dmy' ? '31/05/2024 14:03 (day first, as the schema says)' : '5/31/2024 14:03 (month first, as the schema says)'}.`,
  /** A comparison of waves asked for a wave the survey does not have. */
  surveyNoSuchWave: (wave: string, waves: string[]) => `The survey has no wave "${wave}". Waves: ${waves.length ? waves.join(', ') : 'none (the schema has no wave column)'}.`,
  /** A question id the survey does not have. */
  surveyNoSuchQuestion: (id: string, ids: string[]) => `The survey has no question "${id}". Questions: ${ids.join(', ')}.`,
  /** A breakdown id the survey does not have. */
  surveyNoSuchBreakdown: (id: string, ids: string[]) => `The survey has no breakdown "${id}". Breakdowns: ${ids.length ? ids.join(', ') : 'none'}.`,
  /** A minimum number of respondents that is not a whole number of 2 or more. */
  surveyBadMinimum: (n: number) => `The minimum number of respondents must be a whole number of 2 or more, not ${n}.`,
  /** Note under every survey table and chart: the minimum-respondent rule. */
  surveyMinimumNote: (n: number) =>
    `Results for a group of fewer than ${n} respondents are not shown, and another group is withheld where the hidden one could otherwise be worked out from the total.`,
  /** Drawn in a chart where a group is withheld by the minimum-respondent rule. */
  surveyNotShownLabel: 'Not shown (minimum-respondent rule)',
  /** Note: a group withheld by the minimum-respondent rule. */
  surveyGroupWithheld: (n: number) => `Not shown: fewer than ${n} respondents, or withheld so that a smaller group cannot be worked out.`,
  /** Free text not shown because the user did not opt in. */
  surveyFreeTextNotShown: (answered: number) =>
    `${answered === 1 ? '1 free-text answer is' : `${answered} free-text answers are`} not shown: free text is printed only when you ask for it (include: true), and then with names, email addresses, phone numbers and postcodes redacted.`,
  /** Free text not shown because too few answered. */
  surveyFreeTextTooFew: (n: number) => `Free-text answers are not shown: fewer than ${n} people answered this question.`,
  /** Note over free text that is shown. */
  surveyFreeTextRedactedNote:
    'Names, email addresses, UK phone numbers and postcodes have been redacted automatically. Automatic redaction misses things (see docs/survey.md): read every answer before publishing it.',
  /** `--survey` without `--survey-schema`, or the other way round. */
  surveyCliOptionsTogether: 'Give the survey export and its question schema together: --survey <export> --survey-schema <schema.json>.',
  /** `--survey` with `--area all`. */
  surveyOneArea: '--survey is one partnership\'s survey: give it with one --area, not --area all.',
  /** What a free-text answer prints as anywhere it is not opted in to. */
  surveyFreeTextPlaceholder: '[free text: not shown]',
  /** A services directory register without one of its required columns. */
  directoryMissingColumn: (column: string) =>
    `The services directory register has no column "${column}" (docs/services-directory.md lists the columns; snsa services-template writes a register to start from).`,
  /** A capacity cell that is not a whole number of places. */
  directoryNotPlaces: (text: string) => `capacity "${text}" is not a number of places: write a whole number of 0 or more, or leave it blank if not recorded.`,
  /** A due-diligence status outside the documented values. */
  directoryDueDiligenceStatus: (text: string, allowed: readonly string[]) => `due_diligence_status "${text}" is not one of ${allowed.join(', ')}.`,
  /** Due diligence complete with no date. */
  directoryDueDiligenceDate: 'due_diligence_date is blank: due diligence marked complete needs the date it was completed (YYYY-MM-DD).',
  /** `not-required` for a provider that is not statutory. */
  directoryNotRequired: (sector: string, statutory: readonly string[]) =>
    `due_diligence_status "not-required" is only for statutory providers (${statutory.join(', ')}); a ${sector} service needs due diligence before it is listed.`,
  /** An agreement cell that is neither yes nor no. */
  directoryAgreed: (text: string) => `partnership_agreed "${text}" is not yes or no (blank is read as no).`,
  /** A review or due-diligence date after today. */
  directoryFutureDate: (column: string, text: string, today: string) => `${column} ${text} is after today (${today}): a date something was done cannot be in the future.`,
  /** `snsa services` without a register. */
  directoryNoRegister: 'Give the services directory register: snsa services --register <file.csv> (snsa services-template writes one to start from).',
  /** A period in quarterly data that is a year, not a quarter. */
  quarterlyNotQuarter: (text: string) =>
    `period "${text}" is not a financial-year quarter: quarterly data gives each row's quarter, as 2024-25 Q3 (Q1 = April to June).`,
  /** Quarterly data with no rows. */
  quarterlyNoData: 'The quarterly data has no rows for any indicator of the quarterly report (docs/quarterly.md lists the data items).',
  /** `snsa quarterly` without data. */
  quarterlyNoDataOption:
    'snsa quarterly needs your quarterly data: --data <file or folder> (docs/quarterly.md has the layouts; examples/quarterly/quarterly-synthetic.csv is a synthetic example).',
  /** `--quarter` that is not a quarter. */
  quarterlyBadQuarter: (text: string) => `--quarter "${text}" is not a financial-year quarter: write it as 2024-25 Q3 (Q1 = April to June).`,
  /** The quarter asked for is not in the data. */
  quarterlyQuarterNotInData: (quarter: string, first: string, last: string) => `The data has no ${quarter}: its quarters run from ${first} to ${last}.`,
  /** The area has no figure in the quarter. */
  quarterlyAreaNoData: (area: string, quarter: string) => `The data has no figure for ${area} in ${quarter}.`,
} as const;
