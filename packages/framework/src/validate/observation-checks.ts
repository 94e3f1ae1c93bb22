import { parsePeriod, periodOfDate, periodRange, type ObservationCheck, type ObservationCheckResult, type ObservationFinding, type Period, type PeriodKind } from '@cjsnsa/core';
import type { ColumnTable } from 'arquero';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';
import { indicatorDefinitions } from '../definitions/indicator-definitions.js';
import { AreaNotFoundError } from '../geography/area-not-found-error.js';
import { normaliseAreaName, resolveArea } from '../geography/resolve-area.js';
import { SCOTLAND } from '../geography/scotland.js';
import { messages } from '../messages.js';
import { nearest } from '../text/edit-distance.js';
import { dataItems, type DataItem } from './data-items.js';
import { proportionPairs } from './proportion-pairs.js';

/**
 * Options of {@link observationChecks}, {@link validateObservations} and
 * `readCheckedObservations`.
 *
 * - `definitions`: the indicator definitions whose data items, period kinds
 *   and proportions are checked.
 *   __Default value:__ the framework's (`indicatorDefinitions()`).
 * - `proportions`: ids of the indicators whose numerator may not exceed
 *   their denominator. __Default value:__ every percentage of two counts
 *   except those whose caveats say they "can exceed 100%" (ratios of two
 *   flows in the same year, such as completions over commencements).
 * - `items`: the data item ids accepted; any other is a problem naming the
 *   nearest. __Default value:__ those the definitions use, with
 *   `population-16-70` ({@link dataItems}).
 * - `population`: observations of `population-16-70` (NRS mid-year
 *   estimates) against which every other count is checked: no count may be
 *   above its area's largest population aged 16–70. Rows of
 *   `population-16-70` in the files read are used too. __Default value:__
 *   none (only the files' own population rows).
 * - `today`: the date periods are checked against (a period that has not
 *   begun is a problem; one not yet over, a warning).
 *   __Default value:__ the current date.
 *
 * @example
 * ```ts
 * const options: ObservationChecksOptions = { proportions: ['NI4', 'NI10'], today: new Date('2025-01-31') };
 * ```
 */
export interface ObservationChecksOptions {
  definitions?: IndicatorDefinition[];
  proportions?: string[];
  items?: readonly string[];
  population?: ColumnTable | null;
  today?: Date;
  /**
   * Accept a financial-year quarter (`2023-24 Q3`) for a data item counted
   * in financial years, as a partnership's quarterly data gives it (the
   * quarterly report). __Default value:__ `false`: a quarter for a
   * financial-year item is a problem naming the year meant.
   */
  quarters?: boolean;
}

/**
 * The first year any series cjsnsa uses can hold: NRS council-area population estimates start in mid-1981.
 *
 * @example
 * ```ts
 * FIRST_DATA_YEAR; // 1981: a period before it is refused as a mistyped year
 * ```
 */
export const FIRST_DATA_YEAR = 1981;

