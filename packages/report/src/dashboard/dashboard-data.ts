import { compareWithBenchmark, describeSmallCountRule, hasStatus, type Polarity } from '@cjsnsa/core';
import { COUNCIL_AREAS, familyGroupOf, type ResultRow } from '@cjsnsa/framework';
import { plainSources } from '../snsa/build-snsa-pack.js';
import type { SnsaArea, SnsaContext } from '../snsa/snsa-context.js';

/**
 * One column of the dashboard's results, as the page receives it: numbers as
 * they are (`null` for none), anything else as indexes into a list of its
 * distinct values (names, statuses and sources repeat on thousands of rows).
 *
 * @example
 * ```ts
 * const value: DashboardColumn = { numbers: [71.2, null] };
 * const status: DashboardColumn = { values: ['published', 'synthetic; suppressed'], codes: [0, 1] };
 * ```
 */
export type DashboardColumn = { numbers: (number | null)[] } | { values: (string | number | null)[]; codes: number[] };

/**
 * Everything the dashboard page holds: the disclosure-controlled results of
 * every indicator × area × period (exactly the rows the pack publishes from),
 * with the comparison at 99.8% beside the framework's 95% one, the council
 * areas and their LGBF family groups, and the pack's export stamp.
 *
 * @example
 * ```ts
 * const data: DashboardData = dashboardData(ctx, { area: null, asOf: '2025-01-31' });
 * data.rowCount; // 4455 with the embedded datasets
 * ```
 */
export interface DashboardData {
  /** Council area the dashboard opens on, or `null` for the national one (opens on Scotland). */
  area: { code: string; name: string } | null;
  /** ISO date the dashboard was made (the export stamp's `pack_produced`). */
  generated: string;
  /** Whether any figure is synthetic demonstration data. */
  synthetic: boolean;
  /** The small-count rule every figure passed, in words. */
  disclosure: string;
  /** The export stamp every CSV download carries, but for `pack_period` (the downloaded rows' own periods). */
  stamp: { pack_source: string; pack_licence: string; pack_produced: string; pack_area: string };
  /** The 32 council areas, by name, each with its LGBF people-based family group id. */
  areas: { code: string; name: string; group: string }[];
  /** The LGBF people-based family groups and their members. */
  groups: { id: string; name: string; members: string[] }[];
  /** Every indicator in the results, in catalogue order. */
  indicators: { id: string; name: string; measure: string; unit: string; polarity: string; kind: string }[];
  /** Every period in the results, oldest first. */
  periods: string[];
  /** Number of result rows. */
  rowCount: number;
  /** The result rows by column ({@link DashboardColumn}); `comparison_scotland_998` and `comparison_group_998` added. */
  columns: Record<string, DashboardColumn>;
}

/**
 * Options of {@link dashboardData}.
 *
 * @example
 * ```ts
 * const options: DashboardDataOptions = { area: snsaArea('Fife'), asOf: '2025-01-31' };
 * ```
 */
export interface DashboardDataOptions {
  /** The council area the dashboard is for. __Default value:__ `null` (national: all areas, opens on Scotland). */
  area?: SnsaArea | null;
  /** ISO date stamped on downloads. __Default value:__ today. */
  asOf?: string;
}

const POLARITIES: readonly string[] = ['high-is-good', 'low-is-good', 'no-judgement'];

/** A result row's comparison with a benchmark at 99.8% (core `compareWithBenchmark`, method `ci998`); counts and Scotland are not compared, as in the framework. */
function compare998(r: ResultRow, benchmark: number | null): string | null {
  if (r.area_type === 'scotland') return null;
  if (r.measure === 'count') return 'Not compared';
  const polarity = (POLARITIES.includes(String(r.polarity)) ? r.polarity : 'no-judgement') as Polarity;
  return compareWithBenchmark({ value: r.value, lower: r.lower, upper: r.upper, lower998: r.lower_998, upper998: r.upper_998 }, benchmark, { polarity, method: 'ci998' });
}

