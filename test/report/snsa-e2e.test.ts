import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');

function runSnsa(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
}

/** A PNG's pixel size, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
/** An SVG's size in its own units, from the root element's width and height (whole numbers in Vega's output). */
const svgSize = (svg: string) => {
  const root = svg.slice(0, svg.indexOf('>'));
  return { width: Math.ceil(Number(/\bwidth="([\d.]+)"/.exec(root)![1])), height: Math.ceil(Number(/\bheight="([\d.]+)"/.exec(root)![1])) };
};

describe('snsa for one area, from a fresh build', () => {
  const out = mkdtempSync(join(tmpdir(), 'snsa-e2e-'));
  let run: ReturnType<typeof runSnsa>;
  let packDir: string;

  beforeAll(() => {
    // The test command builds first (scripts/setup.sh); this checks the built command, as a user runs it.
    expect(existsSync(CLI), 'packages/report/dist/cli.js is built').toBe(true);
    run = runSnsa(['--area', 'West Dunbartonshire', '--topic', 'diversion', '--out', out, '--format', 'html,docx']);
    packDir = join(out, 'west-dunbartonshire', 'diversion');
  });

  it('exits 0 and prints where the pack is', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(join(out, 'west-dunbartonshire'));
  });

  it('writes the report, the Word document, the results and baseline CSVs and a chart pack', () => {
    for (const f of ['report.html', 'report.docx', 'results.csv', 'baseline.csv']) {
      expect(existsSync(join(packDir, f)), f).toBe(true);
    }
    const charts = readdirSync(join(packDir, 'charts'));
    const stems = new Set(charts.map((f) => f.replace(/\.(svg|png|alt\.txt|csv)$/, '')));
    expect(stems.size).toBeGreaterThanOrEqual(5);
    for (const stem of stems) {
      for (const ext of ['svg', 'png', 'alt.txt', 'csv']) {
        const file = join(packDir, 'charts', `${stem}.${ext}`);
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).size, file).toBeGreaterThan(20);
      }
      const png = readFileSync(join(packDir, 'charts', `${stem}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // twice the SVG's size by default (--png-scale 2)
      const svg = svgSize(readFileSync(join(packDir, 'charts', `${stem}.svg`), 'utf8'));
      expect(pngSize(png), stem).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    }
  });

  it('labels synthetic demonstration data in the report, the alt text and the CSVs', () => {
    const html = readFileSync(join(packDir, 'report.html'), 'utf8');
    expect(html).toMatch(/synthetic demonstration data/i);
    const alt = readdirSync(join(packDir, 'charts')).filter((f) => f.endsWith('.alt.txt'));
    const anySynthetic = alt.some((f) => /synthetic/i.test(readFileSync(join(packDir, 'charts', f), 'utf8')));
    expect(anySynthetic).toBe(true);
    expect(readFileSync(join(packDir, 'results.csv'), 'utf8')).toMatch(/synthetic/);
  });

  it.skipIf(!hasChromium)('report.html renders every chart in headless Chromium and requests nothing remote', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(join(packDir, 'report.html')).href;
      await page.goto(url, { waitUntil: 'load' });
      const figures = await page.$$eval('figure.snsa-chart', (els) =>
        els.map((el) => {
          const svg = el.querySelector('svg');
          const box = svg?.getBoundingClientRect();
          return { id: el.id, width: box?.width ?? 0, height: box?.height ?? 0, marks: svg?.querySelectorAll('path, rect, line, text').length ?? 0 };
        }),
      );
      const chartFiles = new Set(readdirSync(join(packDir, 'charts')).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)));
      expect(figures.map((f) => f.id).sort()).toEqual([...chartFiles].sort());
      for (const f of figures) {
        expect(f.width, f.id).toBeGreaterThan(100);
        expect(f.height, f.id).toBeGreaterThan(50);
        expect(f.marks, f.id).toBeGreaterThan(5);
      }
      const remote = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
      expect(remote).toEqual([]);
      await page.screenshot({ path: join(ROOT, 'test/artifacts/snsa-report.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  });

  it('the Word document carries every chart as an image with its alt text, and its data table', () => {
    const zip = unzipSync(readFileSync(join(packDir, 'report.docx')));
    const media = Object.keys(zip).filter((k) => k.startsWith('word/media/'));
    const chartCount = readdirSync(join(packDir, 'charts')).filter((f) => f.endsWith('.png')).length;
    expect(media.length).toBe(chartCount);
    const body = strFromU8(zip['word/document.xml']!);
    const decode = (x: string) =>
      x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const descriptions = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decode(m[1]!));
    expect(descriptions.length).toBe(chartCount);
    for (const f of readdirSync(join(packDir, 'charts')).filter((x) => x.endsWith('.alt.txt'))) {
      const alt = readFileSync(join(packDir, 'charts', f), 'utf8').trim();
      expect(descriptions.includes(alt), f).toBe(true);
    }
    expect((body.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(chartCount);
  });

  afterAll(() => {
    // keep the output for inspection on failure; the OS cleans the temp dir
  });
});

describe('snsa --area all', () => {
  it('writes a pack for every council area and an index page, with parallel workers', () => {
    const out = mkdtempSync(join(tmpdir(), 'snsa-all-'));
    const r = runSnsa(['--area', 'all', '--topic', 'services', '--format', 'html', '--jobs', '2', '--png-scale', '1', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('with 2 workers');
    expect(r.stdout).toContain('[32/32]');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...index.matchAll(/href="([^"]+)\/index\.html"/g)].map((m) => m[1]!);
    expect(links.length).toBe(32);
    for (const l of links) expect(existsSync(join(out, l, 'services', 'report.html')), l).toBe(true);
    expect(index).not.toContain('failed');
    // the workers drew the PNGs at the scale asked for: the SVG's own size at --png-scale 1
    const charts = join(out, links[0]!, 'services', 'charts');
    const stems = readdirSync(charts).filter((f) => f.endsWith('.png')).map((f) => f.slice(0, -4));
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(pngSize(readFileSync(join(charts, `${stem}.png`))), stem).toEqual(svgSize(readFileSync(join(charts, `${stem}.svg`), 'utf8')));
  }, 600_000);
});

describe('snsa errors', () => {
  it('a wrong area fails with the nearest valid names and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'snsa-bad-'));
    const r = runSnsa(['--area', 'West Dunbartonshir', '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('West Dunbartonshire');
    expect(readdirSync(out)).toEqual([]);
  });

  it("a partnership's own data is checked first: every problem listed by file, row and column, nothing written", () => {
    const own = mkdtempSync(join(tmpdir(), 'snsa-own-'));
    writeFileSync(
      join(own, 'diversion.csv'),
      [
        'indicator,area,period,numerator,denominator,status,source',
        'diversion-commenced,S12000039,2022/23,41,,published,Our system',
        'diversion-commenced,S12000039,2023/25,38,,published,Our system',
        'diversion-commenced,S12000039,2021-22,lots,,published,Our system',
      ].join('\n'),
    );
    const out = mkdtempSync(join(tmpdir(), 'snsa-bad-'));
    const r = runSnsa(['--data', own, '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/diversion\.csv, row 3, column period/);
    expect(r.stderr).toMatch(/diversion\.csv, row 4, column numerator/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("a partnership's own valid data replaces the embedded items and the pack says so", () => {
    const own = mkdtempSync(join(tmpdir(), 'snsa-own-'));
    const rows = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].map((p, i) => `diversion-commenced,S12000039,${p},${60 + i},,published,Our case management system`);
    writeFileSync(join(own, 'diversion.csv'), ['indicator,area,period,numerator,denominator,status,source', ...rows].join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'snsa-own-out-'));
    const r = runSnsa(['--data', own, '--out', out, '--topic', 'diversion', '--format', 'html', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8');
    expect(html).toContain('Your own data replaced the embedded data for: diversion-commenced');
    const results = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'results.csv'), 'utf8');
    expect(results).toMatch(/NI1b,.*S12000039,.*2023-24,64,/);
  });

  it('a wrong topic fails with the nearest valid topic', () => {
    const out = mkdtempSync(join(tmpdir(), 'snsa-bad-'));
    const r = runSnsa(['--topic', 'bial', '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('bail');
    expect(readdirSync(out)).toEqual([]);
  });
});
