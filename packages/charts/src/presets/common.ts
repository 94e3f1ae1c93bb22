// Internal helpers shared by the presets (not part of the public API).
import type { TopLevelSpec } from 'vega-lite';
import { hasStatus, parseStatus } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { chartConfig, DEFAULT_WIDTH } from '../theme/chartConfig.js';
import { palette, COMPARISON_ORDER } from '../theme/palette.js';
import { comparisonShapes } from '../theme/comparisonShapes.js';
import { toCSV } from '../data/toCSV.js';
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
  const source = options.source ?? distinct(rows.map((r) => r.source)).join('; ');
  if (source) notes.push(messages.sourceNote(source));
  return notes;
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
    for (const l of wrap(n, Math.max(40, Math.floor(width / 5.2)))) lines.push({ i: lines.length, text: l, strong });
    void k;
  });
  const text = (strong: boolean): Json => ({
    transform: [{ filter: strong ? 'datum.strong' : '!datum.strong' }],
    mark: {
      type: 'text', align: 'left', baseline: 'middle', fontSize: 9.5,
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
    height: lines.length * 13,
    data: { values: lines },
    layer: [text(true), text(false)],
  };
}

/** Assemble a preset's result: theme, title, footer, alt text, CSV. */
export function finishChart(args: {
  kind: string;
  title: string;
  subtitle?: string;
  main: Json;
  notes: string[];
  width: number;
  altText: string;
  columns: string[];
  dataTable: Record<string, string | number | null>[];
  datasets?: Record<string, unknown[]>;
}): ChartSpec {
  const spec: Json = {
    $schema: SCHEMA_URL,
    title: args.subtitle ? { text: args.title, subtitle: args.subtitle } : { text: args.title },
    config: chartConfig(),
    ...(args.datasets ? { datasets: args.datasets } : {}),
    vconcat: [args.main, footerView(args.notes, args.width)],
    resolve: {
      scale: { color: 'independent', fill: 'independent', stroke: 'independent', strokeDash: 'independent', shape: 'independent' },
      legend: { color: 'independent', fill: 'independent', stroke: 'independent', strokeDash: 'independent', shape: 'independent' },
    },
  };
  return {
    kind: args.kind,
    title: args.title,
    spec: spec as TopLevelSpec,
    altText: args.altText,
    columns: args.columns,
    dataTable: args.dataTable,
    csv: toCSV(args.dataTable, args.columns),
    notes: args.notes,
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
