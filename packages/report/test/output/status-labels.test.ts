import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '@cjsnsa/core';
import { STATUS_LABELS, statusLabel } from '../../src/output/status-labels.js';

describe('statusLabel(status)', () => {
  it('reads "published; synthetic" as "Synthetic demonstration data" (published is left out beside other codes)', () => {
    expect(statusLabel('published; synthetic')).toBe('Synthetic demonstration data');
  });
  it('keeps several codes in order, in words', () => {
    expect(statusLabel('synthetic; pandemic-caveat; provisional')).toBe('Synthetic demonstration data; Pandemic year: compare with caution; Provisional');
    expect(statusLabel('suppressed')).toBe('Withheld (small number)');
    expect(statusLabel('published')).toBe('Published');
  });
  it('keeps codes it does not know as written, and reads empty as empty', () => {
    expect(statusLabel('weird-code; synthetic')).toBe('weird-code; Synthetic demonstration data');
    expect(statusLabel('')).toBe('');
    expect(statusLabel(null)).toBe('');
  });
  it('has a label for every core status code, no two alike', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUS_CODES].sort());
    expect(new Set(Object.values(STATUS_LABELS)).size).toBe(STATUS_CODES.length);
  });
});
