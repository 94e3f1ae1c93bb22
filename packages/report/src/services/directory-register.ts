import { z } from 'zod';
import { DataError, columnLetter, type DataIssue, type DataWarning, type TableSource } from '@cjsnsa/core';
import { AreaNotFoundError, SCOTLAND, resolveArea } from '@cjsnsa/framework';
import { messages } from '../messages.js';
import { readRegisterRecords } from '../data/read-register-records.js';

/**
 * Where a service stands in the partnership's due diligence:
 * - `complete`: checked (governance, safeguarding, insurance, finance) and
 *   recorded with its date;
 * - `not-required`: a statutory provider (local authority, NHS, Scottish
 *   Prison Service, Police Scotland) the partnership does not vet;
 * - `in-progress`, `not-started`: not checked yet;
 * - `lapsed`: checked once, now out of date or withdrawn.
 *
 * @example
 * ```ts
 * const s: DueDiligenceStatus = 'complete';
 * ```
 */
export type DueDiligenceStatus = 'complete' | 'not-required' | 'in-progress' | 'not-started' | 'lapsed';

/**
 * The due-diligence statuses a register may hold, in the order they are listed.
 *
 * @example
 * ```ts
 * DUE_DILIGENCE_STATUSES.includes('complete'); // true
 * ```
 */
export const DUE_DILIGENCE_STATUSES: readonly DueDiligenceStatus[] = ['complete', 'not-required', 'in-progress', 'not-started', 'lapsed'];

/**
 * Sectors whose services may be `not-required` for due diligence: the
 * statutory providers.
 *
 * @example
 * ```ts
 * STATUTORY_SECTORS.includes('nhs'); // true
 * STATUTORY_SECTORS.includes('third-sector'); // false
 * ```
 */
export const STATUTORY_SECTORS: readonly string[] = ['local-authority', 'nhs', 'sps', 'police-scotland'];

/**
 * The columns of a services directory register, in the order the template
 * writes them; `funding_start` and `notes` are optional, every other column
 * must be present. A column the register calls `provider_type` is read as
 * `sector`, so one register file can serve the SNSA services section and
 * the directory.
 *
 * @example
 * ```ts
 * DIRECTORY_COLUMNS[0]; // 'service_id'
 * ```
 */
export const DIRECTORY_COLUMNS = [
  'service_id',
  'area',
  'service_name',
  'provider',
  'sector',
  'offer',
  'eligibility',
  'referral_route',
  'contact',
  'capacity',
  'funding_start',
  'funding_end',
  'due_diligence_status',
  'due_diligence_date',
  'partnership_agreed',
  'last_reviewed',
  'notes',
] as const;

const OPTIONAL = new Set<string>(['funding_start', 'notes']);

/**
 * One service of a directory register, typed: what
 * {@link readDirectoryRegister} makes of a row.
 *
 * @example
 * ```ts
 * const s: DirectoryService = { row: 2, serviceId: 'D001', area: 'S12000013', name: 'Bail support', provider: 'Island Links',
 *   sector: 'third-sector', offer: 'Support on bail', eligibility: 'Adults on bail', referralRoute: 'Court social work',
 *   contact: '01851 000000', capacity: 8, fundingStart: '2023-04-01', fundingEnd: '2026-03-31', dueDiligence: 'complete',
 *   dueDiligenceDate: '2024-05-01', partnershipAgreed: true, lastReviewed: '2025-01-10', notes: '' };
 * ```
 */
export interface DirectoryService {
  /** The row of the register file (the header is row 1, as in a spreadsheet). */
  row: number;
  serviceId: string;
  /** GSS code of the council area, or of Scotland (`S92000003`) for a service open to every area. */
  area: string;
  name: string;
  provider: string;
  /** As written, e.g. `third-sector` (`providerTypeLabel` reads it out). */
  sector: string;
  offer: string;
  eligibility: string;
  referralRoute: string;
  contact: string;
  /** Places. Not a count of people, so never disclosure-controlled; `null` when not recorded. */
  capacity: number | null;
  /** ISO date, or `null` when not recorded. */
  fundingStart: string | null;
  /** ISO date, or `null` for funding with no end date (core or statutory funding). */
  fundingEnd: string | null;
  dueDiligence: DueDiligenceStatus;
  /** ISO date the due diligence was completed (required when `complete`), else `null`. */
  dueDiligenceDate: string | null;
  /** Whether the partnership agreed to list the service. */
  partnershipAgreed: boolean;
  /** ISO date the entry was last reviewed. */
  lastReviewed: string;
  notes: string;
}

/**
 * A directory register read and checked by {@link readDirectoryRegister}.
 *
 * @example
 * ```ts
 * const r: DirectoryRegister = await readDirectoryRegister('services-directory.csv');
 * r.services.length;
 * ```
 */
