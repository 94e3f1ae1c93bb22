import { readRegisterRecords } from './read-register-records.js';
import { z } from 'zod';
import { DataError, addStatus, financialYear, parseCell, type DataIssue, type DataWarning, type TableSource } from '@cjsnsa/core';
import { AreaNotFoundError, frameworkDefinitions, resolveArea } from '@cjsnsa/framework';
import { messages } from '../messages.js';

/**
 * One service of a services register, typed: what {@link readServicesRegister}
 * makes of a row.
 *
 * @example
 * ```ts
 * const s: ServiceRecord = { row: 2, serviceId: 'SVC0030', area: 'S12000013', name: 'Custody Link Workers',
 *   providerType: 'third-sector', outcomes: [2], places: 5, placesStatus: 'published', referrals: 4,
 *   referralsStatus: 'published', fundingStart: '2022-11-08', fundingEnd: '2024-05-01', status: 'published', source: '' };
 * ```
 */
export interface ServiceRecord {
  /** The row of the register file (the header is row 1, as in a spreadsheet). */
  row: number;
  serviceId: string;
  /** GSS code of the council area (names in the register are resolved to codes). */
  area: string;
  name: string;
  /** As written in the register, e.g. `third-sector` ({@link providerTypeLabel} reads it out). */
  providerType: string;
  /** The CJPF outcome numbers the service contributes to, ascending. */
  outcomes: number[];
  /** Places (capacity). Not a count of people, so never disclosure-controlled; `null` when not recorded. */
  places: number | null;
  /** The row's status, with `not-available` (blank or `[x]`) or `suppressed` (`[c]`) when `places` is null. */
  placesStatus: string;
  /** People referred in the register's {@link ServicesRegister.period}, as recorded: a count of people, to pass disclosure control before it is shown. */
  referrals: number | null;
  /** The row's status, with `not-available` or `suppressed` (`[c]`, withheld by the register's owner) when `referrals` is null. */
  referralsStatus: string;
  /** ISO date (`YYYY-MM-DD`). */
  fundingStart: string;
  /** ISO date (`YYYY-MM-DD`), not before `fundingStart`. */
  fundingEnd: string;
  /** The row's status codes (core `status.ts`). __Default value:__ `published` when the column is absent or blank. */
  status: string;
  /** The row's source. __Default value:__ `''` when the column is absent. */
  source: string;
}

/**
 * A services register read and checked by {@link readServicesRegister}: its
 * services as typed rows, and the period of its referrals, taken from the
 * name of its referrals column.
 *
 * @example
 * ```ts
 * const r = await readServicesRegister('datasets/synthetic/register-services-synthetic.csv');
 * r.period; // '2023-24'
 * r.referralsColumn; // 'referrals_2023_24'
 * ```
 */
export interface ServicesRegister {
  /** The file it was read from (named in every problem). */
  file: string;
  /** The financial year of the referrals, e.g. `2023-24`. */
  period: string;
  /** The column the referrals were read from, e.g. `referrals_2023_24`. */
  referralsColumn: string;
  /** Earlier periods the register also has referrals for (their columns are not read): the latest is used. */
  earlierPeriods: string[];
  services: ServiceRecord[];
  /** Warnings raised while reading (text read as Windows-1252, values separated by `;`). */
  warnings: DataWarning[];
}

/**
 * The columns a register must have, besides its referrals column.
 *
 * @example
 * ```ts
 * SERVICES_REGISTER_COLUMNS.join(','); // 'service_id,area,service_name,provider_type,outcomes,capacity,funding_start,funding_end', then a referrals_YYYY_YY column
 * ```
 */
export const SERVICES_REGISTER_COLUMNS = ['service_id', 'area', 'service_name', 'provider_type', 'outcomes', 'capacity', 'funding_start', 'funding_end'] as const;

const REFERRALS_COLUMN = /^referrals_(\d{4})_(\d{2})$/;

