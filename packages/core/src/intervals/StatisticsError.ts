/**
 * Error thrown by the statistics functions of `@cjsnsa/core` for input that is
 * invalid rather than missing: a negative count, a proportion whose numerator
 * exceeds its denominator, a confidence level that is not allowed. Its message
 * is always an entry of the {@link messages} catalogue.
 *
 * Missing input (`null`) and zero denominators never throw: the measures return
 * `value: null` with a status instead (see `docs/methods.md`, "Missing data and
 * invalid input").
 *
 * @example
 * ```ts
 * try { wilsonInterval(5, 4); } catch (e) { e instanceof StatisticsError; } // true
 * ```
 */
export class StatisticsError extends Error {
  override name = 'StatisticsError';
  constructor(message: string) {
    super(message);
  }
}
