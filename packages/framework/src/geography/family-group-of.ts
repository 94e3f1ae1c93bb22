import { FrameworkError } from '../definitions/framework-error.js';
import { messages } from '../messages.js';
import { COUNCIL_AREAS } from './council-areas.js';
import { resolveArea } from './resolve-area.js';

/**
 * A set of council areas used as a comparator.
 *
 * @example
 * ```ts
 * const group: ComparatorGroup = familyGroupOf('West Dunbartonshire');
 * group.id; // 'lgbf-people-4'
 * group.members.includes('S12000039'); // true
 * ```
 */
export interface ComparatorGroup {
  /** Stable id used as `area` in results, e.g. `lgbf-people-4`. */
  id: string;
  /** Display name, e.g. `LGBF people-based family group 4`. */
  name: string;
  type: 'family-people' | 'family-place' | 'custom' | 'scotland';
  /** GSS codes of the member council areas. */
  members: string[];
}

/**
 * The Improvement Service LGBF family group of a council area: people-based
 * (by deprivation; the natural comparator for justice social work, which LGBF
 * files under Social Work) or place-based (by rurality). The group includes
 * the area itself.
 *
 * @param area - council-area name or code (any variant {@link resolveArea} accepts)
 * @param basis - `'people'` or `'place'`. __Default value:__ `'people'`.
 * @throws {AreaNotFoundError} for an unknown area; {@link FrameworkError} for Scotland
 * @example
 * ```ts
 * familyGroupOf('West Dunbartonshire').name; // 'LGBF people-based family group 4'
 * familyGroupOf('S12000039', 'place').members.length; // 8
 * ```
 */
export function familyGroupOf(area: string, basis: 'people' | 'place' = 'people'): ComparatorGroup {
  const r = resolveArea(area);
  if (r.type !== 'council') throw new FrameworkError(messages.familyGroupNeedsCouncil(area));
  const own = COUNCIL_AREAS.find((a) => a.code === r.code)!;
  const n = basis === 'people' ? own.familyGroupPeople : own.familyGroupPlace;
  const members = COUNCIL_AREAS.filter((a) => (basis === 'people' ? a.familyGroupPeople : a.familyGroupPlace) === n).map((a) => a.code);
  return {
    id: `lgbf-${basis}-${n}`,
    name: `LGBF ${basis}-based family group ${n}`,
    type: basis === 'people' ? 'family-people' : 'family-place',
    members,
  };
}
