import { FrameworkError } from './framework-error.js';
import { frameworkDefinitions } from './framework-definitions.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import { messages } from '../messages.js';
import { nearest } from '../text/edit-distance.js';

/**
 * Options of {@link indicatorDefinitions}.
 *
 * @example
 * ```ts
 * indicatorDefinitions({ version: 'cjpf-2023' }).length > 0; // true
 * ```
 */
export interface IndicatorDefinitionsOptions {
  /** __Default value:__ `'cjpf-2023'`. */
  version?: string;
  /** Only this kind. __Default value:__ all kinds. */
  kind?: 'national' | 'supporting';
}

/**
 * The indicator definitions of a framework version, in display order.
 *
 * @example
 * ```ts
 * indicatorDefinitions({ kind: 'national' }).map((d) => d.id);
 * // ['NI1a', 'NI1b', 'NI1c', 'NI2', 'NI3a', 'NI3b', 'NI3c', 'NI4', 'NI5', 'NI6', 'NI7', 'NI8', 'NI9', 'NI10']
 * ```
 */
export function indicatorDefinitions(options: IndicatorDefinitionsOptions = {}): IndicatorDefinition[] {
  const all = frameworkDefinitions(options.version).indicators;
  return options.kind ? all.filter((d) => d.kind === options.kind) : all;
}

/**
 * One indicator definition by id (case-insensitive), from the framework or
 * from a list of definitions (e.g. with local indicators added).
 *
 * @throws {FrameworkError} for an unknown id, suggesting the nearest ids
 * @example
 * ```ts
 * indicatorDefinition('NI1b').numerator.item; // 'diversion-commenced'
 * indicatorDefinition('NI11'); // throws 'Unknown indicator "NI11". Did you mean: NI1a, NI1b, NI1c?'
 * ```
 */
export function indicatorDefinition(id: string, definitions: IndicatorDefinition[] = indicatorDefinitions()): IndicatorDefinition {
  const hit = definitions.find((d) => d.id === id) ?? definitions.find((d) => d.id.toLowerCase() === id.toLowerCase());
  if (hit) return hit;
  throw new FrameworkError(messages.unknownIndicator(id, nearest(id, definitions.map((d) => d.id))));
}
