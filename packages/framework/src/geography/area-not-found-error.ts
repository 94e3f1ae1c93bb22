import { FrameworkError } from '../definitions/framework-error.js';
import { messages } from '../messages.js';

/**
 * Thrown when a name or code is not a Scottish council area or Scotland. It
 * carries the input and the nearest official names by edit distance.
 *
 * @example
 * ```ts
 * try { resolveArea('Edinbrugh'); } catch (e) { (e as AreaNotFoundError).suggestions; } // ['City of Edinburgh']
 * ```
 */
export class AreaNotFoundError extends FrameworkError {
  override name = 'AreaNotFoundError';
  constructor(
    readonly input: string,
    readonly suggestions: string[],
  ) {
    super(messages.areaNotFound(input, suggestions));
  }
}