/**
 * The period of a register's referrals, from the name of its referrals
 * column: `referrals_2023_24` holds referrals in the financial year
 * `2023-24`. With several such columns the latest is used, and the others
 * are listed as `earlier`.
 *
 * @param header - the register's column names
 * @returns the period, its column and the earlier periods, or the problem as a message of the catalogue
 * @example
 * ```ts
 * referralsPeriod(['service_id', 'referrals_2022_23', 'referrals_2023_24']);
 * // { period: '2023-24', column: 'referrals_2023_24', earlier: ['2022-23'] }
 * referralsPeriod(['service_id', 'referrals']); // { problem: 'Column "referrals" looks like referrals but …', column: 'referrals' }
 * ```
 */
export function referralsPeriod(header: readonly string[]): { period: string; column: string; earlier: string[] } | { problem: string; column: string | null } {
  const found: { period: string; column: string }[] = [];
  for (const column of header) {
    if (!/^referrals/i.test(column)) continue;
    const m = REFERRALS_COLUMN.exec(column);
    const start = m ? Number(m[1]) : NaN;
    const label = m && Number(m[2]) === (start + 1) % 100 ? financialYear(start).label : null;
    if (!label) return { problem: messages.registerReferralsColumnUnclear(column), column };
    found.push({ period: label, column });
  }
  if (found.length === 0) return { problem: messages.registerNoReferralsColumn, column: null };
  found.sort((a, b) => a.period.localeCompare(b.period));
  const latest = found[found.length - 1];
  return { period: latest.period, column: latest.column, earlier: found.slice(0, -1).map((f) => f.period) };
}

const PROVIDER_LABELS: Record<string, string> = {
  'third-sector': 'Third sector',
  'local-authority': 'Local authority',
  nhs: 'NHS',
  'housing-association': 'Housing association',
  private: 'Private sector',
  sps: 'Scottish Prison Service',
  'police-scotland': 'Police Scotland',
};

/**
 * A register's provider type as words for charts and tables: the usual codes
 * by name (`third-sector` → `Third sector`, `nhs` → `NHS`), any other code
 * (lower-case words joined by `-` or `_`) with spaces and a capital first
 * letter; anything else is already words, and is kept as written.
 *
 * @example
 * ```ts
 * providerTypeLabel('third-sector'); // 'Third sector'
 * providerTypeLabel('nhs'); // 'NHS'
 * providerTypeLabel('faith_group'); // 'Faith group'
 * providerTypeLabel('Mentoring charity'); // 'Mentoring charity'
 * ```
 */
export function providerTypeLabel(providerType: string): string {
  const code = providerType.trim();
  const known = PROVIDER_LABELS[code.toLowerCase()];
  if (known) return known;
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(code)) return code;
  const words = code.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A cell as text: numbers as written, dates (from a workbook) as ISO dates, nothing as ''. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}

const required = (column: string) => z.string().min(1, messages.registerBlank(column));

/** A count cell: a whole number of 0 or more, blank (not recorded), or a table symbol (`[c]`, `[x]` …). */
const countCell = (column: string) =>
  z.string().transform((text, ctx): { value: number | null; status: string | null } => {
    if (text === '') return { value: null, status: 'not-available' };
    try {
      const cell = parseCell(text);
      if (cell.value === null || (Number.isInteger(cell.value) && cell.value >= 0)) return cell;
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
    }
    ctx.issues.push({ code: 'custom', message: messages.registerNotCount(column, text), input: text });
    return z.NEVER;
  });

const dateCell = (column: string) =>
  z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: (iss) => messages.registerNotDate(column, String(iss.input)),
  });

