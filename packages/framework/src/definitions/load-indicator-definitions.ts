import { FrameworkError } from './framework-error.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import { frameworkDefinitions } from './framework-definitions.js';
import { readDefinitionsFolder } from './read-definitions-folder.js';
import { messages } from '../messages.js';

/**
 * Options of {@link loadIndicatorDefinitions}.
 *
 * @example
 * ```ts
 * const local = loadIndicatorDefinitions('my-partnership/indicators', { withFramework: false }); // the folder's local indicators only
 * ```
 */
export interface LoadIndicatorDefinitionsOptions {
  /** The framework version the local indicators extend. __Default value:__ `'cjpf-2023'`. */
  version?: string;
  /** Return the framework's own definitions too, before the folder's. __Default value:__ `true`. */
  withFramework?: boolean;
}

/**
 * Add a partnership's locally determined indicators to the framework: read a
 * folder of definition files (one JSON file per indicator, same schema as the
 * shipped ones, usually `"kind": "local"`), validate them, and return the
 * framework's definitions followed by the local ones. Adding an indicator is a
 * data change: write a file, no code. Pass the result to
 * `computeIndicators({ definitions })`. See docs/framework.md.
 *
 * @param dir - folder of `*.json` definition files (path or `file:` URL)
 * @throws {FrameworkError} for an invalid file, or an id that repeats a
 *   framework id or another local id, or an outcome the framework lacks
 * @example
 * ```ts
 * const defs = loadIndicatorDefinitions('./local-indicators');
 * defs.filter((d) => d.kind === 'local').map((d) => d.id); // ['LOCAL-unpaid-work-hours']
 * ```
 */
export function loadIndicatorDefinitions(
  dir: string | URL,
  options: LoadIndicatorDefinitionsOptions = {},
): IndicatorDefinition[] {
  const framework = frameworkDefinitions(options.version);
  const local = readDefinitionsFolder(dir);
  const known = new Set(framework.indicators.map((d) => d.id));
  const outcomes = new Set(framework.outcomes.map((o) => o.outcome));
  for (const d of local) {
    if (known.has(d.id)) throw new FrameworkError(messages.duplicateIndicator(d.id, String(dir)));
    if (d.outcome !== null && !outcomes.has(d.outcome)) throw new FrameworkError(messages.unknownOutcome(d.id, d.outcome));
  }
  return options.withFramework === false ? local : [...framework.indicators, ...local];
}
