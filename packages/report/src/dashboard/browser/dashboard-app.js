// The dashboard page's script (bundled by dashboard-script.ts with the chart presets; runs in the browser).
// It draws only what the page holds: the disclosure-controlled results inlined by buildDashboardHtml.
// Charts are the pack's presets (their ChartSpec → Vega-Lite), drawn by the inlined vega-embed.
/* global vegaEmbed */
import { trendChart, compareAreasChart, funnelChart, spineChart, heatmapChart, fundingTimelineChart } from '@cjsnsa/charts';
import { funnelLimits } from '@cjsnsa/core';
import { stampCsv } from '../../output/csv-export-stamp.js';

const SCOTLAND = 'S92000003';
/** Most trend charts drawn at once (indicators × areas); the page says when it shows fewer. */
const MAX_TRENDS = 12;

const data = JSON.parse(document.getElementById('dashboard-data').textContent);
/** The services directory of every area (`snsa dashboard --services`), or null: then the page has no Services view. */
const services = document.getElementById('services-data') ? JSON.parse(document.getElementById('services-data').textContent) : null;

/** The result rows, decoded from the page's columns. */
const rows = (() => {
  const out = Array.from({ length: data.rowCount }, () => ({}));
  for (const [name, col] of Object.entries(data.columns)) {
    if ('numbers' in col) col.numbers.forEach((v, i) => (out[i][name] = v));
    else col.codes.forEach((c, i) => (out[i][name] = col.values[c]));
  }
  return out;
})();

const indicatorById = new Map(data.indicators.map((d) => [d.id, d]));
const areaByCode = new Map(data.areas.map((a) => [a.code, a]));
const groupById = new Map(data.groups.map((g) => [g.id, g]));
const comparable = (id) => {
  const m = indicatorById.get(id)?.measure;
  return m === 'rate' || m === 'percentage';
};

// ---------------------------------------------------------------- state ----

/** The view: indicators, areas, comparator, period range, interval level. */
function defaultState() {
  const first = data.indicators.find((d) => d.kind === 'national' && comparable(d.id)) ?? data.indicators.find((d) => comparable(d.id)) ?? data.indicators[0];
  return {
    indicators: first ? [first.id] : [],
    areas: data.area ? [data.area.code] : [],
    comparator: 'scotland',
    from: data.periods[Math.max(0, data.periods.length - 5)],
    to: data.periods[data.periods.length - 1],
    level: '95',
    view: 'indicators',
    q: '',
  };
}

/** The view as a URL fragment: `#i=NI4,NI1b&a=S12000039&c=group&f=2019-20&t=2023-24&l=99.8`. */
function stateToHash(s) {
  const p = new URLSearchParams();
  p.set('i', s.indicators.join(','));
  p.set('a', s.areas.join(','));
  p.set('c', s.comparator);
  p.set('f', s.from);
  p.set('t', s.to);
  p.set('l', s.level);
  if (services && s.view === 'services') p.set('v', 'services');
  if (services && s.q) p.set('q', s.q);
  return '#' + p.toString();
}

/** The view a fragment describes; anything unknown in it is left at the default. */
function hashToState(hash) {
  const s = defaultState();
  if (!hash || hash.length < 2) return s;
  const p = new URLSearchParams(hash.slice(1));
  const list = (k) => (p.get(k) ?? '').split(',').filter(Boolean);
  if (p.has('i')) s.indicators = list('i').filter((id) => indicatorById.has(id));
  if (p.has('a')) s.areas = list('a').filter((code) => areaByCode.has(code));
  if (['scotland', 'group', 'chosen'].includes(p.get('c'))) s.comparator = p.get('c');
  if (data.periods.includes(p.get('f'))) s.from = p.get('f');
  if (data.periods.includes(p.get('t'))) s.to = p.get('t');
  if (s.from > s.to) [s.from, s.to] = [s.to, s.from];
  if (['95', '99.8'].includes(p.get('l'))) s.level = p.get('l');
  if (services && p.get('v') === 'services') s.view = 'services';
  if (services && p.has('q')) s.q = p.get('q');
  return s;
}

const form = document.getElementById('controls');