function rowSchema(outcomeNumbers: number[]) {
  return z
    .object({
      service_id: required('service_id'),
      area: required('area').transform((text, ctx) => {
        try {
          const a = resolveArea(text);
          if (a.type === 'council') return a.code;
          ctx.issues.push({ code: 'custom', message: messages.registerNotCouncilArea(`${a.name} is not a council area.`), input: text });
        } catch (err) {
          if (!(err instanceof AreaNotFoundError)) throw err;
          ctx.issues.push({ code: 'custom', message: messages.registerNotCouncilArea(err.message), input: text });
        }
        return z.NEVER;
      }),
      service_name: required('service_name'),
      provider_type: required('provider_type'),
      outcomes: z.string().transform((text, ctx) => {
        const parts = text.split(/[;,]/).map((p) => p.trim()).filter(Boolean);
        const numbers = parts.map(Number);
        if (parts.every((p, i) => /^\d+$/.test(p) && outcomeNumbers.includes(numbers[i]))) return [...new Set(numbers)].sort((a, b) => a - b);
        ctx.issues.push({ code: 'custom', message: messages.registerUnknownOutcome(text, outcomeNumbers), input: text });
        return z.NEVER;
      }),
      capacity: countCell('capacity'),
      funding_start: dateCell('funding_start'),
      funding_end: dateCell('funding_end'),
      status: z.string().transform((s) => s || 'published'),
      source: z.string(),
    })
    .superRefine((r, ctx) => {
      if (r.funding_end < r.funding_start) ctx.addIssue({ code: 'custom', path: ['funding_end'], message: messages.registerDateOrder(r.funding_start, r.funding_end) });
    });
}

