import ExcelJS from 'exceljs';
import { frameworkDefinitions } from '@cjsnsa/framework';
import { tableToCsv } from '../output/write-pack.js';
import {
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_STATUSES,
  BETTER_WHEN,
  EVIDENCE_COLUMNS,
  EVIDENCE_CSV_FILES,
  EVIDENCE_KINDS,
  EVIDENCE_SHEETS,
  EVIDENCE_WORKBOOK_MARK,
  evidenceBlocks,
  PARTNERSHIP_DETAILS,
} from './evidence-layout.js';
import { scoreChoice, SIX_POINT_SCALE, type EvidenceScale } from './evidence-scale.js';

/**
 * Options of {@link writeEvidenceTemplate} and {@link evidenceTemplateCsv}.
 *
 * @example
 * ```ts
 * const options: EvidenceTemplateOptions = { area: { code: 'S12000047', name: 'Fife' }, rowsPerOutcome: 5 };
 * writeFileSync('fife-evidence.xlsx', await writeEvidenceTemplate(options));
 * ```
 */
export interface EvidenceTemplateOptions {
  /** The council area the workbook is for. */
  area: { code: string; name: string };
  /** The self-evaluation scale. __Default value:__ {@link SIX_POINT_SCALE} (the toolkit's assumption). */
  scale?: EvidenceScale;
  /** Rows given to each outcome in the Local measures and Evidence sheets (each priority action gets one). __Default value:__ 3. */
  rowsPerOutcome?: number;
  /** ISO date written on the Read me sheet. __Default value:__ today. */
  asOf?: string;
}

/**
 * The rows of the data sheets that have validation (room to add rows below the pre-filled blocks).
 *
 * @example
 * ```ts
 * EVIDENCE_VALIDATED_ROWS; // 500: rows 2 to 500 of the Local measures and Evidence sheets have drop-down lists and checks
 * ```
 */
export const EVIDENCE_VALIDATED_ROWS = 500;

/** The About sheet's key/value rows: what the reader needs to know about the workbook (area, scale). */
function aboutRows(area: { code: string; name: string }, scale: EvidenceScale): (string | number | null)[][] {
  return [
    ['workbook', EVIDENCE_WORKBOOK_MARK],
    ['format version', 1],
    ['area code', area.code],
    ['area name', area.name],
    ['framework version', 'cjpf-2023'],
    ['scale id', scale.id],
    ['scale name', scale.name],
    ['scale assumption', scale.assumption],
    ...scale.levels.map((l) => ['score', l.score, l.label]),
  ];
}

/** The pre-filled rows of the Annual report sheet: each partnership detail's heading, then a few rows per section. */
function annualRows(): (string | null)[][] {
  return ANNUAL_REPORT_SECTIONS.flatMap((section): (string | null)[][] =>
    section === 'Partnership details' ? PARTNERSHIP_DETAILS.map((h) => [section, h, null, null]) : Array.from({ length: 3 }, () => [section, null, null, null]),
  );
}

/** The pre-filled rows of the Local measures and Evidence sheets: the block column filled, a few rows per block. */
function blockRows(rowsPerOutcome: number): string[] {
  return evidenceBlocks().flatMap((b) => Array.from({ length: b.kind === 'outcome' ? rowsPerOutcome : 1 }, () => b.label));
}