function readForm() {
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((e) => e.value);
  const s = {
    indicators: checked('indicator'),
    areas: checked('area'),
    comparator: form.querySelector('input[name="comparator"]:checked')?.value ?? 'scotland',
    from: form.elements.namedItem('from').value,
    to: form.elements.namedItem('to').value,
    level: form.querySelector('input[name="level"]:checked')?.value ?? '95',
  };
  if (s.from > s.to) [s.from, s.to] = [s.to, s.from];
  return s;
}

function writeForm(s) {
  for (const e of form.querySelectorAll('input[name="indicator"]')) e.checked = s.indicators.includes(e.value);
  for (const e of form.querySelectorAll('input[name="area"]')) e.checked = s.areas.includes(e.value);
  for (const e of form.querySelectorAll('input[name="comparator"]')) e.checked = e.value === s.comparator;
  for (const e of form.querySelectorAll('input[name="level"]')) e.checked = e.value === s.level;
  form.elements.namedItem('from').value = s.from;
  form.elements.namedItem('to').value = s.to;
  if (services) document.getElementById('services-q').value = s.q;
}

// ----------------------------------------------------------- selections ----

/** The rows as the chosen interval level shows them: at 99.8% the 99.8% interval and the comparisons made against it. */
function atLevel(list, level) {
  if (level !== '99.8') return list;
  return list.map((r) => ({
    ...r,
    lower: r.lower_998,
    upper: r.upper_998,
    comparison_scotland: r.comparison_scotland_998,
    comparison_group: r.comparison_group_998,
  }));
}

/** The council areas the comparator compares: all 32, the family groups of the chosen areas, or the chosen areas. */
function comparatorAreas(s) {
  if (s.comparator === 'chosen' && s.areas.length) return s.areas;
  if (s.comparator === 'group' && s.areas.length) {
    const members = new Set(s.areas.flatMap((a) => groupById.get(areaByCode.get(a).group)?.members ?? []));
    return data.areas.map((a) => a.code).filter((c) => members.has(c));
  }
  return data.areas.map((a) => a.code);
}

const inRange = (s) => (r) => r.period >= s.from && r.period <= s.to;

/** The latest period in the range with a published value among the rows, or null. */
function latestWithValue(list) {
  const periods = [...new Set(list.filter((r) => r.value !== null).map((r) => r.period))].sort();
  return periods[periods.length - 1] ?? null;
}

