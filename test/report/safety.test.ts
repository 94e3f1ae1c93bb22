// Safety of the report (issue 7): `snsa` runs with every network route blocked and
// its report loads nothing remote; user-supplied names and labels carrying HTML,
// script or spreadsheet formulas are inert in every output.
//
// Two ways user text reaches output are exercised:
// 1. the built CLI with a partnership's own data (`--data`, test/fixtures/safety/own-data):
//    hostile `status` codes (shown as warnings, in the baseline and CSVs), `source`
//    notes (sources list, chart footers, CSVs), a hostile data-item id (listed as
//    replaced), and an extra column;
// 2. the library, as notebooks use it: a local indicator definition with hostile
//    name/wording/unit (test/fixtures/safety/local-indicators), a services register
//    with hostile service names and provider types, a hostile topic title and
//    dataset caveat, and chart presets given hostile breakdown labels, titles and
//    source notes; written with writePack and shown with sectionHtml,
//    chartHTMLFragment and toHTML.
// The e2e test (snsa-e2e.test.ts) already checks a normal pack's files and rendering;
// this one adds the blocked network, the hostile text and the request blocking.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readObservations, readTable } from '@cjsnsa/core';
import { chartHTMLFragment, compositionChart, toCSV, toHTML, trendChart, type ChartSpec } from '@cjsnsa/charts';
import { COUNCIL_AREAS, computeIndicators, loadIndicatorDefinitions, type ResultRow } from '@cjsnsa/framework';
import { buildSnsaPack, messages, readServicesRegister, sectionHtml, servicesSection, snsaArea, writePack, type SnsaContext, type SnsaPack, type SnsaTopic } from '@cjsnsa/report';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const FIXTURES = join(ROOT, 'test/fixtures/safety');
const PRELOAD = pathToFileURL(join(FIXTURES, 'block-network.mjs')).href;

// ---- hostile text, as written in the fixtures ------------------------------------

/** test/fixtures/safety/own-data/diversion.csv: status and source of each period's row. */
const OWN = {
  statuses: [
    '"><img src=x onerror=alert(1)>',
    '</script><script>alert(2)</script>',
    'javascript:alert(3)',
    "{{constructor.constructor('alert(4)')()}} ${alert(5)}",
    '=HYPERLINK("http://example.invalid/status")',
  ],
  sources: ['=HYPERLINK("http://example.invalid/x","click")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(1)', '<script>alert(1)</script>'],
  counts: [80, 76, 71, 67, 62],
  /** The status of the one diversion-completed row (an unknown status: read with a warning that quotes it). */
  item: '<svg onload=alert(6)>',
};

/** test/fixtures/safety/local-indicators/LOCAL-hostile.json and the library inputs below. */
const LIB = {
  name: '=HYPERLINK("http://example.invalid/name") <script>alert(1)</script> "><img src=x onerror=alert(1)>',
  unit: '% <b onmouseover=alert(8)>of people</b>',
  topic: '</script><script>alert(2)</script> topic {{7*7}} ${7*7}',
  caveat: '@SUM(9) <marquee>dataset caveat</marquee>',
  /** Characters XML 1.0 forbids (a vertical tab from a spreadsheet cell, a stray control code): the Word XML must still parse, words kept apart. */
  control: 'vertical\u000Btab and\u0001control code',
  services: ['=HYPERLINK("http://example.invalid/svc") <script>alert(1)</script>', '</script><script>alert(2)</script>', '@SUM(1) {{x}} ${x}'],
  providers: ['"><img src=x onerror=alert(1)>', '-1+1', 'Third sector'],
  breakdowns: ['+cmd|\' /C calc\'!A0 <iframe src="http://example.invalid/b"></iframe>', '-2+3', "O'Brien \\ \"quoted\" <b>bold</b>"],
  chartTitle: '</script><script>alert(2)</script> chart title',
  chartSource: '=HYPERLINK("http://example.invalid/src") javascript:alert(3)',
};

