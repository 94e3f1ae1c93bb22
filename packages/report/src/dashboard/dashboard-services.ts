import { COUNCIL_AREAS, SCOTLAND } from '@cjsnsa/framework';
import { providerTypeLabel } from '../data/services-register.js';
import type { DirectoryRegister } from '../services/directory-register.js';
import { servicesDirectory, type ServicesDirectory } from '../services/services-directory.js';

/**
 * Which services one area's directory lists, as the dashboard page holds it:
 * indexes into {@link DashboardServices.directory}'s entries, and the
 * register rows of the area's services left out because they are not
 * checked (rows, not names: the page only counts them, without double
 * counting a Scotland-wide service when several areas are chosen).
 *
 * @example
 * ```ts
 * const list: DashboardServiceList = { listed: [0, 2, 3], leftOut: [4] };
 * ```
 */
export interface DashboardServiceList {
  /** Indexes of the entries listed, in the directory's order. */
  listed: number[];
  /** Register rows of the area's services not listed because they are not checked. */
  leftOut: number[];
}

/**
 * The services directory of every area, for the dashboard's Services view
 * (`snsa dashboard --services`): Scotland's directory (every service that
 * may be listed anywhere, in order) and, for Scotland and each of the 32
 * council areas, which of those its own directory lists.
 *
 * @example
 * ```ts
 * const s: DashboardServices = dashboardServices(register, { asOf: '2025-06-01' });
 * s.lists['S12000013'].listed.map((i) => s.directory.entries[i].serviceId); // ['D006', 'D001', 'D004', 'D002']
 * ```
 */
export interface DashboardServices {
  /** ISO date reviews and funding are judged from. */
  asOf: string;
  /** Scotland's directory ({@link servicesDirectory}): every entry any area lists, in the directory's order. */
  directory: ServicesDirectory;
  /** By GSS code (Scotland's and each council area's): what that area's own directory lists. */
  lists: Record<string, DashboardServiceList>;
  /** Per entry of `directory`, in its order: the row of the funding cliff chart (as `directoryFundingChart` draws it), or `null` when the service does not record both funding dates. */
  funding: ({ service: string; start: string; end: string; provider: string; source: string } | null)[];
}

/**
 * Options of {@link dashboardServices}.
 *
 * @example
 * ```ts
 * const options: DashboardServicesOptions = { asOf: '2025-06-01', includeUnchecked: false };
 * ```
 */
export interface DashboardServicesOptions {
  /** ISO date reviews and funding are judged from. __Default value:__ today. */
  asOf?: string;
  /** List services whose due diligence is not complete or that the partnership has not agreed, marked "Not checked". __Default value:__ `false`. */
  includeUnchecked?: boolean;
}

/**
 * Every area's services directory for the dashboard page: the listing
 * rules are {@link servicesDirectory}'s, applied once for Scotland and once
 * for each council area (an area lists its own services and the
 * Scotland-wide ones; only services whose due diligence is complete, or not
 * required, and that the partnership agreed, unless `includeUnchecked`;
 * stale reviews and funding ending within 12 months flagged). The page
 * only shows or hides the entries of Scotland's directory by these lists,
 * so it applies no rule of its own, and the Services view follows the
 * areas the reader chooses.
 *
 * @param register - the checked register ({@link readDirectoryRegister})
 * @param options - the date and whether to list unchecked services
 * @returns Scotland's directory and each area's list
 * @example
 * ```ts
 * const s = dashboardServices(await readDirectoryRegister('register.csv'), { asOf: '2025-06-01' });
 * await writeFile('dashboard.html', await buildDashboardHtml(ctx, { services: s, asOf: '2025-06-01' }));
 * ```
 */
export function dashboardServices(register: DirectoryRegister, options: DashboardServicesOptions = {}): DashboardServices {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const includeUnchecked = options.includeUnchecked ?? false;
  const directory = servicesDirectory(register, { area: SCOTLAND.code, asOf, includeUnchecked });
  const index = new Map(directory.entries.map((e, i) => [e.row, i]));
  const lists: Record<string, DashboardServiceList> = {};
  for (const code of [SCOTLAND.code, ...COUNCIL_AREAS.map((a) => a.code)]) {
    const listed = servicesDirectory(register, { area: code, asOf, includeUnchecked });
    // every service of the area, listed or not: those not listed are the ones left out
    const all = includeUnchecked ? listed : servicesDirectory(register, { area: code, asOf, includeUnchecked: true });
    const rows = new Set(listed.entries.map((e) => e.row));
    lists[code] = {
      listed: listed.entries.map((e) => index.get(e.row)!).sort((a, b) => a - b),
      leftOut: all.entries.filter((e) => !rows.has(e.row)).map((e) => e.row).sort((a, b) => a - b),
    };
  }
  const funding = directory.entries.map((e) =>
    e.fundingStart && e.fundingEnd ? { service: e.name, start: e.fundingStart, end: e.fundingEnd, provider: providerTypeLabel(e.sector), source: 'services register' } : null,
  );
  return { asOf, directory, lists, funding };
}
