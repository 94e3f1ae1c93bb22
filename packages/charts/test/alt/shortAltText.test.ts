import { describe, expect, it } from 'vitest';
import { shortAltText, describeTrend, ALT_TEXT_LIMIT } from '../../src/index.js';

describe('shortAltText(sentences, limit)', () => {
  it('keeps the leading sentences that fit, skipping one that does not for a later one that does', () => {
    expect(shortAltText(['One two.', 'x'.repeat(30) + '.', 'Three.'], 20)).toBe('One two. Three.');
  });
  it('cuts a first sentence that is too long alone at a word boundary, with an ellipsis', () => {
    const out = shortAltText(['word '.repeat(100).trim() + '.']);
    expect(out.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(out.endsWith('word…')).toBe(true);
  });
  it('ignores empty sentences and returns "" for none', () => {
    expect(shortAltText(['', '  ', 'A.'])).toBe('A.');
    expect(shortAltText([])).toBe('');
  });
});

describe('describeTrend(result, periods, judged)', () => {
  const periods = ['2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
  it('names the five periods ending at the row that carries the result', () => {
    expect(describeTrend({ trend: 'Increasing', trend_direction: 'getting better', period: '2023-24' }, periods)).toBe('Increasing, getting better (significant, 2019-20 to 2023-24)');
    expect(describeTrend({ trend: 'Decreasing', trend_direction: 'getting worse', period: '2023-24' }, periods, false)).toBe('Decreasing (significant, 2019-20 to 2023-24)');
    expect(describeTrend({ trend: 'No significant change', period: '2022-23' }, periods)).toBe('No significant change (2018-19 to 2022-23)');
  });
  it('says no trend was measured when it could not be calculated, and null when there is no result', () => {
    expect(describeTrend({ trend: 'Cannot be calculated', period: '2023-24' }, periods)).toBe('No trend measured');
    expect(describeTrend({ trend: null }, periods)).toBeNull();
    expect(describeTrend(undefined, periods)).toBeNull();
  });
});
