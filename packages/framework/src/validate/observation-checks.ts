import type { ObservationCheck, ObservationCheckResult, ObservationFinding } from '@cjsnsa/core';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';
import { indicatorDefinitions } from '../definitions/indicator-definitions.js';
import { AreaNotFoundError } from '../geography/area-not-found-error.js';
import { normaliseAreaName, resolveArea } from '../geography/resolve-area.js';
import { SCOTLAND } from '../geography/scotland.js';
import { messages } from '../messages.js';
import { proportionPairs } from './proportion-pairs.js';

/**
 * Options of {@link observationChecks} and {@link validateObservations}.
 *
 * - `definitions`: the indicator definitions whose proportions are checked.
 *   __Default value:__ the framework's (`indicatorDefinitions()`).
 * - `proportions`: ids of the indicators whose numerator may not exceed
 *   their denominator. __Default value:__ every percentage of two counts
 *   except those whose caveats say they "can exceed 100%" (ratios of two
 *   flows in the same year, such as completions over commencements).
 *
 * @example
 * ```ts
 * const options: ObservationChecksOptions = { proportions: ['NI4', 'NI10'] };
 * ```
 */
export interface ObservationChecksOptions {
  definitions?: IndicatorDefinition[];
  proportions?: string[];
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
 * - **Areas**: a council area or Scotland given by name, old GSS code or a
 *   variant found in official tables (`Edinburgh, City of`, `Eilean Siar`,
 *   `S12000015`) is read as its current GSS code, with a warning; a `Total`
 *   (or `All areas`) row is read as Scotland, with a warning; an area that
 *   cannot be resolved is a problem naming the nearest council areas.
 *   Groups of areas joined by `;` are resolved member by member.
 * - **Proportions on one row**: for a data item that carries its own base
 *   (reconviction cohorts, survey respondents), a numerator above the
 *   denominator is a problem.
 *
 * Checks that need several rows (totals rows, a numerator item above its
 * denominator item, the same observation in two files) are made by
 * {@link validateObservations}.
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
  const pairs = proportionPairs(options.definitions ?? indicatorDefinitions(), options.proportions);
  const ownBase = new Map<string, string[]>();
  for (const p of pairs) {
    if (p.numerator.item === p.denominator.item && p.numerator.field === 'numerator' && p.denominator.field === 'denominator') {
      ownBase.set(p.numerator.item, [...(ownBase.get(p.numerator.item) ?? []), ...p.indicators]);
    }
  }
  const areaCache = new Map<string, ReturnType<typeof resolveAreaCell>>();
  return (o) => {
    const problems: ObservationFinding[] = [];
    const warnings: ObservationFinding[] = [];
    const result: ObservationCheckResult = { problems, warnings };
    if (o.area !== '') {
      let r = areaCache.get(o.area);
      if (!r) areaCache.set(o.area, (r = resolveAreaCell(o.area)));
      if (r.problem) problems.push({ column: 'area', message: r.problem });
      else if (r.warning) {
        warnings.push({ column: 'area', message: r.warning });
        result.replace = { area: r.code! };
      }
    }
    const ids = ownBase.get(o.indicator);
    // negative counts are reported by core's schema check
    if (ids && o.numerator !== null && o.denominator !== null && o.denominator >= 0 && o.numerator > o.denominator) {
      problems.push({ column: 'numerator', message: messages.numeratorAboveOwnDenominator(o.numerator, o.denominator, ids) });
    }
    return result;
  };
}
