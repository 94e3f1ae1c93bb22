const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Internal: the calendar date (year, month 1–12, day) of a Date or date text,
 * or null. Dates use their UTC parts; text uses the date as written (an ISO
 * date-time keeps its written date: time and offset are ignored).
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

