import { describe, expect, it } from 'vitest';
import { suppressDerived } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

describe('suppressDerived', () => {
  it('suppressDerived(results) nulls numerator, value and intervals on withheld rows only', () => {
    const results = [
      { area: 'A', numerator: 3, denominator: 900, value: 0.33, lower: 0.1, upper: 0.9, lower_998: 0.05, upper_998: 1.3, status: 'suppressed' },
      { area: 'B', numerator: 30, denominator: 900, value: 3.3, lower: 2.3, upper: 4.7, lower_998: 2, upper_998: 5, status: 'derived-from-suppressed; synthetic' },
      { area: 'C', numerator: 30, denominator: 900, value: 3.3, lower: 2.3, upper: 4.7, lower_998: 2, upper_998: 5, status: 'published' },
    ];
    const out = plain(suppressDerived(results));
    expect(out[0]).toEqual({ area: 'A', numerator: null, denominator: 900, value: null, lower: null, upper: null, lower_998: null, upper_998: null, status: 'suppressed' });
    expect(out[1].value).toBeNull();
    expect(out[2]).toEqual(results[2]);
  });

  it('takes the columns to null', () => {
    expect(plain(suppressDerived([{ rate: 5, status: 'secondary-suppressed' }], ['rate']))[0].rate).toBeNull();
  });
});