/** Every chart of the view, each `{ id, section, chart }` or `{ id, section, empty }` (a clear "no data" state). */
function chartsFor(s) {
  const out = [];
  const area = (code) => (code === SCOTLAND ? 'Scotland' : (areaByCode.get(code)?.name ?? code));
  const name = (id) => indicatorById.get(id)?.name ?? id;
  const attempt = (id, section, make, emptyText) => {
    try {
      const chart = make();
      out.push(chart ? { id, section, chart } : { id, section, empty: emptyText });
    } catch (err) {
      out.push({ id, section, empty: emptyText });
    }
  };
  const ranged = atLevel(rows.filter(inRange(s)), s.level);
  // the presets name the interval the rows carry
  const level = s.level === '99.8' ? '99.8%' : '95%';
  const councilsCompared = new Set(comparatorAreas(s));
  const trendAreas = s.areas.length ? s.areas : [SCOTLAND];

  // Trend, one chart per indicator and area.
  let trends = 0;
  for (const ind of s.indicators) {
    for (const code of trendAreas) {
      if (++trends > MAX_TRENDS) break;
      const series = ranged.filter((r) => r.indicator === ind && (r.area === code || r.area === SCOTLAND || r.area_type === 'group'));
      attempt(`trend-${ind}-${code}`, 'trend', () => {
        if (!series.some((r) => r.area === code)) return null;
        return trendChart(series, { area: code, indicator: ind, showGroup: s.comparator === 'group' && code !== SCOTLAND, level });
      }, `${name(ind)}, ${area(code)}: no data in ${s.from} to ${s.to}.`);
    }
  }
  if (trends > MAX_TRENDS) out.push({ id: 'trend-more', section: 'trend', empty: `Showing the first ${MAX_TRENDS} of ${trends} trend charts: choose fewer indicators or areas to see the rest.` });

  for (const ind of s.indicators) {
    if (!comparable(ind)) {
      out.push({ id: `compare-${ind}`, section: 'compare', empty: `${name(ind)} is a count: areas are compared on rates and percentages, not on volumes.` });
      continue;
    }
    const all = ranged.filter((r) => r.indicator === ind && ((r.area_type === 'council' && councilsCompared.has(r.area)) || r.area === SCOTLAND));
    const period = latestWithValue(all.filter((r) => r.area_type === 'council'));
    const atPeriod = all.filter((r) => r.period === period);
    const highlight = s.areas.find((a) => councilsCompared.has(a));
    attempt(`compare-${ind}`, 'compare', () => {
      if (!period) return null;
      return compareAreasChart(atPeriod, { indicator: ind, period, level, ...(highlight ? { highlight } : {}) });
    }, `${name(ind)}: no published values for the areas compared in ${s.from} to ${s.to}.`);
    attempt(`funnel-${ind}`, 'funnel', () => {
      const councils = atPeriod.filter((r) => r.area_type === 'council' && r.value !== null && r.denominator);
      const scotland = atPeriod.find((r) => r.area === SCOTLAND);
      if (councils.length < 2 || !scotland || scotland.value === null) return null;
      const measure = indicatorById.get(ind).measure;
      const sizes = councils.map((r) => r.denominator);
      const limits = funnelLimits({
        type: measure === 'percentage' ? 'proportion' : 'rate',
        baseline: scotland.value,
        sizes: { min: Math.min(...sizes), max: Math.max(...sizes) },
        multiplier: measure === 'percentage' ? 100 : 10000,
        points: 80,
      });
      // the funnel draws both limits (95% and 99.8%) whatever the level chosen: read its rows at 95%
      const funnelRows = rows.filter((r) => r.indicator === ind && r.period === period && ((r.area_type === 'council' && councilsCompared.has(r.area)) || r.area === SCOTLAND));
      return funnelChart(funnelRows, {
        limits, indicator: ind, period, baseline: scotland.value,
        ...(highlight ? { highlight } : {}),
        sizeTitle: measure === 'percentage' ? 'Denominator' : 'Population aged 16–70',
      });
    }, `${name(ind)}: too few published values for a funnel plot in ${s.from} to ${s.to}.`);
  }

  // Spine: each chosen area's profile of every rate and percentage indicator.
  const profileRows = ranged.filter((r) => comparable(r.indicator) && (r.area_type === 'council' || r.area === SCOTLAND));
  if (!s.areas.length) out.push({ id: 'spine-none', section: 'spine', empty: 'Choose one or more areas to see their profiles.' });
  for (const code of s.areas) {
    attempt(`spine-${code}`, 'spine', () => {
      if (!profileRows.some((r) => r.area === code && r.value !== null)) return null;
      return spineChart(profileRows, { area: code, title: `Area profile: ${area(code)} against Scotland's council areas` });
    }, `${area(code)}: no published rate or percentage in ${s.from} to ${s.to}.`);
  }

  // Tartan rug: every council compared × every rate and percentage indicator, in the last period of the range.
  const rugRows = ranged.filter((r) => r.period === s.to && comparable(r.indicator) && r.area_type === 'council' && councilsCompared.has(r.area));
  attempt('heatmap', 'heatmap', () => {
    if (!rugRows.length) return null;
    const order = data.areas.map((a) => a.code).filter((c) => councilsCompared.has(c));
    return heatmapChart(rugRows, { period: s.to, areas: order, showTrend: true, width: 900 });
  }, `No rate or percentage for ${s.to}.`);
  return out;
}

// ---------------------------------------------------------------- render ---

const state = { current: defaultState(), charts: [], serviceCharts: [], rendering: Promise.resolve() };
window.cjsnsaDashboard = { rows, state, data };