// ---- helpers ---------------------------------------------------------------------

/** RFC 4180 CSV → rows of cells (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Cells a spreadsheet would evaluate (OWASP: first character = + - @ tab CR LF, fullwidth too), unless just a number. */
function formulaCells(csv: string): string[] {
  const number = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
  return parseCsv(csv)
    .flat()
    .filter((c) => /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(c) && !(/\d/.test(c) && number.test(c)));
}

/** Markup that must never appear raw in HTML, SVG or Word XML written from user text. */
const RAW_MARKUP = /<(script|img|iframe|marquee)\b|<svg onload|<b onmouseover|<i>completed/i;

/** src/href/url()/@import pointing off the machine (http, https, ws, wss, ftp or protocol-relative). */
function remoteReferences(html: string): string[] {
  const patterns = [
    /\b(?:src|href|xlink:href|srcset|action|formaction|poster|data|background|ping)\s*=\s*["']?\s*(?:(?:https?|wss?|ftp):|\/\/)[^"'\s>]*/gi,
    /url\(\s*["']?\s*(?:(?:https?|wss?|ftp):|\/\/)[^)]*\)/gi,
    /@import\b[^;]*/gi,
  ];
  return patterns.flatMap((p) => [...html.matchAll(p)].map((m) => m[0]));
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Every text file a pack writes, by kind, plus the Word document's XML parts. */
function readPack(dir: string) {
  const charts = readdirSync(join(dir, 'charts'));
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const zip = unzipSync(readFileSync(join(dir, 'report.docx')));
  return {
    html: read('report.html'),
    svg: charts.filter((f) => f.endsWith('.svg')).map((f) => ({ name: f, text: read(`charts/${f}`) })),
    alt: charts.filter((f) => f.endsWith('.alt.txt')).map((f) => ({ name: f, text: read(`charts/${f}`) })),
    csv: ['results.csv', 'baseline.csv', ...charts.filter((f) => f.endsWith('.csv')).map((f) => `charts/${f}`)].map((f) => ({ name: f, text: read(f) })),
    docx: Object.keys(zip)
      .filter((k) => /\.(xml|rels)$/.test(k))
      .map((k) => ({ name: k, text: strFromU8(zip[k]!) })),
  };
}

/** The checks every written pack must pass without a browser: escaped markup, no remote references, safe CSVs. */
function expectStaticSafety(pack: ReturnType<typeof readPack>) {
  for (const f of [{ name: 'report.html', text: pack.html }, ...pack.svg, ...pack.docx]) expect(f.text, f.name).not.toMatch(RAW_MARKUP);
  expect(remoteReferences(pack.html)).toEqual([]);
  expect(pack.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  expect(pack.html).not.toMatch(/<script\b/i);
  for (const f of pack.csv) expect(formulaCells(f.text), f.name).toEqual([]);
  // Alt text files are plain text, read aloud or pasted into alt-text fields: never HTML-escaped.
  for (const f of pack.alt) expect(f.text, f.name).not.toMatch(/&(lt|gt|amp|quot|#39);/);
}

interface Inspection {
  remote: string[];
  dialogs: string[];
  errors: string[];
}

/** A page in which every request that is not file: or data: is aborted and recorded, as are dialogs. */
async function guardedPage(browser: Browser): Promise<{ page: Page; seen: Inspection }> {
  const context = await browser.newContext();
  const seen: Inspection = { remote: [], dialogs: [], errors: [] };
  const local = (u: string) => u.startsWith('file:') || u.startsWith('data:') || u.startsWith('about:') || u.startsWith('blob:');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    seen.remote.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!local(r.url()) && !seen.remote.includes(r.url())) seen.remote.push(r.url());
  });
  page.on('websocket', (ws) => seen.remote.push(ws.url()));
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return { page, seen };
}

/**
 * What the DOM holds: elements user text must never create, event-handler attributes,
 * URL attributes, the text. `allowed` names the page's own scripts and elements (toHTML's
 * four scripts and the empty `form.vega-bindings` vega-embed adds).
 */
function inspectDom(page: Page, allowed: { scripts: number; selector?: string } = { scripts: 0 }) {
  return page.evaluate(({ scripts: ownScripts, selector }) => {
    const all = [...document.querySelectorAll('*')].filter((e) => !selector || !e.matches(selector));
    const forbidden = new Set(['img', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'input', 'marquee', 'foreignobject', 'frame', 'audio', 'video', 'source']);
    const scripts = document.querySelectorAll('script').length;
    const urlAttrs = new Set(['src', 'href', 'xlink:href', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping']);
    return {
      injected: all.filter((e) => forbidden.has(e.localName.toLowerCase())).map((e) => e.outerHTML.slice(0, 80)),
      extraScripts: scripts - ownScripts,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)),
      urls: all.flatMap((e) =>
        [...e.attributes].filter((a) => urlAttrs.has(a.name.toLowerCase()) && !/^(#|data:)/.test(a.value.trim())).map((a) => `${a.name}=${a.value}`),
      ),
      refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
      text: document.documentElement.textContent ?? '',
      title: document.title,
      figures: [...document.querySelectorAll('figure')].map((f) => {
        const box = f.querySelector('svg')?.getBoundingClientRect();
        return { width: box?.width ?? 0, height: box?.height ?? 0 };
      }),
    };
  }, allowed);
}

/** Parse XML documents (SVG charts, Word parts) with the browser's XML parser. */
function parseXml(page: Page, docs: { name: string; text: string; type: 'image/svg+xml' | 'application/xml' }[]) {
  return page.evaluate((list) => {
    return list.map(({ name, text, type }) => {
      const doc = new DOMParser().parseFromString(text, type);
      const all = [...doc.getElementsByTagName('*')];
      return {
        name,
        parseErrors: doc.getElementsByTagName('parsererror').length,
        bad: all.filter((e) => ['script', 'foreignObject', 'iframe', 'img', 'image', 'a'].includes(e.localName)).map((e) => e.localName),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.localName)).map((a) => a.name)),
        text: doc.documentElement?.textContent ?? '',
      };
    });
  }, docs);
}

/** Open a written report.html with the network blocked and check it loads nothing remote, runs nothing, and keeps user text as text. */
async function expectReportSafeInChromium(browser: Browser, dir: string, pack: ReturnType<typeof readPack>, texts: { html: string[]; svg: string[]; docx: string[] }) {
  const { page, seen } = await guardedPage(browser);
  await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  const dom = await inspectDom(page);
  expect(seen.remote).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(dom.injected).toEqual([]);
  expect(dom.extraScripts).toBe(0);
  expect(dom.handlers).toEqual([]);
  expect(dom.urls).toEqual([]);
  expect(dom.refresh).toBe(0);
  for (const t of texts.html) expect(dom.text, t).toContain(t);
  // The charts still draw (inline SVG), one figure per chart file.
  expect(dom.figures.length).toBe(pack.svg.length);
  for (const f of dom.figures) expect(f.width * f.height).toBeGreaterThan(0);

  const svg = await parseXml(page, pack.svg.map((f) => ({ ...f, type: 'image/svg+xml' as const })));
  for (const s of svg) {
    expect(s.parseErrors, s.name).toBe(0);
    expect(s.bad, s.name).toEqual([]);
    expect(s.handlers, s.name).toEqual([]);
  }
  const svgText = squash(svg.map((s) => s.text).join(' '));
  for (const t of texts.svg) expect(svgText, t).toContain(squash(t));

  const docx = await parseXml(page, pack.docx.map((f) => ({ ...f, type: 'application/xml' as const })));
  for (const d of docx) {
    expect(d.parseErrors, d.name).toBe(0);
    expect(d.bad.filter((b) => b !== 'a'), d.name).toEqual([]); // a:… is DrawingML's namespace prefix, not a link
  }
  const body = docx.find((d) => d.name === 'word/document.xml')!.text;
  for (const t of texts.docx) expect(body, t).toContain(t);
  await page.context().close();
}

let browser: Browser | undefined;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// ---- 1. the built command, network blocked, hostile own data ------------------------

function runBlocked(args: string[], log: string) {
  return spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
    // NODE_OPTIONS rather than argv, so any child process would inherit the block.
    env: { ...process.env, NODE_OPTIONS: `--import=${PRELOAD}`, SNSA_NET_LOG: log },
  });
}

function netLog(file: string): { armed?: number; attempt?: string; target?: string }[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
}

describe('snsa with every network route blocked, given hostile own data', () => {
  const work = mkdtempSync(join(tmpdir(), 'snsa-safety-'));
  const out = join(work, 'out');
  const log = join(work, 'net.log');
  const dir = join(out, 'west-dunbartonshire', 'diversion');
  let run: ReturnType<typeof runBlocked>;

  beforeAll(() => {
    expect(existsSync(CLI), 'packages/report/dist/cli.js is built').toBe(true);
    run = runBlocked([CLI, '--area', 'S12000039', '--topic', 'diversion', '--data', join(FIXTURES, 'own-data'), '--out', out, '--format', 'html,docx', '--quiet'], log);
  });

  it('the block is real: each way Node reaches the network is refused and recorded', () => {
    const probe = join(work, 'probe.log');
    const code = `
      const tries = [
        () => fetch('http://example.invalid/'),
        () => require('node:http').get('http://example.invalid/'),
        () => require('node:https').request('https://example.invalid/'),
        () => new (require('node:net').Socket)().connect(80, '127.0.0.1'),
        () => require('node:tls').connect(443, 'example.invalid'),
        () => require('node:dns').lookup('example.invalid', () => {}),
        () => require('node:dns').promises.resolve4('example.invalid'),
        () => require('node:dgram').createSocket('udp4').send('x', 53, '127.0.0.1'),
      ];
      (async () => { let refused = 0; for (const t of tries) { try { await t(); } catch { refused++; } } console.log(refused); })();`;
    const r = runBlocked(['-e', code], probe);
    expect(r.stdout.trim()).toBe('8');
    expect(netLog(probe).map((e) => e.attempt ?? 'armed')).toEqual([
      'armed',
      'fetch',
      'http.get',
      'https.request',
      'net.Socket#connect',
      'tls.connect',
      'dns.lookup',
      'dns.promises.resolve4',
      'dgram.Socket#send',
    ]);
  });

  it('writes the pack with the block in force and never tries the network', () => {
    // the only thing on stderr is the list of warnings about the data, quoting the hostile text as text
    // grouped by kind: the unknown status codes are one kind (the first quoted in full), so not every hostile text is repeated
    expect(run.stderr.split('\n')[0]).toBe(`snsa: ${messages.dataWarnings(7, 4)}`);
    expect(run.stderr).toContain(`Status "${OWN.statuses[0]}" is not a documented status code`);
    expect(run.stderr).toMatch(/^ {2}- \d+ warnings like this: Status "…" is not a documented status code/m);
    expect(run.status).toBe(0);
    const entries = netLog(log);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.attempt)).toEqual([]);
    expect(entries.every((e) => typeof e.armed === 'number')).toBe(true);
    for (const f of ['report.html', 'report.docx', 'results.csv', 'baseline.csv']) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it('escapes the hostile text in the HTML, SVG and Word XML, references nothing remote, and neutralises formulas in every CSV', () => {
    const pack = readPack(dir);
    expectStaticSafety(pack);
    for (const t of [...OWN.statuses, ...OWN.sources, OWN.item].filter((t) => /[<>"&]/.test(t))) {
      const escaped = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(pack.html.replace(/&quot;/g, '"').replace(/&#39;/g, "'"), t).toContain(escaped);
    }
    // The hostile cells are there, made text; genuine negative figures stay numbers.
    const results = parseCsv(pack.csv.find((f) => f.name === 'results.csv')!.text);
    const header = results[0]!;
    const col = (name: string) => header.indexOf(name);
    const own = results
      .filter((r) => r[col('indicator')] === 'NI1b' && r[col('area')] === 'S12000039')
      .sort((a, b) => (a[col('period')]! < b[col('period')]! ? -1 : 1));
    expect(own.map((r) => r[col('source')])).toEqual(
      OWN.sources.map((s) => (/^[=+\-@]/.test(s) ? `'${s}` : s)),
    );
    const latest = own.find((r) => r[col('period')] === '2023-24')!;
    // change over the five years, from the fixture's first and last counts: 62 − 80 = −18, −22.5%
    expect(latest[col('change_abs')]).toBe(String(OWN.counts[4]! - OWN.counts[0]!));
    expect(latest[col('change_pct')]).toBe(String(((OWN.counts[4]! - OWN.counts[0]!) / OWN.counts[0]!) * 100));
    const baseline = parseCsv(pack.csv.find((f) => f.name === 'baseline.csv')!.text);
    expect(baseline.flat()).toContain(`'${OWN.statuses[4]}`);
    const trend = parseCsv(pack.csv.find((f) => f.name === 'charts/trend-NI1b.csv')!.text);
    expect(trend.flat()).toContain(`'${OWN.statuses[4]}`);
    // The area index page is just as closed.
    const index = readFileSync(join(out, 'west-dunbartonshire', 'index.html'), 'utf8');
    expect(remoteReferences(index)).toEqual([]);
    expect(index).toMatch(/Content-Security-Policy/);
  });

  it.skipIf(!hasChromium)('in Chromium with remote requests blocked: nothing requested, no dialog, nothing injected, text kept as text, charts drawn', async () => {
    const pack = readPack(dir);
    await expectReportSafeInChromium(browser!, dir, pack, {
      html: [...OWN.statuses, ...OWN.sources, OWN.item],
      svg: OWN.sources,
      docx: [...OWN.sources, OWN.statuses[4]!, OWN.item],
    });
  });
});

// ---- 2. the library, as notebooks use it --------------------------------------------

const AS_OF = '2024-06-01';
const PERIODS = ['2021-22', '2022-23', '2023-24'];

/** Counts for the local indicator's two data items in every council area (any plausible numbers; nothing is asserted on them). */
function hostileObservations() {
  return COUNCIL_AREAS.flatMap((a, i) =>
    PERIODS.flatMap((period, k) => [
      { indicator: 'hostile-started', area: a.code, period, numerator: 100 + 7 * i + 3 * k, denominator: null, status: 'published', source: LIB.chartSource },
      { indicator: 'hostile-completed', area: a.code, period, numerator: 50 + 5 * i + 2 * k, denominator: null, status: 'published', source: LIB.chartSource },
    ]),
  );
}

function hostileRegister() {
  return LIB.services.map((name, i) => ({
    service_id: `SVC${i + 1}`,
    area: 'S12000039',
    service_name: name,
    provider_type: LIB.providers[i]!,
    outcomes: ['1;4', '2', '4;5'][i]!,
    capacity: [20, 15, 30][i]!,
    referrals_2023_24: [30, 12, 8][i]!,
    funding_start: '2022-04-01',
    funding_end: ['2024-12-31', '2026-03-31', '2025-03-31'][i]!,
    status: 'published',
    source: LIB.chartSource,
  }));
}

describe('user text through the library: local indicator definitions, a services register, chart presets, notebook display', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snsa-safety-lib-'));
  let pack: SnsaPack;
  let charts: ChartSpec[];
  let fragments: string;
  let page: string;

  beforeAll(async () => {
    const definitions = loadIndicatorDefinitions(join(FIXTURES, 'local-indicators'));
    // Read as a user's files are read (core's readers), from CSV text.
    const obsRows = hostileObservations();
    const { table: observations } = await readObservations({ name: 'hostile.csv', data: toCSV(obsRows, Object.keys(obsRows[0]!)) });
    const registerRows = hostileRegister();
    const registerCsv = toCSV(registerRows, Object.keys(registerRows[0]!));
    const register = await readTable({ name: 'register.csv', data: registerCsv });
    const typedRegister = await readServicesRegister({ name: 'register.csv', data: registerCsv });
    const results = computeIndicators({ observations, definitions, indicators: ['LOCAL-hostile'], areas: 'all', periods: { last: 3 }, comparator: 'family-people' }).objects() as ResultRow[];
    const entry = { path: 'register.csv', title: LIB.caveat, kind: 'real' as const, schema: 'register' as const, source: LIB.chartSource, columns: [], caveats: [LIB.caveat, LIB.control] };
    const ctx: SnsaContext = {
      data: {
        datasetsDir: dir,
        observations,
        catalogue: [entry],
        ownItems: [],
        warnings: [],
        warningIssues: [],
        ownExtracts: [],
        extract: async () => null,
        extractSource: () => null,
        servicesRegister: async () => ({ register: typedRegister, table: register, entry }),
      },
      results,
      breakdowns: [],
      frameworkVersion: 'cjpf-2023',
      disclosure: { min: 1, max: 4 },
    };
    const topic: SnsaTopic = {
      id: 'local',
      title: LIB.topic,
      scope: LIB.topic,
      outcomes: [4],
      indicators: ['LOCAL-hostile'],
      compareIndicators: ['LOCAL-hostile'],
      extract: null,
      extractCount: null,
      breakdowns: [],
    };
    const area = snsaArea('S12000039');
    pack = await buildSnsaPack(ctx, area, topic, { asOf: AS_OF });
    const services = await servicesSection(ctx, area, AS_OF);
    pack.sections.splice(pack.sections.length - 1, 0, services!);
    await writePack(pack, dir, ['html', 'docx']);

    charts = [
      trendChart(results, { area: area.code, indicator: 'LOCAL-hostile' }),
      compositionChart(
        PERIODS.flatMap((period, k) => LIB.breakdowns.map((breakdown, j) => ({ period, breakdown, value: 10 + 5 * j + k, status: 'published', source: LIB.chartSource }))),
        { title: LIB.chartTitle, subtitle: LIB.name, valueTitle: LIB.unit, source: LIB.chartSource },
      ),
    ];
    fragments = [...(await Promise.all(charts.map((c) => chartHTMLFragment(c)))), ...pack.sections.map(sectionHtml)].join('\n');
    page = await toHTML(charts[1]!);
  });

  it('the written pack escapes every name and label, references nothing remote, and keeps its CSVs formula-free', () => {
    const written = readPack(dir);
    expectStaticSafety(written);
    // The names reached the outputs (as text), so the checks above had something to catch.
    expect(written.alt.some((f) => f.text.includes(LIB.name)), 'alt text carries the local indicator name verbatim').toBe(true);
    expect(written.alt.some((f) => f.text.includes(LIB.services[0]!)), 'alt text carries the service name verbatim').toBe(true);
    const cells = written.csv.flatMap((f) => parseCsv(f.text).flat());
    for (const t of [LIB.name, LIB.services[0]!, LIB.services[2]!, LIB.providers[1]!]) expect(cells.some((c) => c.startsWith(`'${t}`)), t).toBe(true);
    // Word's alt-text field (descr) holds the alt text, escaped for XML and decoded back to the same text.
    const body = written.docx.find((d) => d.name === 'word/document.xml')!.text;
    const descr = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) =>
      m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
    );
    expect(descr.some((d) => d.includes(LIB.name))).toBe(true);
  });

  it('chart CSVs from the presets make formula-like labels text and leave numbers alone', () => {
    for (const c of charts) expect(formulaCells(c.csv), c.kind).toEqual([]);
    const composition = parseCsv(charts[1]!.csv).flat();
    for (const b of LIB.breakdowns.slice(0, 2)) expect(composition).toContain(`'${b}`);
    expect(composition).toContain(LIB.breakdowns[2]);
    // The data table (shown in HTML) keeps the label as given; only the CSV is made spreadsheet-safe.
    expect(charts[1]!.dataTable.map((r) => r.breakdown)).toContain(LIB.breakdowns[0]);
  });

  it('notebook display and toHTML keep every label as text: no raw markup, the spec cannot close its script', () => {
    expect(fragments).not.toMatch(RAW_MARKUP);
    expect(fragments).not.toMatch(/<script\b/i);
    expect(remoteReferences(fragments)).toEqual([]);
    expect(remoteReferences(page)).toEqual([]);
    // Four scripts (vega, vega-lite, vega-embed, the embed call); user text never opens or closes one.
    expect(page.match(/<script>/g)?.length).toBe(4);
    expect(page.match(/<\/script>/g)?.length).toBe(4);
    expect(page).not.toContain(LIB.chartTitle);
    expect(page).toContain('\\u003c/script>\\u003cscript>alert(2)');
  });

  it.skipIf(!hasChromium)('in Chromium with remote requests blocked: the pack, the notebook fragments and the toHTML page run nothing injected', async () => {
    const written = readPack(dir);
    await expectReportSafeInChromium(browser!, dir, written, {
      html: [LIB.name, LIB.unit, LIB.topic, LIB.caveat, ...LIB.services, ...LIB.providers],
      svg: [LIB.name, ...LIB.services, ...LIB.providers.slice(0, 2)],
      docx: [LIB.name, LIB.topic, LIB.caveat, ...LIB.services, 'vertical tab and control code'],
    });

    const fragmentPage = await guardedPage(browser!);
    await fragmentPage.page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>notebook</title></head><body>${fragments}</body></html>`);
    const frag = await inspectDom(fragmentPage.page);
    expect(fragmentPage.seen).toEqual({ remote: [], dialogs: [], errors: [] });
    expect(frag.injected).toEqual([]);
    expect(frag.extraScripts).toBe(0);
    expect(frag.handlers).toEqual([]);
    expect(frag.urls).toEqual([]);
    for (const t of [LIB.name, LIB.chartTitle, ...LIB.breakdowns, ...LIB.services]) expect(squash(frag.text), t).toContain(squash(t));
    await fragmentPage.page.context().close();

    const htmlPage = await guardedPage(browser!);
    const file = join(dir, 'chart.html');
    writeFileSync(file, page);
    await htmlPage.page.goto(pathToFileURL(file).href);
    await htmlPage.page.waitForSelector('body[data-chart-ready="true"] #chart svg', { timeout: 30_000 });
    const chart = await inspectDom(htmlPage.page, { scripts: 4, selector: 'form.vega-bindings' });
    expect(htmlPage.seen).toEqual({ remote: [], dialogs: [], errors: [] });
    expect(chart.injected).toEqual([]);
    expect(chart.extraScripts).toBe(0);
    expect(chart.handlers).toEqual([]);
    expect(chart.title).toBe(LIB.chartTitle);
    const drawn = squash(await htmlPage.page.locator('#chart svg').textContent() ?? '');
    // Legend labels may be cut short with an ellipsis; their start is drawn as text.
    for (const t of [LIB.chartTitle, ...LIB.breakdowns.map((b) => b.slice(0, 20))]) expect(drawn, t).toContain(squash(t));
    await htmlPage.page.context().close();
  });
});
