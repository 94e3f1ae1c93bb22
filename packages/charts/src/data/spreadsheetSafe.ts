/** First characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a formula (OWASP CSV injection), fullwidth forms included. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain number as text (`-1.5`, `+2`, `-1,234`, `-12%`): a spreadsheet reads it as a number, so it is left alone. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/**
 * Make one CSV cell safe to open in a spreadsheet: text starting with `=`,
 * `+`, `-`, `@`, a tab or a line break (or their fullwidth forms) is prefixed
 * with an apostrophe, so Excel, LibreOffice Calc and Google Sheets show it as
 * text instead of running it as a formula (OWASP's advice on CSV injection).
 * Numbers, and text that is only a number such as `-1.5` or `-12%`, are left
 * alone, so negative figures stay numbers. {@link toCSV} applies it to every
 * cell, and `@cjsnsa/report` to every CSV of an SNSA pack.
 *
 * @param value - a cell value (anything that is not a string is returned as it is)
 * @returns the value, or the text with a leading apostrophe
 * @example
 * ```ts
 * spreadsheetSafe('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * spreadsheetSafe('@SUM(1)'); // "'@SUM(1)"
 * spreadsheetSafe('-1+1'); // "'-1+1"
 * spreadsheetSafe('-1.5'); // '-1.5'
 * spreadsheetSafe(-3); // -3
 * ```
 */
export function spreadsheetSafe<T>(value: T): T | string {
  if (typeof value !== 'string' || !FORMULA_START.test(value)) return value;
  return /\d/.test(value) && PLAIN_NUMBER.test(value) ? value : `'${value}`;
}
