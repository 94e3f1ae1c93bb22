import { describe, expect, it, vi } from 'vitest';
import { fixtureCharts } from '../../../charts/test/helpers/charts.js';

// svgToPNG fails for an SVG carrying this marker, so a failed rasterisation can be tested.
const FAIL = 'cannot-be-rasterised';
vi.mock('@cjsnsa/charts', async (importOriginal) => {
  const charts = await importOriginal<typeof import('@cjsnsa/charts')>();
  return {
    ...charts,
    svgToPNG: (svg: string, options?: { scale?: number }) =>
      svg.includes(FAIL) ? Promise.reject(new Error('resvg could not read the SVG')) : charts.svgToPNG(svg, options),
  };
});

const { chartsRasterised, pngReady, rasteriseAsDrawn, renderChart } = await import('../../src/snsa/render-chart.js');
const { messages } = await import('../../src/messages.js');

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const isPng = (bytes: Uint8Array) => bytes.length > 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

describe('renderChart, rasteriseAsDrawn and pngReady', () => {
  it('inside rasteriseAsDrawn, every chart rendered has its PNG when the call resolves', async () => {
    const [trend, spine] = await rasteriseAsDrawn(async () => [
      await renderChart(fixtureCharts.trend!(), 'trend'),
      await renderChart(fixtureCharts.spine!(), 'spine'),
    ]);
    expect(isPng(trend!.png)).toBe(true);
    expect(isPng(spine!.png)).toBe(true);
  });

  it('outside it, a PNG is made only when asked for, and pngReady makes only those of the charts it is given', async () => {
    const heatmap = await renderChart(fixtureCharts.heatmap!(), 'heatmap');
    const funnel = await renderChart(fixtureCharts.funnel!(), 'funnel');
    expect(heatmap.png.length).toBe(0);
    await pngReady([heatmap]);
    expect(isPng(heatmap.png)).toBe(true);
    expect(funnel.png.length).toBe(0); // not asked for yet
    await chartsRasterised(); // every chart not yet made
    expect(isPng(funnel.png)).toBe(true);
  });

  it('pngScale sets the PNGs\' pixel density inside rasteriseAsDrawn, 2 by default; one chart can be had at two scales', async () => {
    const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];
    const spine = fixtureCharts.spine!;
    const [one] = await rasteriseAsDrawn(async () => [await renderChart(spine(), 'spine-1')], { pngScale: 1 });
    const [two] = await rasteriseAsDrawn(async () => [await renderChart(spine(), 'spine-2')]);
    const [three] = await rasteriseAsDrawn(async () => [await renderChart(spine(), 'spine-3')], { pngScale: 3 });
    expect(size(one!.png)).toEqual([one!.width, one!.height]);
    expect(size(two!.png)).toEqual([2 * one!.width, 2 * one!.height]);
    expect(size(three!.png)).toEqual([3 * one!.width, 3 * one!.height]);
    for (const bad of [0, 0.5, 5, Number.NaN]) {
      await expect(rasteriseAsDrawn(async () => null, { pngScale: bad })).rejects.toThrow(messages.pngScale(String(bad)));
    }
  });

  it('a chart that cannot be rasterised fails the wait for it, names the cause, and is reported once', async () => {
    const broken = fixtureCharts.trend!();
    broken.altText = `${broken.altText} ${FAIL}`;
    broken.spec = { ...broken.spec, description: FAIL } as typeof broken.spec;
    await expect(rasteriseAsDrawn(async () => renderChart(broken, 'broken'))).rejects.toThrow('resvg could not read the SVG');
    await expect(chartsRasterised()).resolves.toBeUndefined(); // the failure was reported, not kept for every later wait
  });
});
