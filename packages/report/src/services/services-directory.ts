import { COUNCIL_AREAS, SCOTLAND } from '@cjsnsa/framework';
import { providerTypeLabel } from '../data/services-register.js';
import type { DirectoryRegister, DirectoryService } from './directory-register.js';

/**
 * One service as the directory lists it: the register's row, with whether
 * it may be listed and the flags a reader needs.
 *
 * @example
 * ```ts
 * const e: DirectoryEntry = servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' }).entries[0];
 * e.stale; // true when last reviewed more than 12 months before asOf
 * ```
 */
export interface DirectoryEntry extends DirectoryService {
  /** Due diligence complete (or not required) and the partnership agreed: the service may be listed. */
  checked: boolean;
  /** Why it is not checked, in words (`''` when checked). */
  notCheckedReason: string;
  /** Not reviewed in the 12 months before the directory's date. */
  stale: boolean;
  /** Funding ends on or after the directory's date and within 12 months of it. */
  fundingEndsSoon: boolean;
  /** Funding ended before the directory's date. */
  fundingEnded: boolean;
}

/**
 * Options of {@link servicesDirectory}.
 *
 * @example
 * ```ts
 * const options: ServicesDirectoryOptions = { area: 'S12000013', asOf: '2025-06-01', includeUnchecked: false };
 * ```
 */
export interface ServicesDirectoryOptions {
  /** GSS code of a council area, or `null` (or Scotland's code) for the directory of Scotland. __Default value:__ `null`. */
  area?: string | null;
  /** ISO date the directory is made on; reviews and funding are judged from it. __Default value:__ today. */
  asOf?: string;
  /** List services whose due diligence is not complete or that the partnership has not agreed, marked as such. __Default value:__ `false`. */
  includeUnchecked?: boolean;
}

/**
 * A services directory: the entries listed, in order, and how many of the
 * area's services were left out because they are not checked.
 *
 * @example
 * ```ts
 * const d: ServicesDirectory = servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' });
 * d.areaName; // 'Na h-Eileanan Siar'
 * ```
 */
export interface ServicesDirectory {
  /** GSS code of the area, or Scotland's. */
  areaCode: string;
  areaName: string;
  asOf: string;
  includeUnchecked: boolean;
  entries: DirectoryEntry[];
  /** Services of the area not listed because their due diligence is not complete or the partnership has not agreed. */
  leftOut: number;
  /** The register file. */
  file: string;
}

/** `iso` moved by whole months (day clipped to the month's length). */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const REASONS: Record<string, string> = {
  'in-progress': 'due diligence in progress',
  'not-started': 'due diligence not started',
  lapsed: 'due diligence lapsed',
};

/** Why a service may not be listed, in words; `''` when it may. */
function notCheckedReason(s: DirectoryService): string {
  const reasons: string[] = [];
  if (s.dueDiligence !== 'complete' && s.dueDiligence !== 'not-required') reasons.push(REASONS[s.dueDiligence] ?? s.dueDiligence);
  if (!s.partnershipAgreed) reasons.push('not agreed by the partnership');
  return reasons.join('; ');
}

const areaName = (code: string) => (code === SCOTLAND.code ? SCOTLAND.name : (COUNCIL_AREAS.find((a) => a.code === code)?.name ?? code));

/**
 * The services directory of one council area, or of Scotland, from a
 * checked register ({@link readDirectoryRegister}).
 *
 * - **Which services:** an area's directory lists the area's services and
 *   those registered for Scotland (open to every area); Scotland's lists
 *   every service. Only services whose due diligence is `complete` (or
 *   `not-required`, statutory providers) **and** that the partnership
 *   agreed are listed, unless `includeUnchecked`; then the others are
 *   listed too, each saying why it is not checked.
 * - **Flags:** `stale` when `last_reviewed` is more than 12 months before
 *   `asOf`; `fundingEndsSoon` when funding ends within 12 months of `asOf`
 *   (on or after it), `fundingEnded` when it ended before `asOf`.
 * - **Order:** by area (Scotland-wide first), then service name.
 *
 * @param register - the checked register
 * @param options - area, date and whether to list unchecked services
 * @returns the directory
 * @example
 * ```ts
 * const d = servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' });
 * d.entries.every((e) => e.checked); // true
 * d.leftOut; // services of the area not listed
 * ```
 */
