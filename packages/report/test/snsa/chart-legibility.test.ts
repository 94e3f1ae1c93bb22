import { describe, expect, it } from 'vitest';
import { ALT_TEXT_LIMIT } from '@cjsnsa/charts';
import {
  chartFigureHtml, indicatorsSection, loadSnsaData, prepareSnsa, profileSection, servicesSection, snsaArea, SNSA_TOPICS, whoSection, type PackChart, type SnsaContext,
} from '../../src/index.js';

// Every chart of every topic, as the pack draws them (SVG only: no PNG is made outside a pack).
async function everyChart(ctx: SnsaContext, name: string): Promise<PackChart[]> {
  const area = snsaArea(name);
  const charts: PackChart[] = [...(await profileSection(ctx, area)).charts];
  for (const topic of SNSA_TOPICS) {
    if (topic.id === 'services') {
      charts.push(...((await servicesSection(ctx, area, '2025-01-01'))?.charts ?? []));
      continue;
    }
    charts.push(...(await indicatorsSection(ctx, area, topic)).charts);
    charts.push(...((await whoSection(ctx, area, topic))?.charts ?? []));
  }
  return charts;
}

describe('the charts of a pack (shipped data; small and large areas)', () => {
  const areas = ['Orkney Islands', 'Shetland Islands', 'Clackmannanshire', 'Glasgow City'];
  let ctx: SnsaContext;
  const drawn = new Map<string, PackChart[]>();
  const chartsOf = async (name: string) => {
    ctx ??= await prepareSnsa(await loadSnsaData());
    if (!drawn.has(name)) drawn.set(name, await everyChart(ctx, name));
    return drawn.get(name)!;
  };

  it.each(areas)('have alt text under 300 characters, with a longer description for the figure (%s)', async (name) => {
    const charts = await chartsOf(name);
    expect(charts.length).toBeGreaterThan(20);
    for (const c of charts) {
      expect(c.altText.length, `${c.id}: ${c.altText}`).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
      expect(c.altText.length, c.id).toBeGreaterThan(40);
      expect((c.description ?? '').length, c.id).toBeGreaterThanOrEqual(c.altText.replace(/…$/, '').length);
    }
  }, 300_000);

  it.each(areas)('never draw an axis from an empty domain, nor a bracketed qualifier in a title (%s)', async (name) => {
    for (const c of await chartsOf(name)) {
      expect(c.svg, c.id).not.toMatch(/>-?0\.0{3,}</);
      expect(c.svg, c.id).not.toMatch(/role-title-text[^>]*aria-label="Title text '[^']*\[(Provisional|Supporting)/);
      expect(c.title, c.id).not.toContain('[');
    }
  }, 300_000);

  it('draw a count on its own scale with the rate per 10,000 beneath (Glasgow City, NI1b)', async () => {
    const c = (await chartsOf('Glasgow City')).find((x) => x.id === 'trend-NI1b')!;
    expect(c.svg).toContain('Number each year');
    expect(c.svg).toContain('Diversion cases commenced per 10,000 population aged 16–70');
    expect(c.data.columns).toContain('rate');
  }, 300_000);

  it('state the period of a compare chart that cannot use the latest year (Clackmannanshire, bail)', async () => {
    const c = (await chartsOf('Clackmannanshire')).find((x) => x.id === 'compare-SM-bail-supervision-rate')!;
    expect(c.svg).toContain('2022-23 shown: Clackmannanshire');
    expect(c.altText).toContain('2022-23');
  }, 300_000);
});

describe('chartFigureHtml(chart)', () => {
  it('gives the figure its short alt text as the label and the long description by aria-describedby', () => {
    const html = chartFigureHtml({
      id: 'trend-X', title: 'T', svg: '<svg></svg>', png: new Uint8Array(0), width: 1, height: 1, csv: '', notes: [],
      altText: 'Short.', description: 'Short. And every detail.', data: { columns: ['a'], rows: [[1]] },
    });
    expect(html).toContain('role="img" tabindex="0" aria-label="Short." aria-describedby="trend-X-description"');
    expect(html).toContain('<span id="trend-X-description">Short. And every detail.</span>');
  });
});