const sections = {
  trend: document.getElementById('trend-charts'),
  compare: document.getElementById('compare-charts'),
  funnel: document.getElementById('funnel-charts'),
  spine: document.getElementById('spine-charts'),
  heatmap: document.getElementById('heatmap-charts'),
};
if (services) sections.funding = document.getElementById('services-funding-charts');

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/** The numbers behind a chart as an HTML table (withheld cells read "suppressed", as in the pack). */
function dataTable(chart, id) {
  const table = el('table', { class: 'data' });
  table.append(el('caption', { text: `Data: ${chart.title}` }));
  const head = el('tr');
  for (const c of chart.columns) head.append(el('th', { scope: 'col', text: c }));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const r of chart.dataTable) {
    const tr = el('tr');
    for (const c of chart.columns) tr.append(el('td', { text: r[c] === null || r[c] === undefined ? '' : String(r[c]) }));
    body.append(tr);
  }
  table.append(body);
  return el('details', { id: `${id}-table` }, el('summary', { text: `Data table (${chart.dataTable.length} rows)` }), el('div', { class: 'scroll' }, table));
}

function download(url, file) {
  const a = el('a', { href: url, download: file });
  document.body.append(a);
  a.click();
  a.remove();
}

/** The CSV of a chart's data with the pack's export stamp; `pack_period` is the span of the rows' own periods. A chart of the services directory carries the register's stamp. */
function stampedCsv(chart, stamp) {
  if (stamp) return stampCsv(chart.csv.endsWith('\n') ? chart.csv : chart.csv + '\n', stamp);
  const periods = [...new Set(chart.dataTable.map((r) => r.period).filter(Boolean).map(String))].sort();
  const s = state.current;
  const span = periods.length ? (periods.length === 1 ? periods[0] : `${periods[0]} to ${periods[periods.length - 1]}`) : `${s.from} to ${s.to}`;
  let csv = chart.csv.endsWith('\n') ? chart.csv : chart.csv + '\n';
  // at 99.8% the chart's lower and upper hold the 99.8% interval: name them so (lower_99_8_ci…), not as the 95% one
  if (s.level === '99.8' && chart.kind !== 'funnel') {
    const end = csv.search(/\r?\n/);
    csv = csv.slice(0, end).split(',').map((c) => (c === 'lower' ? 'lower_998' : c === 'upper' ? 'upper_998' : c)).join(',') + csv.slice(end);
  }
  return stampCsv(csv, { ...data.stamp, pack_period: span });
}

/** A spec as the page draws it: tooltips on every mark, vega's own ARIA off (the figure carries the label and the table). */
function pageSpec(spec) {
  const { $schema, ...rest } = spec;
  return { ...rest, config: { ...(rest.config ?? {}), aria: false, mark: { ...(rest.config?.mark ?? {}), tooltip: true } } };
}

async function drawOne(item) {
  const host = sections[item.section];
  if (item.empty) {
    host.append(el('p', { class: 'empty', 'data-chart': item.id, text: item.empty }));
    return null;
  }
  const { chart, id } = item;
  const vis = el('div', { class: 'vis', role: 'img', 'aria-label': chart.altText, id: `${id}-vis` });
  const png = el('button', { type: 'button', 'data-download': 'png', text: 'Download PNG' });
  const svg = el('button', { type: 'button', 'data-download': 'svg', text: 'Download SVG' });
  const csv = el('button', { type: 'button', 'data-download': 'csv', text: 'Download data (CSV)' });
  const fig = el(
    'figure',
    { class: 'chart', 'data-chart': id, 'data-kind': chart.kind, 'aria-labelledby': `${id}-title` },
    el('h3', { id: `${id}-title`, text: chart.title }),
    vis,
    el('figcaption', { text: chart.description }),
    el('div', { class: 'actions', role: 'group', 'aria-label': `Downloads: ${chart.title}` }, png, svg, csv),
    dataTable(chart, id),
  );
  host.append(fig);
  const result = await vegaEmbed(vis, pageSpec(chart.spec), { renderer: 'svg', actions: false, tooltip: { theme: 'light' } });
  // the figure's image role and label speak for the drawing; its marks are not read one by one (the data table has the numbers)
  vis.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  const entry = { id, kind: chart.kind, title: chart.title, altText: chart.altText, dataTable: chart.dataTable, columns: chart.columns, view: result.view };
  png.addEventListener('click', async () => download(await result.view.toImageURL('png', 2), `${id}.png`));
  svg.addEventListener('click', async () => download(await result.view.toImageURL('svg'), `${id}.svg`));
  csv.addEventListener('click', () => download(URL.createObjectURL(new Blob([stampedCsv(chart, item.stamp)], { type: 'text/csv' })), `${id}.csv`));
  return entry;
}