function readMeLines(area: { code: string; name: string }, scale: EvidenceScale, asOf: string): string[] {
  return [
    `Local evidence workbook: ${area.name} (${area.code})`,
    `Written by cjsnsa (snsa evidence-template) on ${asOf}. Fill it in, save it, and give it to the pack: snsa --area ${area.code} --evidence <this file>.`,
    '',
    'What goes where',
    `${EVIDENCE_SHEETS.scores}: one row per nationally determined outcome. Choose a score from the list and answer the three questions: How are we doing? How do we know? What are we going to do next?`,
    `${EVIDENCE_SHEETS.measures}: figures your partnership holds itself, one row per measure and period. Numerator is a count of people or cases; give a denominator to make it a percentage (numerator out of denominator), or leave it blank for a count. The pack adds 95% intervals and trends, and withholds small counts by the same rule as every other figure.`,
    `${EVIDENCE_SHEETS.evidence}: narrative evidence (reports, case studies, feedback from people with lived experience, service data), with a link or file path and a date.`,
    `${EVIDENCE_SHEETS.annual}: the words of the annual report (snsa annual-report), one row per paragraph or item, under its section: ${ANNUAL_REPORT_SECTIONS.join(', ')}. Partnership details has a row for each detail; a recommendation or local outcome goes in Heading, its progress in Text and its Status from the list. Performance per national outcome is written from the indicators and the sheets above. Add rows below and choose the section from the list. The report's sections and their order are this toolkit's assumption of what the Community Justice annual return asks.`,
    'Each row of Local measures and Evidence belongs to an outcome or a priority action: the first column is filled in for a few rows each; add rows below and choose from the list.',
    'Periods: a financial year as 2023-24, a calendar year as 2023, a quarter as 2023-24 Q3. Dates: 2024-03-31.',
    'Excel checks each entry as you type it (drop-down lists for scores, whole numbers for counts, periods and dates). The pack checks every cell again and names the sheet, row and column of anything it cannot use.',
    '',
    'Assumptions (this toolkit\'s, not Community Justice Scotland\'s)',
    scale.assumption,
    'The layout of this workbook (one block per outcome and priority action; local measures, evidence items and a self-evaluation score per outcome) is this toolkit\'s assumption: the Community Justice Improvement Tool\'s own template and evidence areas were not read.',
    'The three questions are those of the Care Inspectorate\'s self-evaluation model, assumed here to suit the Improvement Tool.',
    `Kinds of evidence (${EVIDENCE_KINDS.join(', ')}) are this toolkit's suggestion.`,
    'Priority actions 8, 9, 10, 12 and 13: their wording was not read; their rows are here for evidence you hold against them.',
    '',
    `Scale: ${scale.name}`,
    ...scale.levels.map((l) => `  ${scoreChoice(l)}`),
    '',
    'Outcomes and priority actions',
    ...evidenceBlocks().map((b) => `  ${b.label}: ${b.wording ?? '(wording not read)'}`),
  ];
}

/**
 * Add a validation to a whole range at once. exceljs's per-cell
 * `cell.dataValidation` is merged into ranges on writing by sorting the cell
 * addresses as text (A10 before A2), which writes overlapping ranges; a range
 * added to the sheet's `dataValidations` is written as it is.
 */
