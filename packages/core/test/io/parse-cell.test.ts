import { describe, expect, it } from 'vitest';
import { CELL_SYMBOLS, DataError, messages, parseCell } from '@cjsnsa/core';

describe('parseCell', () => {
  it.each([
    ['1,234', { value: 1234, status: null }],
    ['1,234,567', { value: 1234567, status: null }],
    ['12.5', { value: 12.5, status: null }],
    [' 45 ', { value: 45, status: null }],
    ['\uFEFF7', { value: 7, status: null }],
    ['0', { value: 0, status: null }],
    [12, { value: 12, status: null }],
    ['[c]', { value: null, status: 'suppressed' }],
    ['[C]', { value: null, status: 'suppressed' }],
    ['[x]', { value: null, status: 'not-available' }],
    ['..', { value: null, status: 'not-available' }],
    ['[z]', { value: null, status: 'not-applicable' }],
    ['', { value: null, status: 'not-applicable' }],
    [null, { value: null, status: 'not-applicable' }],
    ['[low]', { value: null, status: 'low-figure' }],
    ['*', { value: null, status: 'low-figure' }],
    ['-', { value: 0, status: null }],
    ['56 [p]', { value: 56, status: 'provisional' }],
    ['1,020[r]', { value: 1020, status: 'revised' }],
    ['7 [e] [b]', { value: 7, status: 'estimated; break-in-series' }],
  ] as const)("parseCell(%j) gives %j", (text, expected) => {
    expect(parseCell(text)).toEqual(expected);
  });

  it('every documented symbol is in CELL_SYMBOLS', () => {
    expect(Object.keys(CELL_SYMBOLS).sort()).toEqual(['', '*', '-', '..', '[c]', '[low]', '[w]', '[x]', '[z]'].sort());
  });

  it.each(['12a', 'n/a', '12%', '1,23', '1.234,5', '[q]', '5 [zz]', 'NaN'])("parseCell('%s') throws DataError", (text) => {
    expect(() => parseCell(text)).toThrow(DataError);
    expect(() => parseCell(text)).toThrow(messages.unreadableCell(text));
  });
});
