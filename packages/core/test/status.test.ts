import { describe, expect, it } from 'vitest';
import { STATUS_CODES, addStatus, hasStatus, isWithheld, parseStatus } from '@cjsnsa/core';

describe('status', () => {
  it("parseStatus('suppressed; pandemic-caveat') gives both codes", () => {
    expect(parseStatus('suppressed; pandemic-caveat')).toEqual(['suppressed', 'pandemic-caveat']);
    expect(parseStatus(' a ;; b ;')).toEqual(['a', 'b']);
  });

  it('parseStatus of empty, null or undefined gives []', () => {
    expect(parseStatus('')).toEqual([]);
    expect(parseStatus(null)).toEqual([]);
    expect(parseStatus(undefined)).toEqual([]);
  });

  it("addStatus('published', 'suppressed') drops published", () => {
    expect(addStatus('published', 'suppressed')).toBe('suppressed');
    expect(addStatus('published', 'not-available')).toBe('not-available');
    expect(addStatus('published', 'zero-denominator')).toBe('zero-denominator');
  });

  it('addStatus keeps published beside caveats and synthetic', () => {
    expect(addStatus('published', 'pandemic-caveat')).toBe('published; pandemic-caveat');
    expect(addStatus('published', 'synthetic')).toBe('published; synthetic');
  });

  it('addStatus keeps order, drops duplicates and empty codes', () => {
    expect(addStatus('suppressed', 'pandemic-caveat', 'suppressed', '')).toBe('suppressed; pandemic-caveat');
    expect(addStatus(null, 'provisional')).toBe('provisional');
    expect(addStatus(undefined)).toBe('');
  });

  it('isWithheld is true for suppressed, secondary-suppressed and derived-from-suppressed only', () => {
    expect(isWithheld('suppressed')).toBe(true);
    expect(isWithheld('secondary-suppressed; synthetic')).toBe(true);
    expect(isWithheld('derived-from-suppressed')).toBe(true);
    expect(isWithheld('not-available')).toBe(false);
    expect(isWithheld('published; pandemic-caveat')).toBe(false);
    expect(isWithheld(null)).toBe(false);
  });

  it('hasStatus finds a code, not a substring', () => {
    expect(hasStatus('suppressed; synthetic', 'synthetic')).toBe(true);
    expect(hasStatus('secondary-suppressed', 'suppressed')).toBe(false);
  });

  it('STATUS_CODES lists each code once', () => {
    expect(new Set(STATUS_CODES).size).toBe(STATUS_CODES.length);
    expect(STATUS_CODES).toContain('derived-from-suppressed');
  });
});
