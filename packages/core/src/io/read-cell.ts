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
const FLAGGED = /^(.*?)\s*((?:\[[a-z]+\]\s*)+)$/;

/**
 * Internal: read a cell without throwing; `error` holds the catalogue message.
 */
export function readCell(raw: unknown): ParsedCell & { error?: string } {
  if (raw === null || raw === undefined) return CELL_SYMBOLS[''];
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { value: raw, status: null } : { value: null, status: null, error: messages.unreadableCell(String(raw)) };
  }
  if (typeof raw !== 'string') return { value: null, status: null, error: messages.unreadableCell(String(raw)) };
  const text = raw.replace(/^\uFEFF/, '').trim();
  const lower = text.toLowerCase();
  const symbol = CELL_SYMBOLS[lower];
  if (symbol) return symbol;
  if (NUMBER.test(text)) return { value: Number(text.replace(/,/g, '')), status: null };
  const flagged = FLAGGED.exec(lower);
  if (flagged && NUMBER.test(flagged[1])) {
    const codes = flagged[2].match(/\[[a-z]+\]/g) ?? [];
    const statuses = codes.map((c) => FLAGS[c]);
    if (statuses.every(Boolean)) return { value: Number(flagged[1].replace(/,/g, '')), status: statuses.join('; ') };
  }
  return { value: null, status: null, error: messages.unreadableCell(text) };
}