export interface DirectoryRegister {
  file: string;
  services: DirectoryService[];
  /** Warnings raised while reading (text read as Windows-1252, values separated by `;`). */
  warnings: DataWarning[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (text: string) => ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
const YES = new Set(['yes', 'y', 'true', 'agreed']);
const NO = new Set(['no', 'n', 'false', 'not agreed', '']);

/** A cell as text: numbers as written, dates (from a workbook) as ISO dates, nothing as ''. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}

const required = (column: string) => z.string().min(1, messages.registerBlank(column));
const date = (column: string, today: string) =>
  z.string().superRefine((text, ctx) => {
    if (!isDate(text)) ctx.addIssue({ code: 'custom', message: messages.registerNotDate(column, text) });
    else if (text > today) ctx.addIssue({ code: 'custom', message: messages.directoryFutureDate(column, text, today) });
  });
const optionalDate = (column: string) =>
  z.string().transform((text, ctx) => {
    if (text === '') return null;
    if (isDate(text)) return text;
    ctx.issues.push({ code: 'custom', message: messages.registerNotDate(column, text), input: text });
    return z.NEVER;
  });

function rowSchema(today: string) {
  return z
    .object({
      service_id: required('service_id'),
      area: required('area').transform((text, ctx) => {
        try {
          const a = resolveArea(text);
          if (a.type === 'council' || a.code === SCOTLAND.code) return a.code;
          ctx.issues.push({ code: 'custom', message: messages.registerNotCouncilArea(`${a.name} is not a council area or Scotland.`), input: text });
        } catch (err) {
          if (!(err instanceof AreaNotFoundError)) throw err;
          ctx.issues.push({ code: 'custom', message: messages.registerNotCouncilArea(err.message), input: text });
        }
        return z.NEVER;
      }),
      service_name: required('service_name'),
      provider: required('provider'),
      sector: required('sector'),
      offer: required('offer'),
      eligibility: required('eligibility'),
      referral_route: required('referral_route'),
      contact: required('contact'),
      capacity: z.string().transform((text, ctx) => {
        if (text === '') return null;
        if (/^\d+$/.test(text)) return Number(text);
        ctx.issues.push({ code: 'custom', message: messages.directoryNotPlaces(text), input: text });
        return z.NEVER;
      }),
      funding_start: optionalDate('funding_start'),
      funding_end: optionalDate('funding_end'),
      due_diligence_status: z.string().transform((text, ctx) => {
        const s = text.toLowerCase().replace(/[\s_]+/g, '-');
        if ((DUE_DILIGENCE_STATUSES as readonly string[]).includes(s)) return s as DueDiligenceStatus;
        ctx.issues.push({ code: 'custom', message: messages.directoryDueDiligenceStatus(text, DUE_DILIGENCE_STATUSES), input: text });
        return z.NEVER;
      }),
      due_diligence_date: z.string(),
      partnership_agreed: z.string().transform((text, ctx) => {
        const t = text.toLowerCase();
        if (YES.has(t)) return true;
        if (NO.has(t)) return false;
        ctx.issues.push({ code: 'custom', message: messages.directoryAgreed(text), input: text });
        return z.NEVER;
      }),
      last_reviewed: date('last_reviewed', today),
      notes: z.string(),
    });
}

/**
 * The checks across a row's cells, on its text, so that they are made even
 * when another cell of the row is refused: a due-diligence date (a date,
 * not in the future, required when complete), `not-required` only for
 * statutory sectors, funding that does not end before it starts.
 */
function crossChecks(t: Record<string, string>, today: string): { column: string; message: string }[] {
  const out: { column: string; message: string }[] = [];
  const dd = t.due_diligence_date ?? '';
  const status = (t.due_diligence_status ?? '').toLowerCase().replace(/[\s_]+/g, '-');
  if (dd !== '' && !isDate(dd)) out.push({ column: 'due_diligence_date', message: messages.registerNotDate('due_diligence_date', dd) });
  else if (dd > today) out.push({ column: 'due_diligence_date', message: messages.directoryFutureDate('due_diligence_date', dd, today) });
  else if (status === 'complete' && dd === '') out.push({ column: 'due_diligence_date', message: messages.directoryDueDiligenceDate });
  if (status === 'not-required' && t.sector && !STATUTORY_SECTORS.includes(t.sector.toLowerCase()))
    out.push({ column: 'due_diligence_status', message: messages.directoryNotRequired(t.sector, STATUTORY_SECTORS) });
  const start = t.funding_start ?? '';
  const end = t.funding_end ?? '';
  if (isDate(start) && isDate(end) && end < start) out.push({ column: 'funding_end', message: messages.registerDateOrder(start, end) });
  return out;
}

/**
 * Check a services directory register's rows and type them. Columns are
 * those of {@link DIRECTORY_COLUMNS} (docs/services-directory.md describes
 * each): text columns must not be blank; `area` is a council area (name or
 * GSS code) or Scotland for a service open to every area; `capacity` is a
 * whole number of places or blank; dates are `YYYY-MM-DD`, `last_reviewed`
 * and `due_diligence_date` not after `today`; `due_diligence_status` is one
 * of {@link DUE_DILIGENCE_STATUSES} (`complete` needs its date,
 * `not-required` only for {@link STATUTORY_SECTORS}); `partnership_agreed`
 * is yes or no (blank is no).
 *
 * @param records - one object per row, keyed by column name
 * @param options - `file` (named in problems), `header` (__Default value:__ the keys of the first record), `rows` (__Default value:__ 2, 3, …), `today` (ISO date; __Default value:__ today)
 * @returns the typed register (without warnings)
 * @throws core `DataError` listing every problem by file, row and column (with its letter), including a service id given twice
 * @example
 * ```ts
 * const row = { service_id: 'D1', area: 'Fife', service_name: 'Bail support', provider: 'Fife Council', sector: 'local-authority',
 *   offer: 'Supervised bail', eligibility: 'Adults', referral_route: 'Court social work', contact: '01592 000000', capacity: '9',
 *   funding_end: '', due_diligence_status: 'not-required', due_diligence_date: '', partnership_agreed: 'yes', last_reviewed: '2025-01-10' };
 * parseDirectoryRegister([row], { file: 'directory.csv', today: '2025-06-01' }).services[0].capacity; // 9
 * parseDirectoryRegister([{ ...row, capacity: 'ten' }], { file: 'directory.csv' });
 * // throws DataError: directory.csv, row 2, column capacity (J): capacity "ten" is not a number of places …
 * ```
 */
export function parseDirectoryRegister(
  records: readonly Record<string, unknown>[],
  options: { file: string; header?: readonly string[]; rows?: readonly number[]; today?: string },
): DirectoryRegister {
  const { file } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const header = [...(options.header ?? Object.keys(records[0] ?? {}))];
  // a register kept for the SNSA services section names the sector provider_type
  const sectorColumn = header.includes('sector') || !header.includes('provider_type') ? 'sector' : 'provider_type';
  const fileColumn = (column: string) => (column === 'sector' ? sectorColumn : column);
  const at = (row: number | null, column: string) => {
    const name = fileColumn(column);
    const i = header.indexOf(name);
    return { file, row, column: name, columnLetter: i >= 0 ? columnLetter(i) : null };
  };
  const missing = DIRECTORY_COLUMNS.filter((c) => !OPTIONAL.has(c) && !header.includes(fileColumn(c)));
  if (missing.length) throw new DataError(missing.map((c) => ({ ...at(null, c), message: messages.directoryMissingColumn(c) })));

  const schema = rowSchema(today);
  const problems: DataIssue[] = [];
  const services: DirectoryService[] = [];
  const firstRowOf = new Map<string, number>();
  records.forEach((record, i) => {
    const row = options.rows?.[i] ?? i + 2;
    const text = Object.fromEntries(DIRECTORY_COLUMNS.map((c) => [c, cellText(record[fileColumn(c)])]));
    const parsed = schema.safeParse(text);
    const rowProblems = new Map<string, string>();
    for (const zi of parsed.success ? [] : parsed.error.issues) {
      const column = String(zi.path[0] ?? 'service_id');
      if (!rowProblems.has(column)) rowProblems.set(column, zi.message);
    }
    for (const p of crossChecks(text, today)) if (!rowProblems.has(p.column)) rowProblems.set(p.column, p.message);
    if (!parsed.success || rowProblems.size) {
      // in the order of the columns
      for (const c of DIRECTORY_COLUMNS) if (rowProblems.has(c)) problems.push({ ...at(row, c), message: rowProblems.get(c)! });
      return;
    }
    const r = parsed.data;
    const first = firstRowOf.get(r.service_id);
    if (first !== undefined) problems.push({ ...at(row, 'service_id'), message: messages.registerRepeated('service_id', r.service_id, first) });
    else firstRowOf.set(r.service_id, row);
    services.push({
      row,
      serviceId: r.service_id,
      area: r.area,
      name: r.service_name,
      provider: r.provider,
      sector: r.sector,
      offer: r.offer,
      eligibility: r.eligibility,
      referralRoute: r.referral_route,
      contact: r.contact,
      capacity: r.capacity,
      fundingStart: r.funding_start,
      fundingEnd: r.funding_end,
      dueDiligence: r.due_diligence_status,
      dueDiligenceDate: r.due_diligence_date || null,
      partnershipAgreed: r.partnership_agreed,
      lastReviewed: r.last_reviewed,
      notes: r.notes,
    });
  });
  if (problems.length) throw new DataError(problems);
  return { file, services, warnings: [] };
}

/**
 * Read a services directory register (CSV; save a workbook as CSV) and
 * check every row ({@link parseDirectoryRegister}), with the
 * file's own row numbers in every problem.
 *
 * @param source - a path, or `{ name, data }` with its text or bytes (core `TableSource`)
 * @param options - `today` (ISO date dates are checked against; __Default value:__ today)
 * @returns the register, with any reading warnings
 * @throws core `DataError` listing every problem by file, row and column
 * @example
 * ```ts
 * const r = await readDirectoryRegister('services-directory.csv');
 * r.services.filter((s) => s.dueDiligence === 'complete').length;
 * ```
 */
export async function readDirectoryRegister(source: TableSource, options: { today?: string } = {}): Promise<DirectoryRegister> {
  const { file, header, records, rows, warnings } = await readRegisterRecords(source);
  return { ...parseDirectoryRegister(records, { file, header, rows, today: options.today }), warnings };
}