export function servicesDirectory(register: DirectoryRegister, options: ServicesDirectoryOptions = {}): ServicesDirectory {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const areaCode = options.area ?? SCOTLAND.code;
  const scotland = areaCode === SCOTLAND.code;
  const includeUnchecked = options.includeUnchecked ?? false;
  const reviewedSince = addMonths(asOf, -12);
  const horizon = addMonths(asOf, 12);
  const inArea = register.services.filter((s) => scotland || s.area === areaCode || s.area === SCOTLAND.code);
  const all: DirectoryEntry[] = inArea.map((s) => {
    const reason = notCheckedReason(s);
    return {
      ...s,
      checked: reason === '',
      notCheckedReason: reason,
      stale: s.lastReviewed < reviewedSince,
      fundingEndsSoon: s.fundingEnd !== null && s.fundingEnd >= asOf && s.fundingEnd <= horizon,
      fundingEnded: s.fundingEnd !== null && s.fundingEnd < asOf,
    };
  });
  const rank = (code: string) => (code === SCOTLAND.code ? '' : areaName(code));
  const entries = all
    .filter((e) => includeUnchecked || e.checked)
    .sort((a, b) => rank(a.area).localeCompare(rank(b.area)) || a.name.localeCompare(b.name) || a.serviceId.localeCompare(b.serviceId));
  return { areaCode, areaName: areaName(areaCode), asOf, includeUnchecked, entries, leftOut: includeUnchecked ? 0 : all.length - entries.length, file: register.file };
}

/**
 * The columns of the directory's CSV, in order, with the directory's words
 * for each (the CSV's header is the column names; these are the headings).
 *
 * @example
 * ```ts
 * DIRECTORY_CSV_COLUMNS[0]; // ['service_id', 'Service id']
 * ```
 */
export const DIRECTORY_CSV_COLUMNS: readonly (readonly [string, string])[] = [
  ['service_id', 'Service id'],
  ['area', 'Area'],
  ['area_name', 'Area name'],
  ['service_name', 'Service'],
  ['provider', 'Provider'],
  ['sector', 'Sector'],
  ['offer', 'What it offers'],
  ['eligibility', 'Who can use it'],
  ['referral_route', 'How to refer'],
  ['contact', 'Contact'],
  ['capacity', 'Places'],
  ['funding_end', 'Funding ends'],
  ['due_diligence_status', 'Due diligence'],
  ['due_diligence_date', 'Due diligence completed'],
  ['partnership_agreed', 'Agreed by the partnership'],
  ['last_reviewed', 'Last reviewed'],
  ['review_overdue', 'Review overdue (over 12 months)'],
  ['funding_ends_within_12_months', 'Funding ends within 12 months'],
];

/**
 * The directory's entries as plain rows keyed by {@link DIRECTORY_CSV_COLUMNS}.
 *
 * @example
 * ```ts
 * directoryRows(servicesDirectory(register, { area: 'S12000013' }))[0].review_overdue; // 'yes' or 'no'
 * ```
 */
export function directoryRows(d: ServicesDirectory): Record<string, string | number | null>[] {
  return d.entries.map((e) => ({
    service_id: e.serviceId,
    area: e.area,
    area_name: areaName(e.area),
    service_name: e.name,
    provider: e.provider,
    sector: providerTypeLabel(e.sector),
    offer: e.offer,
    eligibility: e.eligibility,
    referral_route: e.referralRoute,
    contact: e.contact,
    capacity: e.capacity,
    funding_end: e.fundingEnd,
    due_diligence_status: e.dueDiligence,
    due_diligence_date: e.dueDiligenceDate,
    partnership_agreed: e.partnershipAgreed ? 'yes' : 'no',
    last_reviewed: e.lastReviewed,
    review_overdue: e.stale ? 'yes' : 'no',
    funding_ends_within_12_months: e.fundingEndsSoon ? 'yes' : 'no',
  }));
}

/** Internal: an area's name from its code (Scotland included). */
export const directoryAreaName = areaName;
