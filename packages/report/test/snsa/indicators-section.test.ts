import { describe, expect, it } from 'vitest';
import { indicatorsSection, loadSnsaData, prepareSnsa, snsaArea, topicById } from '../../src/index.js';

describe('indicatorsSection', () => {
  it('says which year the comparison of all areas uses when the area\'s latest figure is withheld (Clackmannanshire, bail, shipped data)', async () => {
    const ctx = await prepareSnsa(await loadSnsaData());
    const area = snsaArea('Clackmannanshire');
    const rate = ctx.results.filter((r) => r.indicator === 'SM-bail-supervision-rate' && r.area === area.code);
    // the premise, from the controlled results: 2023-24 withheld, 2022-23 published
    expect(rate.find((r) => r.period === '2023-24')!.value).toBeNull();
    expect(rate.find((r) => r.period === '2022-23')!.value).not.toBeNull();
    const section = await indicatorsSection(ctx, area, topicById('bail'));
    expect(section.paragraphs).toContain(
      `The comparison of all areas for ${rate[0]!.indicator_name} uses 2022-23, the latest year with a figure for Clackmannanshire: Clackmannanshire's 2023-24 figure is withheld to protect small numbers.`,
    );
    expect(section.charts.find((c) => c.id === 'compare-SM-bail-supervision-rate')!.title).toContain('2022-23');
  }, 120_000);
});
