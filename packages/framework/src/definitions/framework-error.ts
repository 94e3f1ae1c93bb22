/**
 * The error thrown by `@cjsnsa/framework` for invalid definitions, options and
 * input. Its message comes from the package's message catalogue.
 *
 * @example
 * ```ts
 * try { indicatorDefinition('NI99'); } catch (e) { e instanceof FrameworkError; } // true
 * ```
 */
export class FrameworkError extends Error {
  override name = 'FrameworkError';
}