const KIND_WORDS: Record<PeriodKind, string> = {
  'financial-year': 'financial year',
  'calendar-year': 'calendar year',
  quarter: 'financial-year quarter',
};
const ITEM_KIND_WORDS: Record<PeriodKind, string> = {
  'financial-year': 'financial year (2023-24)',
  'calendar-year': 'calendar year (2023; population estimates are for 30 June)',
  quarter: 'financial-year quarter (2023-24 Q1)',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `2099-04-01` → `1 April 2099`. */
const inWords = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The periods of the item's kind a period of another kind was probably meant as. */
function periodsOfKind(p: Period, kind: PeriodKind): string[] {
  const fy = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  if (kind === 'financial-year') return p.kind === 'calendar-year' ? [fy(p.year), fy(p.year - 1)] : [fy(p.year)];
  if (kind === 'calendar-year') return [String(p.year)];
  return p.kind === 'financial-year' ? [1, 2, 3, 4].map((q) => `${fy(p.year)} Q${q}`) : [`${fy(p.year)} Q1`, `${fy(p.year - 1)} Q4`];
}

/** Labels of a totals row in area data, normalised as area names are. */
const TOTAL_LABELS = new Set(['total', 'totals', 'grand total', 'all', 'all areas', 'all council areas', 'all local authorities', 'scotland total', 'total scotland', 'scotland all']);
const CURRENT_CODE = /^S(?:12|92)\d{6}$/;

/**
 * Internal: resolve an area cell (a GSS code, a name, an old code, a
 * `Total`, or several joined by `;` for a group of areas).
 */
export function resolveAreaCell(text: string): { code: string | null; warning: string | null; problem: string | null } {
  const parts = text.split(';').map((p) => p.trim());
  const codes: string[] = [];
  const names: string[] = [];
  let total = false;
  const unknown: string[] = [];
  for (const part of parts) {
    try {
      const r = resolveArea(part);
      codes.push(r.code);
      names.push(r.name);
    } catch (e) {
      if (!(e instanceof AreaNotFoundError)) throw e;
      if (TOTAL_LABELS.has(normaliseAreaName(part))) {
        total = true;
        codes.push(SCOTLAND.code);
        names.push(SCOTLAND.name);
      } else unknown.push(messages.areaNotFound(e.input, e.suggestions));
    }
  }
  if (unknown.length) return { code: null, warning: null, problem: unknown.join(' ') };
  const code = codes.join(';');
  if (code === text && parts.every((p) => CURRENT_CODE.test(p))) return { code, warning: null, problem: null };
  return { code, warning: total && parts.length === 1 ? messages.totalLabelRead(text) : messages.areaNameConverted(text, code, names.join(' + ')), problem: null };
}

/**
 * The framework's checks of each observation row, for `readObservations`'
 * `check` option (core does not know geography or indicator definitions):
 *
 * - **Data items**: an id no indicator uses (see `items`) is a problem
 *   naming the nearest ids (`diversion-commence` → `diversion-commenced`).
 * - **Areas**: a council area or Scotland given by name, old GSS code or a
 *   variant found in official tables (`Edinburgh, City of`, `Eilean Siar`,
 *   `S12000015`) is read as its current GSS code, with a warning; a `Total`
 *   (or `All areas`) row is read as Scotland, with a warning; an area that
 *   cannot be resolved is a problem naming the nearest council areas.
 *   Groups of areas joined by `;` are resolved member by member, and are a
 *   problem for a data item the definitions count per council area.
 * - **Periods**: a period of another kind than the item is counted in
 *   (`2023` for a financial-year count) is a problem naming the periods
 *   meant; a period that has not begun, or one before
 *   {@link FIRST_DATA_YEAR}, is a problem naming the nearest periods; a
 *   period not yet over is read, with a warning.
 * - **Magnitudes**: a count above 2^53 − 1 (not held exactly) is a problem.
 * - **Proportions on one row**: for a data item that carries its own base
 *   (reconviction cohorts, survey respondents), a numerator above the
 *   denominator is a problem.
 *
 * Checks that need several rows (totals rows, a numerator item above its
 * denominator item, counts above the population, breakdowns, the same
 * observation in two files) are made by {@link validateObservations}.
 *
 * @param options - see {@link ObservationChecksOptions}.
 * @returns a check to pass as `readObservations(file, { check })`.
 * @example
 * ```ts
 * const { table, warnings } = await readObservations({ name: 'x.csv', data:
 *   'indicator,area,period,numerator,source\ncpo-commenced,Fife Council,2023-24,210,Our system\n' },
 *   { check: observationChecks() });
 * table.get('area', 0); // 'S12000047'
 * warnings[0].message; // 'Area "Fife Council" read as Fife (S12000047).'
 * ```
 */
export function observationChecks(options: ObservationChecksOptions = {}): ObservationCheck {
  const definitions = options.definitions ?? indicatorDefinitions();
  const pairs = proportionPairs(definitions, options.proportions);
  const ownBase = new Map<string, string[]>();
  for (const p of pairs) {
    if (p.numerator.item === p.denominator.item && p.numerator.field === 'numerator' && p.denominator.field === 'denominator') {
      ownBase.set(p.numerator.item, [...(ownBase.get(p.numerator.item) ?? []), ...p.indicators]);
    }
  }
  const known = new Map<string, DataItem>(dataItems(definitions).map((i) => [i.id, i]));
  const accepted = options.items ? [...options.items] : [...known.keys()];
  const acceptedSet = new Set(accepted);
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const areaCache = new Map<string, ReturnType<typeof resolveAreaCell>>();
  const itemCache = new Map<string, string | null>();
  const periodCache = new Map<string, Period | null>();
  const candidates = new Map<PeriodKind, string[]>();
  const nearestPeriods = (p: Period) => {
    let all = candidates.get(p.kind);
    if (!all) {
      const first = p.kind === 'calendar-year' ? String(FIRST_DATA_YEAR) : `${FIRST_DATA_YEAR}-${String((FIRST_DATA_YEAR + 1) % 100).padStart(2, '0')}${p.kind === 'quarter' ? ' Q1' : ''}`;
      candidates.set(p.kind, (all = periodRange(first, periodOfDate(today, p.kind).label)));
    }
    return nearest(p.label, all);
  };
  return (o) => {
    const problems: ObservationFinding[] = [];
    const warnings: ObservationFinding[] = [];
    const result: ObservationCheckResult = { problems, warnings };
    const item = known.get(o.indicator);
    if (o.indicator !== '' && !acceptedSet.has(o.indicator)) {
      let message = itemCache.get(o.indicator);
      if (message === undefined) itemCache.set(o.indicator, (message = messages.unknownDataItem(o.indicator, nearest(o.indicator, accepted))));
      problems.push({ column: 'indicator', message: message! });
    }
    if (o.area !== '') {
      let r = areaCache.get(o.area);
      if (!r) areaCache.set(o.area, (r = resolveAreaCell(o.area)));
      if (r.problem) problems.push({ column: 'area', message: r.problem });
      else if (item?.council && r.code!.includes(';')) problems.push({ column: 'area', message: messages.areaGroupNotUsed(o.area, o.indicator) });
      else if (r.warning) {
        warnings.push({ column: 'area', message: r.warning });
        result.replace = { area: r.code! };
      }
    }
    let period = periodCache.get(o.period);
    if (period === undefined) {
      try {
        period = parsePeriod(o.period);
      } catch {
        period = null; // reported by core
      }
      periodCache.set(o.period, period);
    }
    if (period) {
      if (period.start > today) problems.push({ column: 'period', message: messages.periodNotBegun(period.label, inWords(period.start), nearestPeriods(period)) });
      else if (period.year < FIRST_DATA_YEAR) problems.push({ column: 'period', message: messages.periodTooEarly(period.label, FIRST_DATA_YEAR, nearestPeriods(period)) });
      else if (item && !item.periodKinds.includes(period.kind) && !(options.quarters && period.kind === 'quarter' && item.periodKinds.includes('financial-year'))) {
        const kind = item.periodKinds[0];
        problems.push({ column: 'period', message: messages.periodKindMismatch(period.label, KIND_WORDS[period.kind], o.indicator, ITEM_KIND_WORDS[kind], periodsOfKind(period, kind)) });
      } else if (period.end >= today) warnings.push({ column: 'period', message: messages.periodNotOver(period.label, inWords(period.end)) });
    }
    for (const column of ['numerator', 'denominator'] as const) {
      const v = o[column];
      if (v !== null && Math.abs(v) > Number.MAX_SAFE_INTEGER) problems.push({ column, message: messages.countNotSafe(column, String(v)) });
    }
    const ids = ownBase.get(o.indicator);
    // negative counts are reported by core's schema check
    if (ids && o.numerator !== null && o.denominator !== null && o.denominator >= 0 && o.numerator > o.denominator) {
      problems.push({ column: 'numerator', message: messages.numeratorAboveOwnDenominator(o.numerator, o.denominator, ids) });
    }
    return result;
  };
}
