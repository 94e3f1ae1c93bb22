import { describe, expect, it } from 'vitest';
import { trendChart, compareAreasChart, heatmapChart, compositionChart, toSVG, chartHTMLFragment, messages } from '../../src/index.js';
import { leakyRows, LEAKED_VALUE, compareRows, profileRows, compositionRows } from '../fixtures/results.js';

// A row marked suppressed whose value leaked through disclosure control must still never be drawn.
const leakyCompare = compareRows.map((r) => (r.status?.startsWith('suppressed') ? { ...r, value: LEAKED_VALUE, lower: LEAKED_VALUE - 1, upper: LEAKED_VALUE + 1 } : r));
const leakyHeat = profileRows.map((r) => (r.status?.startsWith('suppressed') ? { ...r, value: LEAKED_VALUE } : r));
const leakyComposition = compositionRows.map((r) => (r.status.startsWith('suppressed') ? { ...r, value: LEAKED_VALUE } : r));

const cases = {
  trend: () => trendChart(leakyRows, { area: 'S12000039', indicator: 'NI4' }),
  'compare-areas': () => compareAreasChart(leakyCompare, { highlight: 'S12000013' }),
  heatmap: () => heatmapChart(leakyHeat),
  composition: () => compositionChart(leakyComposition, { mode: 'grouped' }),
};

describe.each(Object.keys(cases))('a preset given a suppressed value (%s)', (name) => {
  const chart = cases[name as keyof typeof cases]();
  const leaked = [String(LEAKED_VALUE), '42.4', '41.4', '43.4'];

  it('never puts the number in the spec, alt text or CSV', () => {
    for (const s of leaked) {
      expect(JSON.stringify(chart.spec)).not.toContain(s);
      expect(chart.altText).not.toContain(s);
      expect(chart.csv).not.toContain(s);
    }
  });

  it('never draws the number in the SVG or the notebook HTML', async () => {
    const svg = await toSVG(chart);
    const html = await chartHTMLFragment(chart);
    for (const s of leaked) {
      expect(svg).not.toContain(`>${s}`);
      expect(html).not.toContain(`>${s}`);
    }
  });

  it('shows "suppressed" in the CSV and a note in the chart', () => {
    expect(chart.csv).toContain(messages.suppressedCell);
    expect(chart.notes.some((n) => n.startsWith(messages.suppressedLabel))).toBe(true);
  });
});

describe('compositionChart alt text says only what the published counts show', () => {
  const row = (period: string, breakdown: string, value: number | null, status = value === null ? 'suppressed' : 'published') => ({ period, breakdown, value, status, source: 's' });
  it('calls the largest group "published" when a count of that period is withheld (a withheld one may be larger)', () => {
    const chart = compositionChart([row('2022-23', 'F', 10), row('2022-23', 'M', 20), row('2023-24', 'F', 6), row('2023-24', 'M', null, 'secondary-suppressed')], { x: 'period', series: 'breakdown' });
    expect(chart.altText).toContain('the largest published group was F (6)');
  });
  it('says no published count is above zero, rather than naming a largest group of 0', () => {
    const chart = compositionChart([row('2022-23', 'F', 10), row('2022-23', 'M', 20), row('2023-24', 'F', 0), row('2023-24', 'M', null)], { x: 'period', series: 'breakdown' });
    expect(chart.altText).toContain('In 2023-24 no published count is above zero (the other counts are suppressed).');
    expect(chart.altText).not.toContain('largest');
  });
  it('names the largest group plainly when nothing in that period is withheld', () => {
    const chart = compositionChart([row('2023-24', 'F', 6), row('2023-24', 'M', 9)], { x: 'period', series: 'breakdown' });
    expect(chart.altText).toContain('In 2023-24 the published counts add to 15; the largest group was M (9).');
  });
});