/** Spreadsheet column letter of a 0-based index (0 → A, 26 → AA). */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Check a services register's rows and type them: the boundary past which
 * no code reads a cell as text. {@link readServicesRegister} reads a file
 * and calls it; call it directly on rows already read (e.g. from core
 * `readTable`), giving the rows' numbers in the file if they are not the
 * rows after a one-row header.
 *
 * Columns: `service_id`, `area` (GSS code or name of a council area),
 * `service_name`, `provider_type`, `outcomes` (CJPF outcome numbers
 * separated by `;`), `capacity` (places), one or more `referrals_YYYY_YY`
 * (people referred in that financial year; the latest is read, see
 * {@link referralsPeriod}), `funding_start` and `funding_end` (`YYYY-MM-DD`),
 * and optionally `status` and `source`; other columns are kept out.
 * Counts are whole numbers of 0 or more; blank is "not recorded", and the
 * symbols of core `CELL_SYMBOLS` are read as there (`[c]` withheld by the
 * register's owner, `[x]` not available).
 *
 * @param records - one object per row, keyed by column name; cells as text, numbers or dates
 * @param options - `file` (named in problems), `header` (__Default value:__ the keys of the first record), `rows` (__Default value:__ 2, 3, …)
 * @returns the typed {@link ServicesRegister} (without warnings)
 * @throws core `DataError` listing every problem by file, row and column
 *   (with its letter): a missing column, no referrals column or one whose
 *   period cannot be told, a blank required cell, a count that is not a
 *   whole number, a date that is not `YYYY-MM-DD`, funding that ends before
 *   it starts, an unknown outcome or area, a service id given twice, or a
 *   service name given twice in one area.
 * @example
 * ```ts
 * const row = { service_id: 'S1', area: 'Fife', service_name: 'Bail support', provider_type: 'nhs', outcomes: '3',
 *   capacity: '9', referrals_2023_24: '11', funding_start: '2023-04-01', funding_end: '2026-03-31' };
 * const r = parseServicesRegister([row], { file: 'register.csv' });
 * r.services[0].referrals > r.services[0].places; // true: 11 > 9, as numbers
 * parseServicesRegister([{ ...row, capacity: 'ten' }], { file: 'register.csv' });
 * // throws DataError: register.csv, row 2, column capacity (F): capacity "ten" is not a count: …
 * ```
 */
export function parseServicesRegister(
  records: readonly Record<string, unknown>[],
  options: { file: string; header?: readonly string[]; rows?: readonly number[] },
): ServicesRegister {
  const { file } = options;
  const header = [...(options.header ?? Object.keys(records[0] ?? {}))];
  const at = (row: number | null, column: string | null) => {
    const i = column === null ? -1 : header.indexOf(column);
    return { file, row, column, columnLetter: i >= 0 ? columnLetter(i) : null };
  };
  const problems: DataIssue[] = SERVICES_REGISTER_COLUMNS.filter((c) => !header.includes(c)).map((c) => ({ ...at(null, c), message: messages.registerMissingColumn(c) }));
  const found = referralsPeriod(header);
  if ('problem' in found || problems.length) {
    if ('problem' in found) problems.push({ ...at(null, found.column), message: found.problem });
    throw new DataError(problems);
  }
  const { period, column: referralsColumn, earlier } = found;

  const schema = rowSchema(frameworkDefinitions().outcomes.map((o) => o.outcome));
  const referralsCell = countCell(referralsColumn);
  const services: ServiceRecord[] = [];
  const firstRowOf = new Map<string, number>();
  records.forEach((record, i) => {
    const row = options.rows?.[i] ?? i + 2;
    const text = (column: string) => cellText(record[column]);
    const parsed = schema.safeParse(Object.fromEntries([...SERVICES_REGISTER_COLUMNS, 'status', 'source'].map((c) => [c, text(c)])));
    // the referrals cell is checked under the name of its column
    const referrals = referralsCell.safeParse(text(referralsColumn));
    const rowProblems: DataIssue[] = [];
    for (const zi of [...(parsed.success ? [] : parsed.error.issues), ...(referrals.success ? [] : referrals.error.issues)]) {
      const column = zi.path.length ? String(zi.path[0]) : referralsColumn;
      if (!rowProblems.some((p) => p.column === column)) rowProblems.push({ ...at(row, column), message: zi.message });
    }
    if (!parsed.success || !referrals.success) {
      problems.push(...rowProblems);
      return;
    }
    const r = parsed.data;
    for (const [column, key] of [
      ['service_id', `id\u0000${r.service_id}`],
      ['service_name', `name\u0000${r.area}\u0000${r.service_name}`],
    ] as const) {
      const first = firstRowOf.get(key);
      if (first !== undefined) problems.push({ ...at(row, column), message: messages.registerRepeated(column, column === 'service_id' ? r.service_id : r.service_name, first) });
      else firstRowOf.set(key, row);
    }
    services.push({
      row,
      serviceId: r.service_id,
      area: r.area,
      name: r.service_name,
      providerType: r.provider_type,
      outcomes: r.outcomes,
      places: r.capacity.value,
      placesStatus: addStatus(r.status, ...(r.capacity.status ? [r.capacity.status] : [])),
      referrals: referrals.data.value,
      referralsStatus: addStatus(r.status, ...(referrals.data.status ? [referrals.data.status] : [])),
      fundingStart: r.funding_start,
      fundingEnd: r.funding_end,
      status: r.status,
      source: r.source,
    });
  });
  if (problems.length) throw new DataError(problems);
  return { file, period, referralsColumn, earlierPeriods: earlier, services, warnings: [] };
}

/**
 * Read a services register (CSV) and check it completely: every cell is
 * parsed once, here, into a typed {@link ServicesRegister} (see
 * {@link parseServicesRegister} for the columns and the checks), with the
 * file's own row numbers in every problem. The period of the referrals is
 * the register's own, from its `referrals_YYYY_YY` column.
 *
 * @param source - a CSV path, or `{ name, data }` with its text or bytes (core `TableSource`)
 * @returns the register, with any reading warnings
 * @throws core `DataError` listing every problem by file, row and column; an XLSX file (save the register as CSV)
 * @example
 * ```ts
 * const r = await readServicesRegister('datasets/synthetic/register-services-synthetic.csv');
 * r.period; // '2023-24'
 * r.services.filter((s) => s.area === 'S12000013').map((s) => s.places); // [5, 5, 11, 16]
 * ```
 */
export async function readServicesRegister(source: TableSource): Promise<ServicesRegister> {
  const { file, header, records, rows, warnings } = await readRegisterRecords(source);
  return { ...parseServicesRegister(records, { file, header, rows }), warnings };
}
