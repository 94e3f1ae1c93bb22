import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { toSVG, toVegaSpec, FONT_FAMILY, messages, ALT_TEXT_LIMIT } from '../../src/index.js';
import { fixtureCharts } from '../helpers/charts.js';
import { matchesSnapshot } from '../helpers/snapshot.js';

function vegaLiteSchema(): object {
  const require = createRequire(import.meta.url);
  let d = dirname(require.resolve('vega-lite'));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return JSON.parse(readFileSync(join(d, 'build', 'vega-lite-schema.json'), 'utf8'));
}

// draft-07 schema; accept its three string formats without validating them.
const ajv = new Ajv({ strict: false, allowUnionTypes: true, formats: { 'color-hex': true, uri: true, 'uri-reference': true } });
const validate = ajv.compile(vegaLiteSchema());

describe.each(Object.keys(fixtureCharts))('preset %s', (name) => {
  const chart = fixtureCharts[name]();

  it('is valid against the Vega-Lite JSON schema', () => {
    const ok = validate(chart.spec);
    expect(ok, JSON.stringify(validate.errors?.slice(0, 3), null, 1)).toBe(true);
  });

  it('compiles to Vega and parses into a dataflow', async () => {
    const vega = await import('vega');
    const vg = await toVegaSpec(chart);
    expect(() => vega.parse(vg)).not.toThrow();
  });

  it('sets the shipped font explicitly', () => {
    expect((chart.spec as { config: { font: string } }).config.font).toBe(FONT_FAMILY);
  });

  it('carries alt text, a CSV data table and the source and synthetic labels in the chart', () => {
    expect(chart.altText.length).toBeGreaterThan(80);
    expect(chart.altText.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(chart.description.startsWith(chart.altText.replace(/…$/, '').split('. ')[0])).toBe(true);
    expect(chart.csv.split('\r\n')[0]).toBe(chart.columns.join(','));
    expect(chart.csv.trim().split('\r\n').length).toBe(chart.dataTable.length + 1);
    expect(chart.notes).toContain(messages.syntheticLabel);
    expect(chart.notes.some((n) => n.startsWith('Source: '))).toBe(true);
    expect(JSON.stringify(chart.spec)).toContain(messages.syntheticLabel);
  });

  it('matches its normalised SVG snapshot in test/output', async () => {
    const svg = await toSVG(chart);
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
    expect(matchesSnapshot(name, svg), `${name}-changed.svg written beside the snapshot`).toBe(true);
  });
});
