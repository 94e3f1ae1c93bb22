import { describe, expect, it } from 'vitest';
import { plainSources } from '../../src/snsa/build-snsa-pack.js';

describe('plainSources(sources)', () => {
  it('says each source once: sums are their parts, the generator seed and the estimate year go, a shortened repeat goes', () => {
    expect(
      plainSources([
        'synthetic demonstration data (cjsnsa generator, seed 20240331)',
        'Sum of the 32 council areas: synthetic demonstration data (cjsnsa generator, seed 20240331)',
        'Sum of 8 council areas: synthetic demonstration data (cjsnsa generator, seed 20240331)',
        'National Records of Scotland mid-year population estimates 1998-2018 (unrebased); Crown copyright, OGL v3 (mid-2017)',
        'National Records of Scotland mid-year population estimates 1998-2018 (unrebased); Crown copyright, OGL v3 (mid-2018)',
        'National Records of Scotland mid-year population estimates; Crown copyright, OGL v3',
      ]),
    ).toEqual([
      'Synthetic demonstration data made by cjsnsa: not official statistics',
      'National Records of Scotland mid-year population estimates 1998-2018 (unrebased); Crown copyright, OGL v3',
    ]);
  });
});
