import { describe, expect, it } from 'vitest';
import { compareAreasChart, toSVG, messages, COMPARE_ROW_HEIGHT, ALT_TEXT_LIMIT } from '../../src/index.js';
import { compareRows } from '../fixtures/results.js';

describe('compareAreasChart(results, options)', () => {
  const mainOf = (c: ReturnType<typeof compareAreasChart>) => (c.spec as any).vconcat[0];

  it('is sized to its content: the plot grows by one row height per area', () => {
    const ten = compareAreasChart(compareRows, { highlight: 'S12000039' });
    const five = compareAreasChart(compareRows.slice(0, 5), { highlight: 'S12000039' });
    expect(mainOf(ten).height).toBe(10 * COMPARE_ROW_HEIGHT);
    expect(mainOf(five).height).toBe(5 * COMPARE_ROW_HEIGHT);
  });

  it('states in its subtitle why it shows an earlier period', () => {
    const c = compareAreasChart(compareRows, { highlight: 'S12000039', periodReason: "West Dunbartonshire's 2024-25 figure is withheld to protect small numbers" });
    // wrapped to the chart's width
    expect((c.spec.title as { subtitle: string[] }).subtitle.join(' ')).toContain("2023-24 shown: West Dunbartonshire's 2024-25 figure is withheld to protect small numbers.");
  });

  // ranks by hand from the fixture: 78.3, 77.8, 77.5, 77.5, 74.4, 70.9 (West Dunbartonshire), 70.8, 69.6, 69.2
  it('keeps its alt text short: what, where the highlighted area ranks, and the tally', () => {
    const c = compareAreasChart(compareRows, { highlight: 'S12000039' });
    expect(c.altText.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(c.altText).toContain('West Dunbartonshire: 70.9%, ranked 6 of 9, not significantly different from Scotland.');
    expect(c.description).toContain('Suppressed to protect small numbers: Na h-Eileanan Siar.');
  });

  it('draws no value axis and says "No published values" when every area is withheld', async () => {
    const withheld = compareRows.map((r) => ({ ...r, value: null, lower: null, upper: null, status: 'suppressed; synthetic' }));
    const svg = await toSVG(compareAreasChart(withheld, {}));
    expect(svg).toContain(messages.noPublishedValues);
    expect(svg).not.toMatch(/X-axis/);
    expect(svg).not.toMatch(/>0\.0+</);
  });
});