/** The "Link to this view" box: this page's address with the view's fragment. */
function updateLink() {
  document.getElementById('share-link').value = location.href.split('#')[0] + stateToHash(state.current);
}

// ------------------------------------------------------------- services ---

const directory = services && {
  title: document.getElementById('services-title'),
  leftOut: document.getElementById('services-left-out'),
  flags: document.getElementById('services-flags'),
  search: document.getElementById('services-q'),
  count: document.getElementById('services-count'),
  empty: document.getElementById('services-empty'),
  // in the directory's order: the groups follow it, Scotland-wide first, then by area
  articles: [...document.querySelectorAll('#services-list .service')],
  groups: [...document.querySelectorAll('#services-list .area-group')],
};
const areaName = (code) => (code === SCOTLAND ? 'Scotland' : (areaByCode.get(code)?.name ?? code));
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/**
 * The directory of the chosen areas (Scotland's with none chosen): the union of each area's list
 * as the page was given it (servicesDirectory's rules, applied when the file was written).
 */
function servicesFor(s) {
  const codes = s.areas.length ? s.areas : [SCOTLAND];
  const listed = new Set();
  const leftOut = new Set();
  for (const code of codes) {
    const list = services.lists[code];
    if (!list) continue;
    for (const i of list.listed) listed.add(i);
    for (const row of list.leftOut) leftOut.add(row);
  }
  return { codes, listed: [...listed].sort((a, b) => a - b), leftOut: leftOut.size };
}

/** Show the chosen areas' services (and say what is left out, stale or ending); returns the funding cliff chart to draw. */
function showServices(s) {
  const { codes, listed, leftOut } = servicesFor(s);
  const names = codes.map(areaName).join(', ');
  const shown = new Set(listed);
  directory.title.textContent = `Services directory: ${names}`;
  directory.articles.forEach((a, i) => (a.hidden = !shown.has(i)));
  for (const g of directory.groups) g.hidden = !g.querySelector('.service:not([hidden])');
  directory.leftOut.textContent = leftOut
    ? `${leftOut === 1 ? '1 service in the register is' : `${leftOut} services in the register are`} not listed because ${leftOut === 1 ? 'it is' : 'they are'} not checked yet.`
    : '';
  const entries = listed.map((i) => services.entries[i]);
  const stale = entries.filter((e) => e.stale).length;
  const soon = entries.filter((e) => e.fundingEndsSoon).length;
  directory.flags.textContent =
    `${count(entries.length, 'service', 'services')} listed for ${names}. ${stale} ${stale === 1 ? 'entry has' : 'entries have'} not been reviewed in the last 12 months; ` +
    `${soon} ${soon === 1 ? 'service has' : 'services have'} funding that ends within 12 months. Check with the provider before referring.`;
  const empty = [];
  if (!entries.length) empty.push(`No services listed for ${names}: the register has no checked service for ${codes.length === 1 ? 'this area' : 'these areas'} yet.`);
  else {
    for (const code of codes) {
      if (code !== SCOTLAND && !entries.some((e) => e.area === code)) empty.push(`No services listed for ${areaName(code)} itself: only the services open to every area in Scotland are listed for it.`);
    }
  }
  directory.empty.replaceChildren(...empty.map((text) => el('p', { class: 'empty', 'data-services-empty': '', text })));
  applySearch();
  const rows = listed.map((i) => services.funding[i]).filter(Boolean);
  const stamp = {
    pack_source: `services register (${services.register})`,
    pack_licence: "the partnership's own data",
    pack_produced: services.asOf,
    pack_area: codes.map((c) => `${areaName(c)} (${c})`).join('; '),
    pack_period: services.asOf,
  };
  const none = { id: 'services-funding', section: 'funding', empty: `None of the services listed for ${names} records both when its funding starts and when it ends.` };
  if (!rows.length) return none;
  try {
    return { id: 'services-funding', section: 'funding', stamp, chart: fundingTimelineChart(rows, { asOf: services.asOf, horizonMonths: 12, title: `Funding of the services listed: ${names}` }) };
  } catch {
    return none;
  }
}

