// Reading outputs back as a reader would: tables (HTML, Word, CSV) as header + cells,
// text as sentences; and the two checks the disclosure properties apply to them.
//
// What "contains a count" means here, precisely:
// - tables: a cell in a column that holds counts (numerator, denominator, or the value
//   of a count measure) that reads as a whole number from 1 to 4; and, in a row the
//   table marks as withheld (status, or a "suppressed" cell), any figure at all in a
//   column that carries the row's own value (value, lower, upper, numerator, change…).
// - text: a sentence that is about a withheld figure (it names, or its context fixes,
//   the figure's area, indicator and period) and contains that figure's true value as
//   printed (e.g. "3", "1,204", "71.4%"). Area, group, indicator, unit, period and
//   source names are taken out first, so digits inside them ("aged 16–70", "2023-24",
//   "family group 4") cannot be mistaken for figures.
import { strFromU8, unzipSync } from 'fflate';
import type { ResultRow } from '@cjsnsa/framework';
import { isWithheldStatus } from './reader.js';
import { COLUMN_DICTIONARY, STATUS_LABELS } from '@cjsnsa/report';

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
export function unescapeMarkup(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return ENTITIES[e] ?? String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

const stripTags = (s: string) => unescapeMarkup(s.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim();

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) (row.push(cell), rows.push(row));
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function csvTable(title: string, text: string): Table {
  const [columns = [], ...rows] = parseCsv(text);
  return { title, columns, rows };
}

/** Every `<table>` of an HTML document or fragment, and its visible text outside tables and SVG. */
export function readHtml(html: string): { tables: Table[]; texts: string[] } {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
  const tables = [...body.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const inner = m[1];
    const title = stripTags(/<caption>([\s\S]*?)<\/caption>/.exec(inner)?.[1] ?? '');
    const columns = [...(/<thead>([\s\S]*?)<\/thead>/.exec(inner)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => stripTags(c[1]));
    const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(inner)?.[1] ?? '';
    const rows = [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => stripTags(c[1])));
    return { title, columns, rows };
  });
  const outside = body.replace(/<table[\s\S]*?<\/table>/g, '');
  const texts = [...outside.matchAll(/<(p|figcaption|h[1-6]|li|summary)[^>]*>([\s\S]*?)<\/\1>/g)].flatMap((m) => stripTags(m[2]).split('\n')).filter(Boolean);
  // accessible names carry the alt text too
  for (const m of outside.matchAll(/aria-label="([^"]*)"/g)) texts.push(unescapeMarkup(m[1]));
  return { tables, texts };
}

/** The Word document's tables (first row = header; title = the paragraph before), paragraphs and image descriptions. */
export function readDocx(bytes: Uint8Array): { tables: Table[]; texts: string[] } {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const text = (s: string) => unescapeMarkup([...s.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => m[1]).join(''));
  const tables: Table[] = [];
  const texts: string[] = [];
  let lastParagraph = '';
  for (const m of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const part = m[0];
    if (part.startsWith('<w:tbl>')) {
      const rows = [...part.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])));
      tables.push({ title: lastParagraph, columns: rows[0] ?? [], rows: rows.slice(1) });
    } else {
      const t = text(part);
      if (t) (texts.push(t), (lastParagraph = t));
    }
  }
  for (const m of xml.matchAll(/<wp:docPr [^>]*?descr="([^"]*)"/g)) texts.push(unescapeMarkup(m[1]));
  return { tables, texts };
}

// ---------------------------------------------------------------------------

// value columns by every name they go by: as the results call them, as the pack's CSVs write them (confidence level in the
// name), and as the HTML and Word tables head them (report's COLUMN_DICTIONARY labels)
const VALUE_COLUMNS = new Set([
  'value', 'lower', 'upper', 'lower_998', 'upper_998', 'numerator', 'change_abs', 'change_pct', '95% interval', 'x_value',
  'lower_95_ci', 'upper_95_ci', 'lower_99_8_ci', 'upper_99_8_ci',
  ...['value', 'lower_95_ci', 'upper_95_ci', 'lower_99_8_ci', 'upper_99_8_ci', 'numerator', 'change_abs', 'change_pct'].map((c) => COLUMN_DICTIONARY[c]!.label.toLowerCase()),
]);
/** Status codes from a status cell, whether written as codes or in the report's words (STATUS_LABELS). */
const CODE_OF_LABEL = new Map(Object.entries(STATUS_LABELS).map(([code, label]) => [label, code]));
const statusCodes = (cell: string) => cell.split('; ').map((part) => CODE_OF_LABEL.get(part) ?? part).join('; ');
const COUNT_COLUMNS = new Set(['numerator', 'denominator']);

