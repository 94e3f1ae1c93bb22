import type { Period, PeriodKind } from './period.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Internal: the one place a {@link Period} object is built, so that labels
 * and dates are always consistent. `year` is the start year; `quarter` only
 * for quarters.
 */
export function buildPeriod(kind: PeriodKind, year: number, quarter: 1 | 2 | 3 | 4 | null = null): Period {
  if (kind === 'calendar-year') {
    return { kind, label: String(year), year, quarter: null, start: iso(year, 1, 1), end: iso(year, 12, 31) };
  }
  const fy = `${year}-${pad((year + 1) % 100)}`;
  if (kind === 'financial-year') {
    return { kind, label: fy, year, quarter: null, start: iso(year, 4, 1), end: iso(year + 1, 3, 31) };
  }
  const q = quarter ?? 1;
  const startMonth = ((q - 1) * 3 + 3) % 12 + 1; // Q1 4, Q2 7, Q3 10, Q4 1
  const startYear = q === 4 ? year + 1 : year;
  const endMonth = startMonth + 2;
  return {
    kind,
    label: `${fy} Q${q}`,
    year,
    quarter: q,
    start: iso(startYear, startMonth, 1),
    end: iso(startYear, endMonth, lastDay(startYear, endMonth)),
  };
}

/** Internal: a whole number that orders periods of one kind. */
export function periodOrdinal(p: Period): number {
  return p.kind === 'quarter' ? p.year * 4 + (p.quarter! - 1) : p.year;
}

/** Internal: the period of `kind` with the given ordinal. */
export function periodFromOrdinal(kind: PeriodKind, ordinal: number): Period {
  if (kind === 'quarter') {
    const year = Math.floor(ordinal / 4);
    return buildPeriod(kind, year, ((ordinal - year * 4) + 1) as 1 | 2 | 3 | 4);
  }
  return buildPeriod(kind, ordinal);
}