/** Rows as columns: numbers kept, everything else indexed into its distinct values. */
function toColumns(rows: Record<string, unknown>[]): Record<string, DashboardColumn> {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const out: Record<string, DashboardColumn> = {};
  for (const name of names) {
    const cells = rows.map((r) => (r[name] === undefined ? null : r[name]));
    if (cells.every((c) => c === null || typeof c === 'number')) {
      out[name] = { numbers: cells as (number | null)[] };
      continue;
    }
    const index = new Map<string | number | null, number>();
    const codes = cells.map((c) => {
      const key = c === null || typeof c === 'number' ? c : String(c);
      let i = index.get(key);
      if (i === undefined) index.set(key, (i = index.size));
      return i;
    });
    out[name] = { values: [...index.keys()], codes };
  }
  return out;
}

/**
 * The data a dashboard page inlines ({@link DashboardData}): the context's
 * results, already disclosure-controlled by framework `computeIndicatorSet`
 * (withheld cells have no value, numerator or interval, only their status),
 * with each council's comparison with Scotland and with its family group at
 * 99.8% computed by core `compareWithBenchmark` (method `ci998`: the
 * benchmark outside the area's 99.8% interval) for the page's 99.8% view.
 * Nothing is re-computed from counts.
 *
 * @param ctx - from `prepareSnsa` (the pack's context: same rows, same small-count rule)
 * @param options - the area and date
 * @returns the page's data
 * @example
 * ```ts
 * const data = dashboardData(await prepareSnsa(await loadSnsaData()), { area: snsaArea('Fife') });
 * data.areas.length; // 32
 * data.stamp.pack_area; // 'Fife (S12000047)'
 * ```
 */
export function dashboardData(ctx: SnsaContext, options: DashboardDataOptions = {}): DashboardData {
  const area = options.area ?? null;
  const generated = options.asOf ?? new Date().toISOString().slice(0, 10);
  const results = ctx.results;
  const byKey = new Map(results.map((r) => [`${r.indicator}\u0000${r.area}\u0000${r.period}`, r]));
  const groupOf = new Map(COUNCIL_AREAS.map((a) => [a.code, familyGroupOf(a.code, 'people')]));
  const rows = results.map((r) => {
    const group = r.area_type === 'council' ? groupOf.get(r.area) : undefined;
    const groupValue = group ? (byKey.get(`${r.indicator}\u0000${group.id}\u0000${r.period}`)?.value ?? null) : null;
    return {
      ...r,
      comparison_scotland_998: compare998(r, r.scotland_value),
      comparison_group_998: r.area_type === 'council' ? compare998(r, groupValue) : null,
    } as Record<string, unknown>;
  });
  const synthetic = results.some((r) => hasStatus(r.status, 'synthetic'));
  const sources = [...new Set(results.flatMap((r) => String(r.source ?? '').split(' | ')).filter(Boolean))];
  const licences = [...new Set(ctx.data.catalogue.filter((e) => e.kind === 'real' && e.licence && e.schema !== 'lookup').map((e) => e.licence!))];
  if (synthetic) licences.push('synthetic demonstration data: not official statistics, no licence applies');
  const indicators = new Map<string, DashboardData['indicators'][number]>();
  for (const r of results) {
    if (!indicators.has(r.indicator)) {
      indicators.set(r.indicator, {
        id: r.indicator, name: r.indicator_name, measure: String(r.measure ?? ''), unit: String(r.unit ?? ''), polarity: String(r.polarity ?? ''), kind: String(r.indicator_kind ?? ''),
      });
    }
  }
  const groups = new Map<string, DashboardData['groups'][number]>();
  for (const g of groupOf.values()) groups.set(g.id, { id: g.id, name: g.name, members: g.members });
  return {
    area: area ? { code: area.code, name: area.name } : null,
    generated,
    synthetic,
    disclosure: describeSmallCountRule(ctx.disclosure),
    stamp: {
      pack_source: plainSources(sources).join(' | '),
      pack_licence: licences.join('; '),
      pack_produced: generated,
      pack_area: area ? `${area.name} (${area.code})` : 'Scotland (S92000003)',
    },
    areas: COUNCIL_AREAS.map((a) => ({ code: a.code, name: a.name, group: groupOf.get(a.code)!.id })).sort((a, b) => a.name.localeCompare(b.name)),
    groups: [...groups.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
    indicators: [...indicators.values()],
    periods: [...new Set(results.map((r) => r.period))].sort(),
    rowCount: rows.length,
    columns: toColumns(rows),
  };
}
