/**
 * The longest alt text any chart carries, in characters. Screen-reader guidance
 * (GOV.UK, Analysis Function "Making analytical publications accessible") asks for
 * alt text of a sentence or two that gives the chart's main message, with the detail
 * in a data table beside it; several screen readers stop reading `alt` near 125–150
 * characters per chunk, and Word's alt text field is meant for a short summary.
 *
 * @example
 * ```ts
 * shortAltText(sentences).length <= ALT_TEXT_LIMIT; // true (300 characters at most)
 * ```
 */
export const ALT_TEXT_LIMIT = 300;

/**
 * Short alt text from a chart's description: the sentences, taken in order of
 * importance, that fit within `limit` characters (a sentence that does not fit is
 * skipped, and a later shorter one may still be taken). The first sentence is
 * always kept; if it alone is too long it is cut at a word boundary and ends with "…".
 *
 * @param sentences the full description, most important sentence first
 * @param limit the longest text allowed. __Default value:__ {@link ALT_TEXT_LIMIT}
 * @returns a string of at most `limit` characters
 * @example
 * ```ts
 * shortAltText(['Line chart of X for Fife, 2019-20 to 2023-24.', 'In 2023-24 the value was 71.2%.']);
 * // 'Line chart of X for Fife, 2019-20 to 2023-24. In 2023-24 the value was 71.2%.'
 * ```
 */
export function shortAltText(sentences: readonly string[], limit = ALT_TEXT_LIMIT): string {
  const kept: string[] = [];
  let length = 0;
  for (const raw of sentences) {
    const s = raw.trim();
    if (!s) continue;
    const add = (kept.length ? 1 : 0) + s.length;
    if (length + add <= limit) {
      kept.push(s);
      length += add;
    } else if (kept.length === 0) {
      const cut = s.slice(0, limit - 1);
      const space = cut.lastIndexOf(' ');
      kept.push(`${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`);
      length = kept[0].length;
    }
  }
  return kept.join(' ');
}
