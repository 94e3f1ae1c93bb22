import { FrameworkError } from '../definitions/framework-error.js';
import { messages } from '../messages.js';
import { COUNCIL_AREAS } from './council-areas.js';
import { familyGroupOf, type ComparatorGroup } from './family-group-of.js';
import { resolveArea } from './resolve-area.js';
import { SCOTLAND } from './scotland.js';

/**
 * How to choose an area's comparator group.
 *
 * @example
 * ```ts
 * const type: ComparatorType = 'family-place';
 * comparatorGroup('Fife', { type }).name; // 'LGBF place-based family group 2'
 * ```
 */
export type ComparatorType = 'family-people' | 'family-place' | 'custom' | 'scotland';

/**
 * Options of {@link comparatorGroup}.
 *
 * @example
 * ```ts
 * const options: ComparatorOptions = { type: 'custom', areas: ['Fife', 'Falkirk'], name: 'Forth neighbours' };
 * comparatorGroup('Clackmannanshire', options).members; // ['S12000047', 'S12000014']
 * ```
 */
export interface ComparatorOptions {
  /** __Default value:__ `'family-people'` (LGBF people-based family group). */
  type?: ComparatorType;
  /** For `custom`: the member council areas (names or codes). */
  areas?: string[];
  /** For `custom`: display name. __Default value:__ `'Custom comparator group'`. */
  name?: string;
}

/**
 * The comparator group for a council area: its LGBF people-based or
 * place-based family group, a custom list of areas, or all of Scotland. Group
 * values are pooled by summing the members' counts (see `computeIndicators`).
 *
 * @throws {AreaNotFoundError} for an unknown area (or custom member);
 *   {@link FrameworkError} for an empty custom list or unknown type
 * @example
 * ```ts
 * comparatorGroup('Fife').id; // 'lgbf-people-3'
 * comparatorGroup('Fife', { type: 'custom', areas: ['Falkirk', 'Clackmannanshire'] }).members;
 * // ['S12000014', 'S12000005']
 * comparatorGroup('Fife', { type: 'scotland' }).members.length; // 32
 * ```
 */
export function comparatorGroup(area: string, options: ComparatorOptions = {}): ComparatorGroup {
  const type = options.type ?? 'family-people';
  switch (type) {
    case 'family-people':
      return familyGroupOf(area, 'people');
    case 'family-place':
      return familyGroupOf(area, 'place');
    case 'custom': {
      resolveArea(area);
      const list = options.areas ?? [];
      if (list.length === 0) throw new FrameworkError(messages.customGroupNeedsAreas());
      const members = [...new Set(list.map((a) => resolveArea(a)))].map((r) => {
        if (r.type !== 'council') throw new FrameworkError(messages.familyGroupNeedsCouncil(r.name));
        return r.code;
      });
      return { id: 'custom-group', name: options.name ?? 'Custom comparator group', type: 'custom', members: [...new Set(members)] };
    }
    case 'scotland':
      resolveArea(area);
      return { id: SCOTLAND.code, name: SCOTLAND.name, type: 'scotland', members: COUNCIL_AREAS.map((a) => a.code) };
    default:
      throw new FrameworkError(messages.unknownComparator(String(type)));
  }
}
