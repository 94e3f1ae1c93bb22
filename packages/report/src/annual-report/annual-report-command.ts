import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '@cjsnsa/core';
import { disclosureOption } from '../cli/parse-cli-args.js';
import { DataProblemsError, loadSnsaData } from '../data/load-snsa-data.js';
import { readEvidenceWorkbook } from '../evidence/read-evidence-workbook.js';
import { addWorkbookWarnings } from '../evidence/add-workbook-warnings.js';
import { printDataWarnings } from '../cli/print-data-warnings.js';
import { messages } from '../messages.js';
import { areaSlug } from '../output/area-slug.js';
import { packToDocx } from '../output/docx.js';
import { packToHtml } from '../output/html-report.js';
import { prepareSnsa, snsaArea } from '../snsa/snsa-context.js';
import { buildAnnualReport } from './build-annual-report.js';

/**
 * The `snsa annual-report --help` text.
 *
 * @example
 * ```ts
 * ANNUAL_REPORT_USAGE.split('\n')[0]; // 'snsa annual-report: the partnership's annual report on its community justice outcomes'
 * ```
 */
export const ANNUAL_REPORT_USAGE = `snsa annual-report: the partnership's annual report on its community justice outcomes

Usage:
  snsa annual-report --area <name or code> --year <2024-25> --evidence <file.xlsx> [--out <folder>] [--format html,docx]
                     [--data <file or folder>] [--min-count <n> | --disclosure-rule <file>] [--strict]

Options:
  --area      council area name or GSS code (required)
  --year      the reporting year, a financial year: 2024-25 is 1 April 2024 to 31 March 2025 (required)
  --evidence  the local evidence workbook (snsa evidence-template), with its Annual report sheet filled in,
              or the folder of its CSV form; else the one found among --data
  --out       the folder to write into (default: snsa-output); the report goes in <out>/<area>/
  --format    html, docx or both (default: html,docx)
  --data      your own data, as for the pack (checked first)
  --min-count, --disclosure-rule   the small-count rule, as for the pack
  --strict    treat any warning as an error: list the warnings and write nothing
  --help      this text

The words of the report are printed as written. They are checked first for what may be a small count of people
("3 young people") and for email addresses and telephone numbers: each is a warning naming its sheet, row and column.

Writes annual-report-<year>.html and .docx, in the sections of the annual return as this toolkit understands it:
partnership details, governance, progress on last year's recommendations, performance against the national outcomes,
local outcomes, achievements and challenges, next steps, and a sign-off table for the chair.
`;

/**
 * `snsa annual-report`: read the local evidence workbook and the data,
 * build the annual report ({@link buildAnnualReport}) and write it as HTML
 * and Word with the pack's writers. The workbook is read and checked before
 * anything is written; its problems stop the run listed by file, sheet, row
 * and column. Its warnings, with {@link freeTextWarnings} on the words it
 * prints as written, go to stderr and into the report's Warnings box (with
 * `--strict`, they stop the run).
 *
 * @param argv - the arguments after `annual-report`
 * @returns the files written, or `null` for `--help` (the usage is printed)
 * @throws Error with a catalogued message for an unknown option, a missing area or year, a year that is not a financial year, or no workbook
 * @example
 * ```ts
 * await annualReportCommand(['--area', 'West Dunbartonshire', '--year', '2024-25', '--evidence', 'wd-evidence.xlsx']);
 * // ['/…/snsa-output/west-dunbartonshire/annual-report-2024-25.html', '/…/annual-report-2024-25.docx']
 * ```
 */
export async function annualReportCommand(argv: string[], asOf?: string): Promise<string[] | null> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        area: { type: 'string' },
        year: { type: 'string' },
        evidence: { type: 'string' },
        out: { type: 'string', default: 'snsa-output' },
        format: { type: 'string', default: 'html,docx' },
        data: { type: 'string' },
        'min-count': { type: 'string' },
        'disclosure-rule': { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new Error(messages.unknownOption((err as Error).message));
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(ANNUAL_REPORT_USAGE);
    return null;
  }
  if (v.area === undefined) throw new Error(messages.unknownOption('annual-report needs --area <name or code>'));
  if (v.year === undefined) throw new Error(messages.unknownOption('annual-report needs --year, e.g. --year 2024-25'));
  const formats = String(v.format).split(',').map((f) => f.trim().toLowerCase());
  if (!formats.length || formats.some((f) => f !== 'html' && f !== 'docx')) throw new Error(messages.unknownOption(`--format ${v.format}: give html, docx or html,docx`));
  const disclosure = disclosureOption(v);
  const area = snsaArea(v.area);
  if (!/^\d{4}-\d{2}$/.test(v.year.trim())) throw new Error(messages.annualBadYear(v.year));
  const data = await loadSnsaData({ ownDataDir: v.data ?? null });
  printDataWarnings(data, Boolean(v.strict));
  const file = v.evidence ?? data.evidenceWorkbook ?? null;
  if (!file) throw new Error(messages.annualNoWorkbook);
  let workbook;
  try {
    workbook = await readEvidenceWorkbook(resolve(file));
  } catch (err) {
    if (err instanceof DataError) throw new DataProblemsError(err.issues);
    throw err;
  }
  if (workbook.area.code !== area.code) throw new Error(messages.evidenceOtherArea(file, workbook.area.name, area.name));
  // the workbook's warnings and the check of its free text: printed and in the report's Warnings box, or with --strict an error
  addWorkbookWarnings(workbook, data, disclosure, Boolean(v.strict));
  const ctx = await prepareSnsa(data, { disclosure, evidence: workbook });
  const report = await buildAnnualReport(ctx, area, { year: v.year.trim(), ...(asOf ? { asOf } : {}) });
  const dir = resolve(join(String(v.out), areaSlug(area.name)));
  await mkdir(dir, { recursive: true });
  const stem = join(dir, `annual-report-${v.year.trim()}`);
  const written: string[] = [];
  if (formats.includes('html')) {
    await writeFile(`${stem}.html`, packToHtml(report));
    written.push(`${stem}.html`);
  }
  if (formats.includes('docx')) {
    await writeFile(`${stem}.docx`, await packToDocx(report));
    written.push(`${stem}.docx`);
  }
  process.stdout.write(`${messages.annualWritten(written)}\n`);
  return written;
}