function validate(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const BLOCK_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEAF1F8' } };

/** Period as typed: a financial year (2023-24), a calendar year (2023) or a financial-year quarter (2023-24 Q3); the formula checks the years follow. */
function periodFormula(ref: string): string {
  const fy = (s: string) => `AND(LEN(${s})=7,MID(${s},5,1)="-",MOD(VALUE(LEFT(${s},4))+1,100)=VALUE(MID(${s},6,2)))`;
  return `OR(IFERROR(${fy(ref)},FALSE),IFERROR(AND(LEN(${ref})=4,VALUE(${ref})>=1980,VALUE(${ref})<=2100),FALSE),IFERROR(AND(LEN(${ref})=10,MID(${ref},8,2)=" Q",OR(RIGHT(${ref},1)="1",RIGHT(${ref},1)="2",RIGHT(${ref},1)="3",RIGHT(${ref},1)="4"),${fy(`LEFT(${ref},7)`)}),FALSE))`;
}

function headerRow(ws: ExcelJS.Worksheet, columns: readonly string[], widths: number[]): void {
  const row = ws.addRow([...columns]);
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * Write the local evidence workbook a partnership fills in, as XLSX bytes:
 * a Read me sheet (what goes where, the scale, every assumption about CJS's
 * templates marked as the toolkit's); **Self-evaluation**, one row per
 * nationally determined outcome with a score and the three self-evaluation
 * questions; **Local measures** (outcome or priority action, measure, period,
 * numerator, denominator, better when, source, notes) and **Evidence**
 * (outcome or priority action, evidence, kind, link, date, held by), each
 * with a few rows per outcome and one per priority action pre-filled. Excel
 * data validation catches wrong entries as they are typed, on every row to
 * {@link EVIDENCE_VALIDATED_ROWS}: drop-down lists for the outcome or
 * priority action, the score (on the chosen scale), kind and better-when;
 * whole numbers of 0 or more for counts (1 or more for a denominator);
 * periods as 2023-24, 2023 or 2023-24 Q3; dates from 2000 to 2100. A hidden
 * About sheet records the area and the scale for {@link readEvidenceWorkbook}.
 * A last sheet, **Annual report**, holds the words of the annual report
 * (section, heading, text, status; the section and status from drop-down
 * lists), pre-filled with the partnership details' headings and a few rows
 * per section, for `snsa annual-report`.
 *
 * Written with exceljs, which writes data validation (lists, whole numbers,
 * dates, custom formulas) that Excel, LibreOffice Calc and Google Sheets apply.
 *
 * @param options - see {@link EvidenceTemplateOptions}
 * @returns the workbook's bytes
 * @example
 * ```ts
 * const bytes = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' } });
 * await writeFile('evidence.xlsx', bytes);
 * (await readEvidenceWorkbook('evidence.xlsx')).scores.length; // 9: every outcome, none scored yet
 * ```
 */
export async function writeEvidenceTemplate(options: EvidenceTemplateOptions): Promise<Uint8Array> {
  const scale = options.scale ?? SIX_POINT_SCALE;
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const rowsPerOutcome = options.rowsPerOutcome ?? 3;
  const blocks = evidenceBlocks();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cjsnsa';
  wb.created = new Date(`${asOf}T00:00:00Z`);

  const readMe = wb.addWorksheet(EVIDENCE_SHEETS.readMe);
  readMe.getColumn(1).width = 140;
  for (const [i, line] of readMeLines(options.area, scale, asOf).entries()) {
    const row = readMe.addRow([line]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) row.font = { bold: true, size: 14 };
    else if (line === 'What goes where' || line.startsWith('Assumptions') || line.startsWith('Scale:') || line === 'Outcomes and priority actions') row.font = { bold: true };
  }

  // the hidden list sheet the drop-downs read from
  const lists = wb.addWorksheet(EVIDENCE_SHEETS.lists, { state: 'hidden' });
  const listColumns = [
    ['Outcome or priority action', ...blocks.map((b) => b.label)],
    ['Score', ...scale.levels.map(scoreChoice)],
    ['Kind', ...EVIDENCE_KINDS],
    ['Better when', ...BETTER_WHEN],
    ['Section', ...ANNUAL_REPORT_SECTIONS],
    ['Status', ...ANNUAL_REPORT_STATUSES],
  ];
  const longest = Math.max(...listColumns.map((c) => c.length));
  for (let r = 0; r < longest; r++) lists.addRow(listColumns.map((c) => c[r] ?? null));

  const about = wb.addWorksheet(EVIDENCE_SHEETS.about, { state: 'hidden' });
  for (const r of aboutRows(options.area, scale)) about.addRow(r);

  const blockValidation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`'${EVIDENCE_SHEETS.lists}'!$A$2:$A$${blocks.length + 1}`],
    showErrorMessage: true,
    errorTitle: 'Outcome or priority action',
    error: `Choose from the list: Outcome 1 to Outcome ${blocks.filter((b) => b.kind === 'outcome').length}, or a priority action.`,
  };
  const count = (column: string, min: number): ExcelJS.DataValidation => ({
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [min, 999_999_999],
    showErrorMessage: true,
    errorTitle: column,
    error: `${column} is a count: a whole number of ${min} or more (leave it blank if not recorded).`,
  });
  const dateValidation = (column: string): ExcelJS.DataValidation => ({
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date('2000-01-01T00:00:00Z'), new Date('2100-12-31T00:00:00Z')],
    showErrorMessage: true,
    errorTitle: column,
    error: `${column} is a date, e.g. 2024-03-31.`,
  });

  // Self-evaluation: one row per outcome
  const scores = wb.addWorksheet(EVIDENCE_SHEETS.scores);
  headerRow(scores, EVIDENCE_COLUMNS.scores, [9, 48, 20, 45, 45, 45, 13, 20]);
  const scoreList = `'${EVIDENCE_SHEETS.lists}'!$B$2:$B$${scale.levels.length + 1}`;
  for (const o of frameworkDefinitions().outcomes) {
    const row = scores.addRow([o.outcome, o.wording]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(7).numFmt = 'yyyy-mm-dd';
  }
  const outcomes = frameworkDefinitions().outcomes.length;
  validate(scores, `C2:C${outcomes + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [scoreList],
    showErrorMessage: true,
    errorTitle: 'Score',
    error: `Choose a score from the list (${scale.name}).`,
    showInputMessage: true,
    promptTitle: 'Score',
    prompt: scale.levels.map(scoreChoice).join(', ').slice(0, 255), // Excel's limit for a prompt
  });
  validate(scores, `G2:G${outcomes + 1}`, dateValidation('Scored on'));

  // Local measures and Evidence: a few rows per block, validation to row EVIDENCE_VALIDATED_ROWS
  const measures = wb.addWorksheet(EVIDENCE_SHEETS.measures);
  headerRow(measures, EVIDENCE_COLUMNS.measures, [26, 40, 12, 12, 13, 12, 30, 30]);
  const evidence = wb.addWorksheet(EVIDENCE_SHEETS.evidence);
  headerRow(evidence, EVIDENCE_COLUMNS.evidence, [26, 60, 20, 40, 13, 24]);
  const labels = blockRows(rowsPerOutcome);
  for (const ws of [measures, evidence]) {
    for (const label of labels) {
      const row = ws.addRow([label]);
      // alternate blocks shaded, so each block reads as one
      if (blocks.findIndex((b) => b.label === label) % 2 === 0) row.getCell(1).fill = BLOCK_FILL;
    }
  }
  const last = EVIDENCE_VALIDATED_ROWS;
  validate(measures, `A2:A${last}`, blockValidation);
  validate(measures, `C2:C${last}`, {
    type: 'custom',
    allowBlank: true,
    // relative to the range's first cell, as Excel reads a custom formula
    formulae: [periodFormula('C2')],
    showErrorMessage: true,
    errorTitle: 'Period',
    error: 'Write a financial year as 2023-24, a calendar year as 2023, or a quarter as 2023-24 Q3.',
  });
  validate(measures, `D2:D${last}`, count('Numerator', 0));
  validate(measures, `E2:E${last}`, count('Denominator', 1));
  validate(measures, `F2:F${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${BETTER_WHEN.join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Better when',
    error: `Choose ${BETTER_WHEN.join(', ')}.`,
  });
  validate(evidence, `A2:A${last}`, blockValidation);
  validate(evidence, `C2:C${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`'${EVIDENCE_SHEETS.lists}'!$C$2:$C$${EVIDENCE_KINDS.length + 1}`],
    showErrorMessage: true,
    errorTitle: 'Kind',
    error: `Choose from the list: ${EVIDENCE_KINDS.join(', ')}.`,
  });
  validate(evidence, `E2:E${last}`, dateValidation('Date'));
  for (let r = 2; r <= last; r++) {
    measures.getCell(`C${r}`).numFmt = '@';
    evidence.getCell(`E${r}`).numFmt = 'yyyy-mm-dd';
  }
  // Annual report: the words of the annual report, a section per row
  const annual = wb.addWorksheet(EVIDENCE_SHEETS.annual);
  headerRow(annual, EVIDENCE_COLUMNS.annual, [28, 40, 90, 16]);
  for (const r of annualRows()) annual.addRow(r).alignment = { wrapText: true, vertical: 'top' };
  validate(annual, `A2:A${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`'${EVIDENCE_SHEETS.lists}'!$E$2:$E$${ANNUAL_REPORT_SECTIONS.length + 1}`],
    showErrorMessage: true,
    errorTitle: 'Section',
    error: `Choose from the list: ${ANNUAL_REPORT_SECTIONS.join(', ')}.`,
  });
  validate(annual, `D2:D${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`'${EVIDENCE_SHEETS.lists}'!$F$2:$F$${ANNUAL_REPORT_STATUSES.length + 1}`],
    showErrorMessage: true,
    errorTitle: 'Status',
    error: `Choose from the list: ${ANNUAL_REPORT_STATUSES.join(', ')} (or leave it blank).`,
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The same workbook in CSV form, for partnerships that keep their evidence in
 * another tool: one CSV per sheet ({@link EVIDENCE_CSV_FILES}), each with the
 * workbook's header and pre-filled rows, and `about.csv` with the area and
 * the scale. CSV files carry no validation: {@link readEvidenceWorkbook}
 * checks the folder as it checks the workbook.
 *
 * @param options - see {@link EvidenceTemplateOptions}
 * @returns file name → CSV text
 * @example
 * ```ts
 * const files = evidenceTemplateCsv({ area: { code: 'S12000039', name: 'West Dunbartonshire' } });
 * files['local-measures.csv'].split('\n')[0]; // 'Outcome or priority action,Measure,Period,Numerator,Denominator,Better when,Source,Notes'
 * ```
 */
export function evidenceTemplateCsv(options: EvidenceTemplateOptions): Record<string, string> {
  const scale = options.scale ?? SIX_POINT_SCALE;
  // text that a spreadsheet would run as a formula gets an apostrophe, as in every CSV the pack writes
  const lines = ([columns, ...rows]: readonly (readonly (string | number | null)[])[]) =>
    tableToCsv({ id: '', title: '', columns: columns!.map(String), rows: rows.map((r) => [...r]), notes: [] });
  const labels = blockRows(options.rowsPerOutcome ?? 3);
  const pad = (width: number, first: (string | number)[]) => [...first, ...Array.from({ length: width - first.length }, () => null)];
  return {
    [EVIDENCE_CSV_FILES.about]: lines([['key', 'value', 'label'], ...aboutRows(options.area, scale)]),
    [EVIDENCE_CSV_FILES.scores]: lines([EVIDENCE_COLUMNS.scores, ...frameworkDefinitions().outcomes.map((o) => pad(EVIDENCE_COLUMNS.scores.length, [o.outcome, o.wording]))]),
    [EVIDENCE_CSV_FILES.measures]: lines([EVIDENCE_COLUMNS.measures, ...labels.map((l) => pad(EVIDENCE_COLUMNS.measures.length, [l]))]),
    [EVIDENCE_CSV_FILES.evidence]: lines([EVIDENCE_COLUMNS.evidence, ...labels.map((l) => pad(EVIDENCE_COLUMNS.evidence.length, [l]))]),
    [EVIDENCE_CSV_FILES.annual]: lines([EVIDENCE_COLUMNS.annual, ...annualRows()]),
  };
}
