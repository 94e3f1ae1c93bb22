import { describe, expect, it } from 'vitest';
import { DEFAULT_SMALL_COUNT_RULE, describeSmallCountRule, messages, smallCountRule } from '@cjsnsa/core';

describe('smallCountRule', () => {
  it('smallCountRule() withholds counts of 1 to 4, the UK health and justice convention', () => {
    expect(smallCountRule()).toEqual({ min: 1, max: 4 });
    expect(DEFAULT_SMALL_COUNT_RULE).toEqual({ min: 1, max: 4 });
  });

  it('smallCountRule({ minCount: 10 }) withholds 1 to 9; { min: 0, max: 4 } withholds zeros too', () => {
    expect(smallCountRule({ minCount: 10 })).toEqual({ min: 1, max: 9 });
    expect(smallCountRule({ min: 0, max: 4 })).toEqual({ min: 0, max: 4 });
  });

  it('refuses a rule that is not a range of whole numbers', () => {
    expect(() => smallCountRule({ minCount: 1 })).toThrow(messages.invalidMinCount(1));
    expect(() => smallCountRule({ minCount: 4.5 })).toThrow(messages.invalidMinCount(4.5));
    expect(() => smallCountRule({ min: 5, max: 4 })).toThrow(messages.invalidDisclosureRange(5, 4));
    expect(() => smallCountRule({ min: -1, max: 4 })).toThrow(RangeError);
  });

  it('returns a frozen rule, so one object can be handed to every step', () => {
    expect(Object.isFrozen(smallCountRule({ minCount: 6 }))).toBe(true);
  });

  it('describeSmallCountRule states the range and secondary suppression', () => {
    expect(describeSmallCountRule({ min: 1, max: 9 })).toMatch(/^Counts of 1 to 9 are withheld, .*secondary suppression/);
    expect(describeSmallCountRule({ min: 3, max: 3 })).toMatch(/^Counts of 3 are withheld/);
  });
});
