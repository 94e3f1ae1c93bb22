import { messages } from '../messages.js';
import { buildPeriod } from './build-period.js';
import type { Period, PeriodInput } from './period.js';
import { PeriodError } from './period-error.js';

const FY = String.raw`(?:FY\s*)?(\d{4})\s*[-/–]\s*(\d{4}|\d{2})`;
const FINANCIAL_YEAR = new RegExp(`^${FY}$`);
const QUARTER_AFTER = new RegExp(String.raw`^${FY}\s*,?\s*Q(\d+)$`);
const QUARTER_BEFORE = new RegExp(String.raw`^Q(\d+)\s*,?\s*${FY}$`);
const CALENDAR_YEAR = /^(\d{4})$/;

function financialStart(text: string, first: string, second: string): number {
  const start = Number(first);
  const next = second.length === 2 ? (start + 1) % 100 : start + 1;
  if (Number(second) !== next) throw new PeriodError(messages.invalidFinancialYear(text), text);
  return start;
}

function quarterNumber(text: string, q: string): 1 | 2 | 3 | 4 {
  const n = Number(q);
  if (n < 1 || n > 4) throw new PeriodError(messages.invalidQuarter(text), text);
  return n as 1 | 2 | 3 | 4;
}

/**
 * Read a period label in any common spelling.
 *
 * Accepted (case and spacing do not matter):
 * - financial years: `2022-23`, `2022/23`, `2022-2023`, `2022/2023`,
 *   `FY2022/23`, `FY 2022-23` (an en dash is read as a hyphen);
 * - calendar years: `2022`;
 * - financial-year quarters: `2022-23 Q3`, `2022/23 Q3`, `Q3 2022-23`,
 *   `Q3 2022/23`.
 *
 * Anything else is rejected rather than guessed: `2022-24` (years do not
 * follow), `22-23` (two-digit start year), `2022 Q3` (quarter of what year?),
 * `2022-23 Q5`, `''`.
 *
 * @param text - the label, or an already parsed {@link Period} (returned as is).
 * @returns the parsed period, with its canonical `label`.
 * @throws {@link PeriodError} with a catalogue message naming the text.
 * @example
 * ```ts
 * parsePeriod('FY2022/23').label;  // '2022-23'
 * parsePeriod('Q3 2022/23').label; // '2022-23 Q3'
 * parsePeriod('2022').kind;        // 'calendar-year'
 * parsePeriod('2022-24');          // throws PeriodError
 * ```
 */
export function parsePeriod(text: PeriodInput): Period {
  if (typeof text === 'object' && text !== null && typeof text.label === 'string') return text;
  if (typeof text !== 'string') throw new PeriodError(messages.invalidPeriod(text), text);
  const t = text.trim().replace(/\s+/g, ' ').toUpperCase();
  let m = CALENDAR_YEAR.exec(t);
  if (m) return buildPeriod('calendar-year', Number(m[1]));
  m = FINANCIAL_YEAR.exec(t);
  if (m) return buildPeriod('financial-year', financialStart(text, m[1], m[2]));
  m = QUARTER_AFTER.exec(t);
  if (m) return buildPeriod('quarter', financialStart(text, m[1], m[2]), quarterNumber(text, m[3]));
  m = QUARTER_BEFORE.exec(t);
  if (m) return buildPeriod('quarter', financialStart(text, m[2], m[3]), quarterNumber(text, m[1]));
  throw new PeriodError(messages.invalidPeriod(text), text);
}
