import { columnLetter, parseCell, parsePeriod, readSheets, type DataIssue, type DataWarning, type SheetCells, type SheetsRead, type TableSource } from '@cjsnsa/core';
import { AreaNotFoundError } from '../geography/area-not-found-error.js';
import { resolveArea } from '../geography/resolve-area.js';
import { messages } from '../messages.js';
import { importedTable, stripNotes, type ImportResult, type ImportedRead, type ImportedRow, type OfficialTablesRead } from './imported-observations.js';
import { FRONT_SHEET, JSW_SHEET, JSW_TABLES, jswColumnOf, jswTableOf, type JswColumn, type JswTable } from './jsw-tables.js';

/** The heading of the column of council areas. */
const AREA_HEADING = /^(local authority( area| name)?|council( area)?( name)?|area( name)?|la)$/i;
/** A column of GSS codes beside the names (not read: the names are). */
const CODE_HEADING = /\bcode\b/i;
const FINANCIAL_YEAR = /\b(\d{4})\s*(?:[-/–]|to)\s*(\d{2}|\d{4})\b/g;
/** Links and notes above a table, not its title. */
const NAVIGATION = /^(back to|return to|go to)\b|^this (table|worksheet)\b/i;
/** How far down a sheet the table's header is looked for. */
const HEADER_SEARCH_ROWS = 30;

const text = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
const blank = (v: unknown) => text(v) === '';
const knownTables = () => JSW_TABLES.map((t) => `${t.description} (like ${t.sheet})`);

/** The financial years named in a text (`2022-23`, `2022/23`, `2022 to 2023`), as labels. */
function yearsIn(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(FINANCIAL_YEAR)) {
    try {
      const p = parsePeriod(`${m[1]}-${m[2]}`);
      if (p.kind === 'financial-year' && !out.includes(p.label)) out.push(p.label);
    } catch {
      // not a year: part of the words
    }
  }
  return out;
}

/** Internal: does a workbook hold JSW tables (a sheet named like `CPO_23`)? */
export function isJswWorkbook(read: SheetsRead): boolean {
  return read.format === 'xlsx' && read.sheets.some((s) => JSW_SHEET.test(s.name.trim()));
}

interface Header {
  /** 0-based index of the first and last header rows */
  top: number;
  bottom: number;
  areaColumn: number;
  areaHeading: string;
  /** `[note n]` numbers on the area heading: they apply to every row */
  areaNotes: string[];
}

/** The header block: the row with the "Local authority" heading, with the rows above and below it that have no area cell. */
function findHeader(rows: unknown[][]): Header | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const c = (rows[r] ?? []).findIndex((v) => !blank(v));
    if (c < 0 || !AREA_HEADING.test(stripNotes(text(rows[r][c])).text)) continue;
    const headerRow = (i: number) => !!rows[i] && blank(rows[i][c]) && rows[i].some((v, j) => j > c && !blank(v));
    let top = r;
    while (top > 0 && headerRow(top - 1)) top--;
    let bottom = r;
    while (headerRow(bottom + 1) && rows[bottom + 1].slice(c + 1).every((v) => blank(v) || typeof v === 'string')) bottom++;
    const { text: areaHeading, notes: areaNotes } = stripNotes(text(rows[r][c]));
    return { top, bottom, areaColumn: c, areaHeading, areaNotes };
  }
  return null;
}

/** Each column's heading cells, merged cells of upper rows filled in from the left. */
function headings(rows: unknown[][], h: Header, width: number): string[][] {
  const out: string[][] = Array.from({ length: width }, () => []);
  for (let r = h.top; r <= h.bottom; r++) {
    let carried = '';
    for (let c = h.areaColumn + 1; c < width; c++) {
      const v = text(rows[r][c]);
      if (v) carried = v;
      const cell = v || (r < h.bottom ? carried : '');
      if (cell) out[c].push(cell);
    }
  }
  return out;
}

interface SheetRead {
  reads: ImportedRead[];
  warnings: DataWarning[];
  problems: DataIssue[];
}

