import { describe, expect, it } from 'vitest';
import { loadSnsaData, profileSection, snsaArea, type SnsaContext } from '../../src/index.js';
import { simdSentence } from '../../src/snsa/sections/profile-section.js';
import { DEFAULT_SMALL_COUNT_RULE } from '@cjsnsa/core';

// A context with the shipped data and no results (the spine chart is another test's business).
async function context(): Promise<SnsaContext> {
  return { data: await loadSnsaData(), results: [], breakdowns: [], frameworkVersion: 'cjpf-2023', disclosure: DEFAULT_SMALL_COUNT_RULE };
}

describe('profileSection: SIMD context and the population series', () => {
  it('gives the share of data zones among the 20% most deprived (Inverclyde 51 of 114, Glasgow 339 of 746; Scotland 1,395 of 6,976)', async () => {
    // shared/data/README.md: Inverclyde 51/114 = 0.4474; Glasgow City 339/746 = 0.4544; Scotland 1,395 of 6,976 data zones.
    const ctx = await context();
    const inverclyde = await profileSection(ctx, snsaArea('Inverclyde'));
    expect(inverclyde.paragraphs.join(' ')).toContain(
      "45% of Inverclyde's data zones (51 of 114) are among Scotland's 20% most deprived (SIMD 2020v2; Scotland 20%).",
    );
    expect(inverclyde.paragraphs.join(' ')).toContain('context for the area, not an indicator');
    expect(inverclyde.paragraphs.join(' ')).toContain('Crown copyright, OGL v3');
    const glasgow = await profileSection(ctx, snsaArea('Glasgow City'));
    expect(glasgow.paragraphs.join(' ')).toContain("45% of Glasgow City's data zones (339 of 746)");
  }, 60_000);

  it('words a share of none and a name ending in s', () => {
    expect(simdSentence('Orkney Islands', { area: 'S12000023', datazones: 29, mostDeprived: 0, scotlandDatazones: 6976, scotlandMostDeprived: 1395 })).toBe(
      "None of Orkney Islands' 29 data zones are among Scotland's 20% most deprived (SIMD 2020v2; Scotland 20%).",
    );
  });

  it('shows the Census-2022-based mid-2022 figure and the unrebased series apart, never as one series', async () => {
    // West Dunbartonshire aged 16-70: 61,965 in mid-2022 (Revised, Census-2022-based); 61,622 in mid-2021 and 63,062 in mid-2018 (unrebased).
    const ctx = await context();
    const s = await profileSection(ctx, snsaArea('West Dunbartonshire'));
    const text = s.paragraphs.join(' ');
    expect(text).toContain('was 61,965 in mid-2022 (NRS mid-year estimate based on Scotland\'s Census 2022)');
    expect(text).toContain('unrebased series, rolled forward from Census 2011 (61,622 in mid-2021');
    expect(text).toContain('The two series are not joined');
    const chart = s.charts.find((c) => c.id === 'profile-population')!;
    const lines = chart.csv.trim().split(/\r?\n/);
    expect(lines.find((l) => l.startsWith('2022,'))).toContain('Census-2022-based');
    expect(lines.find((l) => l.startsWith('2021,'))).toContain('unrebased');
    expect(lines.find((l) => l.startsWith('2018,'))).toContain('63062');
    expect(lines.filter((l) => /^\d{4},/.test(l))).toHaveLength(10);
  }, 60_000);
});