/** Hide the listed services that lack a word searched (every word must appear); say how many are shown. */
function applySearch() {
  const words = directory.search.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  let listed = 0;
  for (const a of directory.articles) {
    const match = a.hidden || words.every((w) => a.textContent.toLowerCase().includes(w));
    a.classList.toggle('no-match', !match);
    if (!a.hidden) {
      listed++;
      if (match) shown++;
    }
  }
  for (const g of directory.groups) g.classList.toggle('no-match', !g.hidden && !g.querySelector('.service:not([hidden]):not(.no-match)'));
  directory.count.textContent = `${count(shown, 'service', 'services')} shown of ${listed}.${words.length && !shown ? ' No listed service has every word searched.' : ''}`;
}

// ------------------------------------------------------------------ views ---

const tabs = services ? [document.getElementById('tab-indicators'), document.getElementById('tab-services')] : [];

/** Show one view's panel (the tabs' ARIA state follows); printing prints only the Services view's directory when it is shown. */
function applyView(view) {
  if (!services) return;
  document.body.setAttribute('data-view', view);
  for (const t of tabs) {
    const on = t.id === `tab-${view}`;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
  }
}

function chooseView(view, focus = false) {
  state.current.view = view;
  applyView(view);
  if (focus) document.getElementById(`tab-${view}`).focus();
  history.replaceState(null, '', stateToHash(state.current));
  updateLink();
}

tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => chooseView(tab.id.slice('tab-'.length)));
  // the ARIA tab pattern: arrows move to the next or previous tab (and show it), Home and End to the first and last
  tab.addEventListener('keydown', (e) => {
    const to = { ArrowRight: (i + 1) % tabs.length, ArrowLeft: (i - 1 + tabs.length) % tabs.length, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    chooseView(tabs[to].id.slice('tab-'.length), true);
  });
});
if (services) {
  directory.search.addEventListener('input', () => {
    state.current.q = directory.search.value;
    applySearch();
    history.replaceState(null, '', stateToHash(state.current));
    updateLink();
  });
}

// ---------------------------------------------------------------------------

async function render() {
  document.body.setAttribute('data-dashboard-ready', 'false');
  for (const c of [...state.charts, ...state.serviceCharts]) c.view.finalize();
  state.charts = [];
  state.serviceCharts = [];
  for (const host of Object.values(sections)) host.replaceChildren();
  const s = state.current;
  updateLink();
  const funding = services ? showServices(s) : null;
  const items = chartsFor(s);
  for (const item of items) {
    const entry = await drawOne(item);
    if (entry) state.charts.push(entry);
  }
  if (funding) {
    const entry = await drawOne(funding);
    if (entry) state.serviceCharts.push(entry);
  }
  window.cjsnsaDashboard.charts = state.charts;
  window.cjsnsaDashboard.serviceCharts = state.serviceCharts;
  const names = s.areas.length ? s.areas.map((a) => areaByCode.get(a).name).join(', ') : 'Scotland';
  document.getElementById('status').textContent =
    `Showing ${state.charts.length} charts: ${s.indicators.length} indicator${s.indicators.length === 1 ? '' : 's'}, ${names}, ${s.from} to ${s.to}, ${s.level}% intervals.`;
  document.body.setAttribute('data-dashboard-ready', 'true');
}

/** Draw the view (one drawing at a time; changes made meanwhile are drawn after). */
function show(s, { updateHash = true } = {}) {
  state.current = s;
  if (updateHash) history.replaceState(null, '', stateToHash(s));
  state.rendering = state.rendering.then(() => (state.current === s ? render() : undefined)).catch((err) => {
    document.body.setAttribute('data-dashboard-error', String(err && err.stack ? err.stack : err));
  });
  return state.rendering;
}

/** The form's view, keeping the view shown and the words searched. */
const fromForm = () => ({ ...readForm(), view: state.current.view, q: state.current.q });
form.addEventListener('change', () => show(fromForm()));
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('clear-areas').addEventListener('click', () => {
  for (const e of form.querySelectorAll('input[name="area"]')) e.checked = false;
  show(fromForm());
});
window.addEventListener('hashchange', () => {
  const s = hashToState(location.hash);
  writeForm(s);
  applyView(s.view);
  show(s, { updateHash: false });
});

const initial = hashToState(location.hash);
writeForm(initial);
applyView(initial.view);
document.fonts.ready.then(() => show(initial, { updateHash: false }));
