// Internal helpers shared by the presets (not part of the public API).
import type { TopLevelSpec } from 'vega-lite';
import { hasStatus, parseStatus } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { chartConfig, DEFAULT_WIDTH, MIN_FONT_SIZE } from '../theme/chartConfig.js';
import { palette, COMPARISON_ORDER } from '../theme/palette.js';
import { comparisonShapes } from '../theme/comparisonShapes.js';
import { toCSV } from '../data/toCSV.js';
import { shortAltText } from '../alt/shortAltText.js';
import type { ResultRow } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';

export type Json = Record<string, any>;

export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Comparison categories present in rows, in legend order, for colour/shape scales. */
export function comparisonScale(values: (string | null | undefined)[]): { color: Json; shape: Json } {
  const present = new Set(values.map((v) => v ?? 'Not compared'));
  const domain: string[] = COMPARISON_ORDER.filter((c) => present.has(c));
  for (const v of present) if (!domain.includes(v)) domain.push(v);
  return {
    color: { domain, range: domain.map((d) => palette.comparison[d] ?? '#999999') },
    shape: { domain, range: domain.map((d) => comparisonShapes[d] ?? 'circle') },
  };
}

export function isSynthetic(rows: ResultRow[]): boolean {
  return rows.some((r) => hasStatus(r.status ?? null, 'synthetic') || /synthetic/i.test(String(r.source ?? '')));
}

export function isProvisional(rows: ResultRow[]): boolean {
  return rows.some((r) => r.confirmation === 'provisional' || hasStatus(r.status ?? null, 'provisional'));
}

export function distinct<T>(values: (T | null | undefined)[]): T[] {
  const out: T[] = [];
  for (const v of values) if (v != null && (v as unknown) !== '' && !out.includes(v)) out.push(v);
  return out;
}

/** Periods whose rows carry a given status code. */
export function periodsWith(rows: ResultRow[], code: string): string[] {
  return distinct(rows.filter((r) => parseStatus(r.status ?? null).includes(code)).map((r) => r.period));
}

/** Standard notes: labels first, then caveats, suppression, source. */
export function standardNotes(rows: ResultRow[], options: ChartOptions, extra: string[] = []): string[] {
  const notes: string[] = [];
  if (isSynthetic(rows)) notes.push(messages.syntheticLabel);
  if (isProvisional(rows)) notes.push(messages.provisionalLabel);
  notes.push(...extra);
  const source = options.source ?? mergeSources(rows.map((r) => r.source));
  if (source) notes.push(messages.sourceNote(source));
  return notes;
}

/**
 * One source note from the rows' sources: each source split into its parts (at "; " and
 * " | "), each part said once, and parts that differ only in a closing bracket (one a
 * year: "Crown copyright, OGL v3 (mid-2019)", "… (mid-2020)") said once with the brackets merged.
 */
export function mergeSources(sources: (string | null | undefined)[]): string {
  const parts = distinct(sources.flatMap((s) => String(s ?? '').split(/;\s+|\s+\|\s+/)).map((p) => p.trim()));
  const stems = new Map<string, string[]>();
  for (const p of parts) {
    const m = /^(.*\S)\s+\(([^()]*)\)$/.exec(p);
    const stem = m ? m[1] : p;
    const list = stems.get(stem) ?? [];
    if (m) list.push(m[2]);
    stems.set(stem, list);
  }
  return [...stems].map(([stem, brackets]) => (brackets.length ? `${stem} (${distinct(brackets).join(', ')})` : stem)).join('; ');
}

/** Wrap a note to lines of about `max` characters at word boundaries. */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** A text-only view drawn under the chart: labels, caveats and source. */
export function footerView(notes: string[], width: number): Json {
  const lines: { i: number; text: string; strong: boolean }[] = [];
  notes.forEach((n, k) => {
    const strong = n === messages.syntheticLabel || n === messages.provisionalLabel;
    for (const l of wrap(n, Math.max(40, Math.floor(width / 5.9)))) lines.push({ i: lines.length, text: l, strong });
    void k;
  });
  const text = (strong: boolean): Json => ({
    transform: [{ filter: strong ? 'datum.strong' : '!datum.strong' }],
    mark: {
      type: 'text', align: 'left', baseline: 'middle', fontSize: MIN_FONT_SIZE,
      fontWeight: strong ? 'bold' : 'normal', color: strong ? palette.text : palette.mutedText,
    },
    encoding: {
      x: { value: 0 },
      y: { field: 'i', type: 'ordinal', axis: null, scale: { type: 'point', padding: 0.5 } },
      text: { field: 'text', type: 'nominal' },
    },
  });
  return {
    width,
    height: lines.length * 15,
    data: { values: lines },
    layer: [text(true), text(false)],
  };
}