/** Read one table sheet: its title, header, area rows and the cells of each column it knows. */
function readTableSheet(file: string, base: string, sheet: SheetCells): SheetRead {
  const where = `${file}, sheet ${sheet.name}`;
  const at = (row: number | null, column: string | null = null, letter: string | null = null) => ({ file: where, row, column, columnLetter: letter });
  const out: SheetRead = { reads: [], warnings: [], problems: [] };
  const rows = sheet.rows;
  const titleRow = rows.findIndex((r) => r.some((v) => !blank(v)) && !NAVIGATION.test(text(r.find((v) => !blank(v)))));
  const rawTitle = titleRow < 0 ? '' : text(rows[titleRow].find((v) => !blank(v)));
  const { text: titleText, notes: titleNotes } = stripNotes(rawTitle);
  const title = titleText.replace(/^table\s+[\w.]+\s*[:.–-]\s*/i, '');
  const table = jswTableOf(title);
  if (!table) {
    out.problems.push({ ...at(titleRow + 1), message: messages.officialTableUnknown(sheet.name, title, knownTables()) });
    return out;
  }
  if (!table.columns.length) {
    out.warnings.push({ ...at(titleRow + 1), message: messages.officialNotUsed(`Sheet "${sheet.name}" ("${title}")`) });
    return out;
  }
  const h = findHeader(rows);
  if (!h) {
    out.problems.push({ ...at(null), message: messages.officialTableNoHeader(sheet.name) });
    return out;
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const heads = headings(rows, h, width);
  const titleYears = yearsIn(title);
  const source = `Scottish Government, Justice Social Work Statistics in Scotland, ${sheet.name}: ${title} (${base})`;

  // the area rows: from under the header to the first row with no label, or a label with no values
  const areaLetter = columnLetter(h.areaColumn);
  const areas: { row: number; code: string; label: string; notes: string[] }[] = [];
  const seen = new Map<string, number>();
  for (let r = h.bottom + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const { text: label, notes } = stripNotes(text(cells[h.areaColumn]));
    if (!label) break;
    const values = cells.slice(h.areaColumn + 1).some((v) => !blank(v));
    try {
      const area = resolveArea(label);
      const first = seen.get(area.code);
      if (first !== undefined) out.problems.push({ ...at(r + 1, h.areaHeading, areaLetter), message: messages.officialAreaTwice(label, area.name, first) });
      else {
        seen.set(area.code, r + 1);
        areas.push({ row: r + 1, code: area.code, label, notes });
      }
    } catch (e) {
      if (!(e instanceof AreaNotFoundError)) throw e;
      if (!values) break; // a note or source line under the table
      out.problems.push({ ...at(r + 1, h.areaHeading, areaLetter), message: messages.officialRowLabel(messages.areaNotFound(e.input, e.suggestions)) });
    }
  }

  // each column: its measure, period and what it becomes
  const headingCells = (letter: string) => (h.top === h.bottom ? `${letter}${h.top + 1}` : `${letter}${h.top + 1}:${letter}${h.bottom + 1}`);
  const columns: { c: number; heading: string; spec: JswColumn; period: string; notes: string[] }[] = [];
  let counted = 0;
  for (let c = h.areaColumn + 1; c < width; c++) {
    const parts = heads[c].map((p) => stripNotes(p));
    const heading = parts.map((p) => p.text).join(' ').trim();
    const letter = columnLetter(c);
    if (!heading) continue; // a blank spacer column: core reports cells under a blank heading when a table has them
    if (c === h.areaColumn + 1 && CODE_HEADING.test(heading)) continue;
    const years = yearsIn(heading);
    const measure = heading.replace(FINANCIAL_YEAR, '').replace(/[\s,:;–-]+$|^[\s,:;–-]+/g, '').trim();
    const spec = jswColumnOf(table, measure || title);
    if (!spec) {
      out.problems.push({ ...at(h.bottom + 1, heading, letter), message: messages.officialColumnUnknown(heading, table.columns.map((k) => k.label)) });
      continue;
    }
    if (spec.rate) {
      columns.push({ c, heading, spec, period: years[0] ?? titleYears[0] ?? '', notes: [] });
      continue;
    }
    if (!spec.outputs.length) {
      out.warnings.push({ ...at(h.bottom + 1, heading, letter), message: messages.officialNotUsed(`Column "${heading}"`) });
      continue;
    }
    const period = years.length === 1 ? years[0] : years.length === 0 && titleYears.length === 1 ? titleYears[0] : null;
    if (!period) {
      out.problems.push({ ...at(h.bottom + 1, heading, letter), message: messages.officialColumnNoPeriod(heading, title) });
      continue;
    }
    counted++;
    columns.push({ c, heading, spec, period, notes: parts.flatMap((p) => p.notes) });
  }
  if (!counted && columns.length && !out.problems.length) {
    out.problems.push({ ...at(titleRow + 1), message: messages.officialRateOnlyTable(sheet.name, title) });
    return out;
  }

  const values = new Map<string, number | null>(); // `${item}|${period}|${area}` → count, for rate checks
  const rates: typeof columns = [];
  for (const col of columns) {
    const letter = columnLetter(col.c);
    if (col.spec.rate) {
      rates.push(col);
      continue;
    }
    const byOutput = col.spec.outputs.map((o) => {
      const read: ImportedRead = {
        file: where,
        source,
        columns: {
          indicator: { column: col.heading, columnLetter: letter },
          area: { column: h.areaHeading, columnLetter: areaLetter },
          period: { column: col.heading, columnLetter: letter },
          numerator: { column: col.heading, columnLetter: letter },
          status: { column: col.heading, columnLetter: letter },
          breakdown: { column: col.heading, columnLetter: letter },
          group: { column: col.heading, columnLetter: letter },
          source: { column: null, columnLetter: null },
        },
        rows: [],
      };
      out.reads.push(read);
      return { o, read };
    });
    for (const a of areas) {
      const raw = rows[a.row - 1]?.[col.c];
      let cell;
      try {
        cell = parseCell(raw === null || raw === undefined || typeof raw === 'number' ? raw : text(raw));
      } catch (e) {
        out.problems.push({ ...at(a.row, col.heading, letter), message: (e as Error).message });
        continue;
      }
      const notes = [...new Set([...titleNotes, ...h.areaNotes, ...col.notes, ...a.notes])];
      const provenance = `${base}, sheet ${sheet.name}, cell ${letter}${a.row} (area ${areaLetter}${a.row}, heading ${headingCells(letter)})${notes.length ? `; notes ${notes.join(', ')}` : ''}`;
      for (const { o, read } of byOutput) {
        const row: ImportedRow = { row: a.row, indicator: o.item, area: a.code, period: col.period, numerator: cell.value, status: cell.status ?? '', provenance };
        if (o.breakdown) Object.assign(row, { breakdown: o.breakdown, group: o.group ?? null });
        else values.set(`${o.item}|${col.period}|${a.code}`, cell.value);
        read.rows.push(row);
      }
    }
  }
  for (const col of rates) checkRates(col, areas, rows, values, out, at);
  return out;
}

/** A rate column: fractions not above 1, checked against the counts beside them; then left out with a warning. */
function checkRates(
  col: { c: number; heading: string; spec: JswColumn; period: string },
  areas: readonly { row: number; code: string }[],
  rows: unknown[][],
  values: ReadonlyMap<string, number | null>,
  out: SheetRead,
  at: (row: number | null, column?: string | null, letter?: string | null) => Omit<DataIssue, 'message'>,
) {
  const letter = columnLetter(col.c);
  out.warnings.push({ ...at(null, col.heading, letter), message: messages.officialRateColumnSkipped(col.heading) });
  if (col.spec.rate !== 'fraction') return;
  for (const a of areas) {
    const raw = rows[a.row - 1]?.[col.c];
    let value: number | null;
    try {
      value = parseCell(typeof raw === 'number' || raw === null || raw === undefined ? raw : text(raw)).value;
    } catch (e) {
      out.problems.push({ ...at(a.row, col.heading, letter), message: (e as Error).message });
      continue;
    }
    if (value === null) continue;
    if (value > 1) {
      out.problems.push({ ...at(a.row, col.heading, letter), message: messages.officialRateAboveOne(value) });
      continue;
    }
    const check = col.spec.check;
    const n = check ? values.get(`${check.numerator}|${col.period}|${a.code}`) : null;
    const d = check ? values.get(`${check.denominator}|${col.period}|${a.code}`) : null;
    // published fractions are rounded: up to half a percentage point is rounding
    if (typeof n === 'number' && typeof d === 'number' && d > 0 && Math.abs(n / d - value) > 0.005) {
      out.warnings.push({ ...at(a.row, col.heading, letter), message: messages.officialRateDisagrees(value, n, d) });
    }
  }
}

/** Internal: map every table of a JSW workbook already read (see {@link readJswWorkbook}). */
export function importJswWorkbook(read: SheetsRead): ImportResult {
  const base = read.file.split(/[\\/]/).pop() ?? read.file;
  const result: ImportResult = { reads: [], warnings: [], problems: [] };
  for (const sheet of read.sheets) {
    if (FRONT_SHEET.test(sheet.name.trim()) || sheet.rows.every((r) => r.every(blank))) continue;
    const s = readTableSheet(read.file, base, sheet);
    result.reads.push(...s.reads.filter((r) => r.rows.length));
    result.warnings.push(...s.warnings);
    result.problems.push(...s.problems);
  }
  if (!result.reads.length && !result.problems.length) {
    result.problems.push({ file: read.file, row: null, column: null, columnLetter: null, message: messages.officialNoTables(base, knownTables()) });
  }
  return result;
}

/**
 * Read a Justice Social Work Statistics local-authority workbook (.xlsx) as
 * the Scottish Government publishes it with each annual bulletin, and map
 * every table it recognises ({@link JSW_TABLES}) to observations of the
 * framework's data items.
 *
 * Each table sheet is read as published: the title in the first row (a
 * `Table CPO_23:` prefix and `[note n]` markers removed), "Back to table
 * of contents" and filter-note rows above the table, a header found by
 * its "Local authority" (or "Council area") heading, over one row or
 * several (a year row over a measure row; merged header cells read as
 * filling their span), 32 council-area rows and a Scotland row named as
 * NRS and SG write them ("Edinburgh, City of", "Na h-Eileanan Siar",
 * "Eilean Siar", "Argyll & Bute"), and cells as numbers or GSS symbols:
 * `[c]` → `suppressed`, `[x]` → `not-available`, `[z]` → `not-applicable`,
 * `[low]` → `low-figure`, a number with `[p]`/`[r]` → `provisional`/`revised`.
 * The period of a column is the financial year in its heading, else the
 * one year in the title. Cover, contents and notes sheets are skipped.
 * Every row carries `provenance`: file, sheet, the value cell, its area
 * cell and heading cells, and the `[note n]` numbers that apply.
 *
 * Rates (fractions 0–1, or per 10,000) are never read as counts: beside
 * counts they are left out with a warning (a completion rate checked
 * against its counts); a table of rates only is refused.
 *
 * Built to the published GSS/SG layout conventions; not yet tested on a
 * real JSW workbook.
 *
 * @param source - a file path or `{ name, data }` with the workbook's bytes.
 * @returns a promise of the observations (with `provenance`) and warnings.
 * @throws DataError listing every problem: a sheet whose table is not
 *   recognised (naming file and sheet, listing the tables known), a column
 *   heading not known in its table, a column with no year, a row label that
 *   is not a council area, a cell that cannot be read (file, sheet, Excel
 *   row and column letter), a rate above 1, a table of rates only.
 * @example
 * ```ts
 * const { table, warnings } = await readJswWorkbook('justice-social-work-2023-24-la-tables.xlsx');
 * table.objects()[0];
 * // { indicator: 'cpo-completed', area: 'S12000033', period: '2023-24', numerator: 612, denominator: null,
 * //   status: 'published', source: 'Scottish Government, Justice Social Work Statistics in Scotland, CPO_23: …',
 * //   breakdown: null, group: null,
 * //   provenance: 'justice-social-work-2023-24-la-tables.xlsx, sheet CPO_23, cell B6 (area A6, heading B4:B5)' }
 * ```
 */
export async function readJswWorkbook(source: TableSource): Promise<OfficialTablesRead> {
  return importedTable(importJswWorkbook(await readSheets(source, { format: 'xlsx' })));
}
