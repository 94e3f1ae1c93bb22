import { describe, expect, it } from 'vitest';
// Imported from the source folders so these tests run while other core folders are in progress.
import { smallCountRule } from '../../src/disclosure/index.js';
import { messages } from '../../src/messages.js';

// The edges of the ranges smallCountRule accepts (its TSDoc: whole numbers, 0 ≤ min ≤ max; minCount ≥ 2).
describe('smallCountRule(input) at the edges of what it accepts', () => {
  it('smallCountRule({ minCount: 2 }) withholds only 1, the narrowest rule', () => {
    expect(smallCountRule({ minCount: 2 })).toEqual({ min: 1, max: 1 });
  });

  it('smallCountRule({ min: 3, max: 3 }) withholds a single count', () => {
    expect(smallCountRule({ min: 3, max: 3 })).toEqual({ min: 3, max: 3 });
  });

  it('refuses ends that are not whole numbers, on either side', () => {
    expect(() => smallCountRule({ min: 1.5, max: 4 })).toThrow(messages.invalidDisclosureRange(1.5, 4));
    expect(() => smallCountRule({ min: 1, max: 4.5 })).toThrow(messages.invalidDisclosureRange(1, 4.5));
    expect(() => smallCountRule({ min: NaN })).toThrow(RangeError);
  });
});