/**
 * Split bracketed qualifiers off an indicator name or title, so a title stays one
 * short line and the qualifier is said once, in the notes under the chart.
 * `'Community payback orders successfully completed (%) [Supporting measure, not a national indicator]'`
 * → `{ text: 'Community payback orders successfully completed (%)', qualifiers: ['Supporting measure, not a national indicator'] }`.
 */
export function splitQualifiers(text: string): { text: string; qualifiers: string[] } {
  const qualifiers: string[] = [];
  const plain = text
    .replace(/\s*\[([^\]]+)\]/g, (_, q: string) => {
      qualifiers.push(q.trim());
      return '';
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text: plain || text, qualifiers };
}

/** An indicator's name without its bracketed qualifiers, for titles, labels and alt text. */
export function plainName(name: string | null | undefined): string {
  return splitQualifiers(String(name ?? '')).text;
}

/** A qualifier as a note sentence: 'Supporting measure, not a national indicator.' */
function qualifierNote(q: string): string {
  return /[.!?]$/.test(q) ? q : `${q}.`;
}

/** Approximate characters per line of bold title text (15 px) and subtitle text (12 px) across `width` pixels. */
const TITLE_CHAR_WIDTH = 8.4;
const SUBTITLE_CHAR_WIDTH = 6.4;

/** Vega-Lite title text: one string, or an array of lines when it needs wrapping. */
function titleText(text: string, width: number, charWidth: number): string | string[] {
  const lines = wrap(text, Math.max(30, Math.floor(width / charWidth)));
  return lines.length === 1 ? lines[0] : lines;
}

/**
 * Assemble a preset's result: theme, title (qualifiers in brackets moved to the notes,
 * long titles wrapped to the chart's width), footer, alt text, CSV.
 * `sentences` is the full description in order of importance: the alt text is the
 * leading sentences that fit in {@link ALT_TEXT_LIMIT} characters, the description all of them.
 */
export function finishChart(args: {
  kind: string;
  title: string;
  subtitle?: string | string[];
  main: Json;
  notes: string[];
  width: number;
  sentences: string[];
  columns: string[];
  dataTable: Record<string, string | number | null>[];
  datasets?: Record<string, unknown[]>;
}): ChartSpec {
  const { text: title, qualifiers } = splitQualifiers(args.title);
  const notes = [...args.notes];
  // qualifiers go after the synthetic/provisional labels, before caveats and the source
  let at = 0;
  while (at < notes.length && (notes[at] === messages.syntheticLabel || notes[at] === messages.provisionalLabel)) at++;
  notes.splice(at, 0, ...distinct(qualifiers.map(qualifierNote)).filter((q) => !notes.includes(q)));
  const subtitleLines = (Array.isArray(args.subtitle) ? args.subtitle : args.subtitle ? [args.subtitle] : [])
    .map((l) => splitQualifiers(l).text)
    .flatMap((l) => wrap(l, Math.max(40, Math.floor(args.width / SUBTITLE_CHAR_WIDTH))));
  const spec: Json = {
    $schema: SCHEMA_URL,
    title: {
      text: titleText(title, args.width, TITLE_CHAR_WIDTH),
      ...(subtitleLines.length ? { subtitle: subtitleLines.length === 1 ? subtitleLines[0] : subtitleLines } : {}),
    },
    config: chartConfig(),
    ...(args.datasets ? { datasets: args.datasets } : {}),
    vconcat: [args.main, footerView(notes, args.width)],
    resolve: {
      scale: { color: 'independent', fill: 'independent', stroke: 'independent', strokeDash: 'independent', shape: 'independent' },
      legend: { color: 'independent', fill: 'independent', stroke: 'independent', strokeDash: 'independent', shape: 'independent' },
    },
  };
  return {
    kind: args.kind,
    title,
    spec: spec as TopLevelSpec,
    altText: shortAltText(args.sentences),
    description: args.sentences.join(' '),
    columns: args.columns,
    dataTable: args.dataTable,
    csv: toCSV(args.dataTable, args.columns),
    notes,
  };
}

export function widthOf(options: ChartOptions): number {
  return options.width ?? DEFAULT_WIDTH;
}

/** Escape a string for a single-quoted Vega expression literal. */
export function exprString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Round for the data table (display precision, not a statistic). */
export function tidy(v: number | null | undefined): number | null {
  return v == null || !Number.isFinite(v) ? null : Math.round(v * 1000) / 1000;
}

/** Sort period labels: financial years, calendar years and quarters sort as text once normalised. */
export function sortPeriodLabels(labels: string[]): string[] {
  return [...labels].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
