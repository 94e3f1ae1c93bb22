import { describe, expect, it } from 'vitest';
import { toPNG, toSVG, toHTML, chartHTMLFragment, showChart, dataTableHTML } from '../../src/index.js';
import { fixtureCharts } from '../helpers/charts.js';

const chart = fixtureCharts.trend();

describe('toSVG(chart)', () => {
  it('embeds the alt text as the SVG title', async () => {
    const svg = await toSVG(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<title>Line chart of Community payback orders');
  });
  it('lays text out with real glyph widths, not the 0.8 × characters × size estimate', async () => {
    const vega = await import('vega');
    await toSVG(chart); // installs the metrics
    const w = (vega as any).textMetrics.width({ fontSize: 10 }, 'iiii');
    // Liberation Sans 'i' advance is 455/2048 em (same as Arial): 4 × 10 × 0.2222 = 8.89 px.
    expect(w).toBeCloseTo(8.89, 1);
  });
});

describe('toSVG(chart) with a control character in a label', () => {
  it('writes well-formed XML that rasterises', async () => {
    const c = fixtureCharts.trend();
    const spec = JSON.parse(JSON.stringify(c.spec).replace('Community payback orders', 'Community\\u0001payback orders'));
    const svg = await toSVG(spec);
    expect(svg).not.toMatch(/[\u0000-\u0008]/);
    expect(svg).toContain('Community\uFFFDpayback');
    const png = await toPNG(spec, { scale: 1 });
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

describe('toPNG(chart, { scale })', () => {
  it('renders a PNG at twice the SVG size by default', async () => {
    const png = await toPNG(chart);
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
    const svgWidth = Number(/width="([\d.]+)"/.exec(await toSVG(chart))![1]);
    expect(width).toBe(Math.round(svgWidth * 2));
    const one = await toPNG(chart, { scale: 1 });
    expect((one[16] << 24) | (one[17] << 16) | (one[18] << 8) | one[19]).toBe(Math.round(svgWidth));
  });
});

describe('toHTML(chart)', () => {
  it('is a self-contained page: inlined vega builds and fonts, no remote URLs', async () => {
    const html = await toHTML(chart, { title: 'Page title' });
    expect(html).toContain('<title>Page title</title>');
    expect(html).toContain('@font-face');
    expect(html).toContain('vegaEmbed(');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toContain('<table class="cjsnsa-data">');
    expect(html).toContain(`aria-label="${chart.altText.slice(0, 40)}`);
  });
});

describe('chartHTMLFragment(chart) and showChart(chart, display)', () => {
  it('gives inline SVG, alt text and the data table, and passes it to display.html', async () => {
    const shown: string[] = [];
    const html = await showChart(chart, { html: (s) => shown.push(s) });
    expect(shown).toEqual([html]);
    expect(html).toBe(await chartHTMLFragment(chart));
    expect(html).toContain('<svg');
    expect(html).toContain('<figcaption');
    expect(html).toContain(dataTableHTML(chart));
    expect(html).not.toContain('<script');
  });
});
