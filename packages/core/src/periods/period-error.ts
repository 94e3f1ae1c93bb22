/**
 * Thrown for text that is not a period, periods of mixed kinds ordered
 * together, and other misuse of the period functions. `message` comes from
 * the catalogue (`messages`); `text` holds the offending input.
 *
 * @example
 * ```ts
 * try { parsePeriod('2022-24'); } catch (e) {
 *   e instanceof PeriodError; // true
 *   (e as PeriodError).text;  // '2022-24'
 * }
 * ```
 */
export class PeriodError extends Error {
  /** The text (or value) that could not be used. */
  readonly text: string;

  constructor(message: string, text: unknown) {
    super(message);
    this.name = 'PeriodError';
    this.text = String(text);
  }
}