/** A cell's number as a reader sees it ("1,204" → 1204, "71.4%" → 71.4), or null. */
export function numberIn(cell: string): number | null {
  const t = cell.trim().replace(/,/g, '').replace(/%$/, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

export interface TableMeta {
  /** Measure of the table's rows when it is one indicator's (count makes `value` a count column). */
  measure?: string | null;
  /** Measure of each row, by the indicator id or name in a column of the row. */
  measureOfRow?: (row: Record<string, string>) => string | null;
}

/** Issues in one table: a count in range in a count column, or a figure in a withheld row's own columns. */
export function tableIssues(t: Table, meta: TableMeta, where: string): string[] {
  const issues: string[] = [];
  for (const cells of t.rows) {
    const row = Object.fromEntries(t.columns.map((c, i) => [c, cells[i] ?? '']));
    const statusCol = t.columns.find((c) => c.toLowerCase() === 'status');
    const withheld = (statusCol !== undefined && isWithheldStatus(statusCodes(row[statusCol]))) || t.columns.some((c) => VALUE_COLUMNS.has(c.toLowerCase()) && row[c].trim().toLowerCase() === 'suppressed');
    const measure = meta.measureOfRow?.(row) ?? meta.measure ?? null;
    for (const c of t.columns) {
      const lc = c.toLowerCase();
      const n = numberIn(row[c]);
      const isCount = COUNT_COLUMNS.has(lc) || (measure === 'count' && (lc === 'value' || lc === 'count'));
      if (isCount && n !== null && Number.isInteger(n) && n >= 1 && n <= 4) issues.push(`${where}: count ${row[c]} in column "${c}" of row ${JSON.stringify(cells)}`);
      if (withheld && VALUE_COLUMNS.has(lc) && row[c].trim() !== '' && row[c].trim().toLowerCase() !== 'suppressed') {
        issues.push(`${where}: withheld row shows "${row[c]}" in column "${c}": ${JSON.stringify(cells)}`);
      }
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------

/** Withheld result rows with their true values, and the names to take out of text before reading numbers. */
export interface LeakContext {
  withheld: { row: ResultRow; truth: ResultRow }[];
  labels: string[];
  areaNames: Map<string, string>;
  indicatorNames: Map<string, string>;
  periods: string[];
  /** Printed forms of every published count, value and interval bound, by indicator, period and area. */
  publishedPrints: Map<string, Set<string>>;
  areaCodes: Map<string, string>;
}

export function leakContext(published: ResultRow[], truth: ResultRow[], extraLabels: string[] = []): LeakContext {
  const truthOf = new Map(truth.map((r) => [`${r.indicator}|${r.area}|${r.period}`, r]));
  const withheld = published.filter((r) => isWithheldStatus(r.status)).map((row) => ({ row, truth: truthOf.get(`${row.indicator}|${row.area}|${row.period}`)! }));
  const areaNames = new Map(published.map((r) => [r.area, r.area_name]));
  const indicatorNames = new Map(published.map((r) => [r.indicator, r.indicator_name]));
  const periods = [...new Set(published.map((r) => r.period))];
  const labels = [
    ...areaNames.values(),
    ...areaNames.keys(),
    ...new Set(published.map((r) => r.group_name).filter((g): g is string => !!g)),
    ...indicatorNames.values(),
    ...indicatorNames.keys(),
    ...new Set(published.map((r) => r.unit)),
    ...new Set(published.map((r) => r.trend_reason).filter((x): x is string => !!x)),
    ...new Set(published.flatMap((r) => r.source.split(' | '))),
    ...periods,
    ...extraLabels,
  ].filter((l): l is string => typeof l === 'string' && l.length > 0);
  const publishedPrints = new Map<string, Set<string>>();
  for (const r of published) {
    const k = `${r.indicator}|${r.period}|${r.area}`;
    const set = publishedPrints.get(k) ?? new Set<string>();
    publishedPrints.set(k, set);
    for (const x of printed(r.numerator, 'count')) set.add(x);
    for (const f of ['value', 'lower', 'upper', 'lower_998', 'upper_998'] as const) for (const x of printed(r[f], r.measure)) set.add(x);
  }
  const areaCodes = new Map(published.map((r) => [r.area_name, r.area]));
  return { withheld, labels: [...new Set(labels)].sort((a, b) => b.length - a.length), areaNames, indicatorNames, periods, publishedPrints, areaCodes };
}

/** The ways a number is printed in text: whole numbers with and without thousands separators, one decimal. */
function printed(x: number | null, measure: string): string[] {
  if (x === null || !Number.isFinite(x)) return [];
  const out = new Set<string>();
  const whole = Math.round(x);
  if (measure === 'count') (out.add(String(whole)), out.add(whole.toLocaleString('en-GB')));
  else out.add(x.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  return [...out].map((s) => s.replace(/,/g, ''));
}

export interface TextScope {
  /** What the text is about when a sentence does not say: area codes, indicator ids, periods. */
  areas?: string[];
  indicators?: string[];
  periods?: string[];
  /** Let sentences inherit the indicators and periods named in the text's first sentence. */
  inherit?: boolean;
}

/**
 * Sentences of `text` that print the true value of a withheld figure they are about.
 */
export function textLeaks(text: string, scope: TextScope, ctx: LeakContext, where: string): string[] {
  const issues: string[] = [];
  // replace every label by a marker, longest first, remembering which labels a sentence names
  const markers: string[] = [];
  let masked = text;
  ctx.labels.forEach((label, i) => {
    if (!label || !masked.includes(label)) return;
    masked = masked.split(label).join(`\u27e6${i}\u27e7`);
    markers[i] = label;
  });
  const sentences = masked.split(/(?<=[.!?])\s+(?=[^a-z0-9])|\n+/).filter((s) => s.trim());
  const named = (s: string) => new Set([...s.matchAll(/\u27e6(\d+)\u27e7/g)].map((m) => markers[Number(m[1])]));
  const first = sentences[0] ? named(sentences[0]) : new Set<string>();
  for (const s of sentences) {
    const names = named(s);
    // tallies ("5 figures are suppressed", "3 better, 20 similar", "ranked 2 of 30") count things, not people
    const plain = s.replace(/\u27e6\d+\u27e7/g, ' ').replace(/\b\d+ (?=(figures?|areas?|indicators?|periods?|better|similar|worse|higher|lower|of \d)\b)/g, ' ');
    const numbers = new Set([...plain.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, '')));
    if (numbers.size === 0) continue;
    for (const { row, truth } of ctx.withheld) {
      const areaNamed = names.has(row.area_name) || names.has(row.area) || (scope.areas ?? []).includes(row.area);
      const indicatorNamed = names.has(row.indicator_name) || names.has(row.indicator) || (scope.indicators ?? []).includes(row.indicator) || (scope.inherit === true && first.has(row.indicator_name));
      const periodNamed = names.has(row.period) || (scope.periods ?? []).includes(row.period) || (scope.inherit === true && first.has(row.period) && !ctx.periods.some((p) => names.has(p)));
      if (!areaNamed || !indicatorNamed || !periodNamed) continue;
      const hidden = new Set([
        ...printed(truth.numerator, 'count'),
        ...(['value', 'lower', 'upper', 'lower_998', 'upper_998'] as const).flatMap((f) => printed(truth[f], row.measure)),
      ]);
      // numbers the sentence may print legitimately: the row's own benchmarks (Scotland, group), and
      // the published figures of the same indicator and period for other areas it names
      const legit = [...printed(row.scotland_value, row.measure), ...printed(row.group_value, row.measure)];
      for (const name of names) {
        const code = ctx.areaCodes.get(name) ?? (ctx.areaNames.has(name) ? name : null);
        if (code && code !== row.area) legit.push(...(ctx.publishedPrints.get(`${row.indicator}|${row.period}|${code}`) ?? []));
      }
      for (const n of legit) hidden.delete(n);
      // a zero cannot be told apart from the many zeros text prints ("add to 0", "0 better"); whether
      // a withheld zero can be worked out is the rank test's job
      hidden.delete('0');
      hidden.delete('0.0');
      for (const n of numbers) {
        if (hidden.has(n)) issues.push(`${where}: "${s.replace(/\u27e6(\d+)\u27e7/g, (_, i) => markers[Number(i)])}" prints ${n}, the withheld ${row.indicator} for ${row.area_name} in ${row.period}`);
      }
    }
  }
  return issues;
}
