import { describe, expect, it } from 'vitest';
import { spineChart, spineLabels, ALT_TEXT_LIMIT } from '../../src/index.js';
import { profileRows, spineRanges } from '../fixtures/results.js';

describe('spineLabels(rows)', () => {
  it('wraps names without their bracketed qualifiers, numbering national indicators', () => {
    expect(spineLabels([{ indicator: 'NI4', indicator_name: 'Community payback orders successfully completed (%) [Provisional: wording to be confirmed]', indicator_kind: 'national' }]))
      .toEqual(['Community payback orders\nsuccessfully completed (%) (NI4)']);
  });

  it('gives labels that read the same once wrapped and cut a distinguishing word, then the id', () => {
    const long = 'One-year reconviction rate of people released from a custodial sentence of less than twelve months, by area of residence';
    const rows = [
      { indicator: 'SM-a', indicator_name: 'Community payback orders successfully completed (%) [Supporting measure]', indicator_kind: 'supporting' },
      { indicator: 'L-b', indicator_name: 'Community payback orders successfully completed (%)', indicator_kind: 'local' },
      { indicator: 'SM-c', indicator_name: `${long} (%)`, indicator_kind: 'supporting' },
      { indicator: 'SM-d', indicator_name: `${long}, all ages (%)`, indicator_kind: 'supporting' },
    ];
    const labels = spineLabels(rows);
    expect(new Set(labels).size).toBe(rows.length);
    for (const l of labels) expect(l.split('\n').length).toBeLessThanOrEqual(3);
    expect(labels[0]).toMatch(/^Supporting measure: Community/);
    expect(labels[1]).toMatch(/^Local measure: Community/);
  });
});

describe('spineChart(results, options)', () => {
  const chart = spineChart(profileRows, { area: 'S12000039', ranges: spineRanges });

  it('uses its width: the plot takes all but the label column', () => {
    expect((chart.spec as any).vconcat[0].width).toBe(480 - 200);
  });

  it('has alt text of a sentence or three, the per-indicator detail in the description', () => {
    expect(chart.altText.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(chart.altText).toMatch(/^Area profile \(spine chart\) of West Dunbartonshire: 6 indicators/);
    expect(chart.description).toContain('One-year reconviction rate:');
  });
});
