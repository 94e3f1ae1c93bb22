import { messages } from '../messages.js';
import { CELL_SYMBOLS, type ParsedCell } from './parse-cell.js';

const FLAGS: Readonly<Record<string, string>> = {
  '[p]': 'provisional',
  '[r]': 'revised',
  '[e]': 'estimated',
  '[b]': 'break-in-series',
  '[u]': 'low-reliability',
};

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Decimal comma and `.` (or a space) between thousands, as written in many European locales. */
const NUMBER_DECIMAL_COMMA = /^-?(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/;
const FLAGGED = /^(.*?)\s*((?:\[[a-z]+\]\s*)+)$/;

/**
 * Internal: read a cell without throwing; `error` holds the catalogue message.
 * With `decimalComma`, numbers are read as written in many European locales
 * (`1.234,5`: `.` or a space between thousands, `,` before decimals).
 */
export function readCell(raw: unknown, decimalComma = false): ParsedCell & { error?: string } {
  if (raw === null || raw === undefined) return CELL_SYMBOLS[''];
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { value: raw, status: null } : { value: null, status: null, error: messages.unreadableCell(String(raw)) };
  }
  if (typeof raw !== 'string') return { value: null, status: null, error: messages.unreadableCell(String(raw)) };
  const text = raw.replace(/^\uFEFF/, '').trim();
  const lower = text.toLowerCase();
  const symbol = CELL_SYMBOLS[lower];
  if (symbol) return symbol;
  const number = decimalComma ? readDecimalComma : readDecimalPoint;
  const value = number(text);
  if (value !== null) return { value, status: null };
  const flagged = FLAGGED.exec(lower);
  const flaggedValue = flagged ? number(flagged[1]) : null;
  if (flagged && flaggedValue !== null) {
    const codes = flagged[2].match(/\[[a-z]+\]/g) ?? [];
    const statuses = codes.map((c) => FLAGS[c]);
    if (statuses.every(Boolean)) return { value: flaggedValue, status: statuses.join('; ') };
  }
  return { value: null, status: null, error: messages.unreadableCell(text) };
}


function readDecimalPoint(text: string): number | null {
  return NUMBER.test(text) ? Number(text.replace(/,/g, '')) : null;
}

function readDecimalComma(text: string): number | null {
  return NUMBER_DECIMAL_COMMA.test(text) ? Number(text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.')) : null;
}
