const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The calendar date (year, month 1–12, day) of a Date or date text (ISO
 * `2023-05-31` or UK `31/05/2023`), or null for anything else, including
 * dates that do not exist (`2023-02-30`). Dates use their UTC parts; text
 * uses the date as written (an ISO date-time keeps its written date: time
 * and offset are ignored). The same reading `countRecords` uses.
 *
 * @param date - a Date or text
 * @returns `[year, month, day]`, or null
 * @example
 * ```ts
 * dateParts('31/03/2024'); // [2024, 3, 31]
 * dateParts('2023-02-30'); // null
 * ```
 */
export function dateParts(date: unknown): [number, number, number] | null {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return null;
    return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  if (typeof date !== 'string') return null;
  const t = date.trim();
  let y: number, m: number, d: number;
  let match = ISO.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = UK.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return [y, m, d];
}

