import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../src/snsa/category-label.js';

describe('categoryLabel(column, category)', () => {
  it('reads CPO termination codes in words, and an order with no termination reason as not yet ended (not "Unknown")', () => {
    expect(categoryLabel('termination_reason', 'revoked-breach')).toBe('Revoked (breach)');
    expect(categoryLabel('termination_reason', 'early-discharge')).toBe('Early discharge');
    expect(categoryLabel('termination_reason', 'Unknown')).toBe('Not yet ended');
  });
  it('keeps "Unknown" where a blank means not recorded, spells other codes out, and leaves labels alone', () => {
    expect(categoryLabel('sex', 'Unknown')).toBe('Unknown');
    expect(categoryLabel('sex', 'F')).toBe('Female');
    expect(categoryLabel('outcome', 'ongoing')).toBe('Ongoing');
    expect(categoryLabel('outcome', 'assessed-not-commenced')).toBe('Assessed, not commenced');
    expect(categoryLabel('age_band', '18-20')).toBe('18-20');
  });
});
