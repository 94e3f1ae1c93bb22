import {
  COUNCIL_AREAS,
  FRAMEWORK_VERSION,
  computeIndicatorSet,
  type ControlledBreakdown,
  familyGroupOf,
  resolveArea,
  type ComparatorGroup,
  type ResultRow,
} from '@cjsnsa/framework';
import { DEFAULT_SMALL_COUNT_RULE, type SmallCountRule } from '@cjsnsa/core';
import type { SnsaData } from '../data/load-snsa-data.js';
import { countBreakdowns } from './count-breakdowns.js';
import { localEvidence, type LocalEvidence } from '../evidence/local-evidence.js';
import type { EvidenceWorkbook } from '../evidence/read-evidence-workbook.js';
import type { SurveyResponses } from '../survey/read-survey.js';
import { snsaSurvey, type SnsaSurvey } from './sections/survey-section.js';

/**
 * The results every SNSA section reads: computed once for all areas, shared by every area and topic.
 *
 * @example
 * ```ts
 * const ctx: SnsaContext = await prepareSnsa(await loadSnsaData());
 * ctx.disclosure; // { min: 1, max: 4 }
 * ```
 */
export interface SnsaContext {
  data: SnsaData;
  /** Every indicator × area (32 areas, Scotland, comparator groups) × period (last five), disclosure-controlled. */
  results: ResultRow[];
  /** The extracts' breakdowns (by age band, sex, outcome…) of every area's counts, controlled in the same table as the results. */
  breakdowns: ControlledBreakdown[];
  frameworkVersion: string;
  /** The small-count rule every count in every output has passed; stated in every output. */
  disclosure: SmallCountRule;
  /** The partnership's local evidence workbook with its local measures computed, or `null` when none was given. */
  evidence?: LocalEvidence | null;
  /** The partnership's lived-experience survey, controlled with the same rule, or `null` when none was given. */
  survey?: SnsaSurvey | null;
}

/**
 * Options of {@link prepareSnsa}.
 *
 * @example
 * ```ts
 * const options: PrepareSnsaOptions = { disclosure: smallCountRule({ minCount: 10 }) }; // withhold 1 to 9
 * const ctx = await prepareSnsa(data, options);
 * ```
 */
export interface PrepareSnsaOptions {
  /** The small-count rule (core `smallCountRule`). __Default value:__ 1 to 4 withheld. */
  disclosure?: SmallCountRule;
  /** A local evidence workbook (`readEvidenceWorkbook`): its local measures are computed with the same rule. __Default value:__ none. */
  evidence?: EvidenceWorkbook | null;
  /** A lived-experience survey (`readSurvey`): its results are controlled with the same rule. __Default value:__ none. */
  survey?: SurveyResponses | null;
}

/**
 * One area's place in the context: its code, name, family group and police division.
 *
 * @example
 * ```ts
 * const area: SnsaArea = snsaArea('Fife');
 * area.code; // 'S12000047'
 * ```
 */
export interface SnsaArea {
  code: string;
  name: string;
  group: ComparatorGroup;
  policeDivision: string;
}

/**
 * Compute the results table once for every indicator and every area (the
 * framework's one call), so that each area's SNSA can compare with Scotland,
 * its family group and every other area; the extracts' breakdowns are
 * counted for every area and controlled in the same table
 * ({@link countBreakdowns}, framework `computeIndicatorSet`), with the
 * small-count rule given (stated in every output).
 *
 * @param data - loaded by `loadSnsaData`
 * @returns the shared context
 * @example
 * ```ts
 * const ctx = await prepareSnsa(await loadSnsaData(), { disclosure: smallCountRule({ minCount: 5 }) });
 * ctx.results.filter((r) => r.area === 'S92000003').length > 0; // true: Scotland = sum of the areas
 * ```
 */
export async function prepareSnsa(data: SnsaData, options: PrepareSnsaOptions = {}): Promise<SnsaContext> {
  const disclosure = options.disclosure ?? DEFAULT_SMALL_COUNT_RULE;
  const { results, breakdowns } = computeIndicatorSet({
    breakdowns: await countBreakdowns(data),
    disclosure: { min: disclosure.min, max: disclosure.max },
    observations: data.observations,
    indicators: 'all',
    areas: 'all',
    periods: { last: 5 },
    comparator: 'family-people',
  });
  const evidence = options.evidence ? localEvidence(options.evidence, { disclosure }) : null;
  const survey = options.survey ? snsaSurvey(options.survey, disclosure) : null;
  return { data, results: results.objects() as ResultRow[], breakdowns, frameworkVersion: FRAMEWORK_VERSION, disclosure, evidence, survey };
}

/**
 * Resolve an area name or code (any official variant) to the SNSA's view of it.
 *
 * @throws the framework's AreaNotFoundError, naming the nearest areas
 * @example
 * ```ts
 * snsaArea('West Dunbartonshire').group.name; // 'LGBF people-based family group 4'
 * ```
 */
export function snsaArea(nameOrCode: string): SnsaArea {
  const r = resolveArea(nameOrCode);
  const own = COUNCIL_AREAS.find((a) => a.code === r.code);
  if (!own) throw new Error(`${r.name} is not a council area: an SNSA is for one of the 32 council areas.`);
  return { code: r.code, name: r.name, group: familyGroupOf(r.code, 'people'), policeDivision: own.policeDivision };
}
