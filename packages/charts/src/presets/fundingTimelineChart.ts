import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { finishChart, standardNotes, widthOf, type Json } from './common.js';

/**
 * One service in a services register.
 *
 * @example
 * ```ts
 * const s: FundedService = { service: 'Bail supervision', start: '2020-04-01', end: '2028-03-31', funder: 'Section 27 grant' };
 * ```
 */
export interface FundedService {
  service: string;
  /** ISO date the funding starts (`YYYY-MM-DD`). */
  start: string;
  /** ISO date the funding ends (`YYYY-MM-DD`). */
  end: string;
  provider?: string;
  funder?: string;
  status?: string;
  source?: string;
  [field: string]: unknown;
}

/**
 * Options of {@link fundingTimelineChart}.
 *
 * @example
 * ```ts
 * const options: FundingTimelineOptions = { asOf: '2025-01-01', horizonMonths: 12 };
 * ```
 */
export interface FundingTimelineOptions extends ChartOptions {
  /** Reference date (ISO) drawn as a line; funding is grouped by when it ends relative to it. __Default value:__ none (no grouping). */
  asOf?: string;
  /** "Ends soon" window in months after `asOf`. __Default value:__ `12`. */
  horizonMonths?: number;
}

const fmtDate = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Funding timeline for a services register: one bar per service from funding start
 * to end, sorted by end date, with the end date written beside each bar. Given
 * `asOf`, a line marks that date and bars are grouped (colour and legend words) as
 * "Ended", "Ends within N months" or "Funded beyond N months".
 *
 * @example
 * ```ts
 * const chart = fundingTimelineChart(register, { asOf: '2025-01-01' });
 * chart.altText; // 'Timeline of funding for 5 services ... Funding ends first for ...'
 * ```
 */
export function fundingTimelineChart(services: readonly FundedService[] | { objects(): object[] }, options: FundingTimelineOptions = {}): ChartSpec {
  const rows = toRows<FundedService>(services as FundedService[]);
  if (rows.length === 0) throw new Error(messages.noRows('fundingTimelineChart'));
  const months = options.horizonMonths ?? 12;
  const asOf = options.asOf ? options.asOf.slice(0, 10) : undefined;
  let horizon: string | undefined;
  if (asOf) {
    const d = new Date(`${asOf}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    horizon = d.toISOString().slice(0, 10);
  }
  const SOON = `Ends within ${months} months`;
  const LATER = `Funded beyond ${months} months`;
  const group = (end: string) => (!asOf ? 'Funded' : end < asOf ? 'Ended' : end <= (horizon as string) ? SOON : LATER);
  const sorted = [...rows].sort((a, b) => String(a.end).localeCompare(String(b.end)));
  const bars = sorted.map((r) => ({ service: r.service, start: r.start, end: r.end, group: group(String(r.end)), label: `ends ${fmtDate(String(r.end))}`, funder: r.funder ?? '' }));
  const domain = asOf ? ['Ended', SOON, LATER].filter((g) => bars.some((b) => b.group === g)) : ['Funded'];
  const colourOf: Record<string, string> = { Ended: '#6E6E6E', [SOON]: palette.comparison.Worse, [LATER]: palette.comparison.Better, Funded: palette.area };
  const width = widthOf(options);
  const plotWidth = Math.max(200, width - 260);
  const y = { field: 'service', type: 'nominal', sort: bars.map((b) => b.service), title: null, axis: { labelLimit: 200 } };
  const layers: Json[] = [
    {
      data: { values: bars },
      mark: { type: 'bar', height: { band: 0.6 }, stroke: palette.outline, strokeWidth: 0.5 },
      encoding: {
        y,
        x: { field: 'start', type: 'temporal', scale: { type: 'utc' }, title: null, axis: { format: '%Y' } },
        x2: { field: 'end' },
        fill: { field: 'group', type: 'nominal', title: 'Funding', scale: { domain, range: domain.map((g) => colourOf[g]) } },
        tooltip: [
          { field: 'service', type: 'nominal', title: 'Service' },
          { field: 'funder', type: 'nominal', title: 'Funder' },
          { field: 'label', type: 'nominal', title: 'Funding' },
        ],
      },
    },
    {
      data: { values: bars },
      mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: palette.text },
      encoding: { y, x: { field: 'end', type: 'temporal', scale: { type: 'utc' } }, text: { field: 'label', type: 'nominal' } },
    },
  ];
  if (asOf) {
    layers.push({
      data: { values: [{ date: asOf, label: `As of ${fmtDate(asOf)}` }] },
      layer: [
        { mark: { type: 'rule', color: palette.scotland, strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { x: { field: 'date', type: 'temporal', scale: { type: 'utc' } } } },
        {
          mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 3, dy: -2, fontSize: 11, color: palette.text },
          encoding: { x: { field: 'date', type: 'temporal', scale: { type: 'utc' } }, y: { value: 0 }, text: { field: 'label', type: 'nominal' } },
        },
      ],
    });
  }
  const notes = standardNotes(rows as never, options);
  const sentences = [`Timeline of funding for ${bars.length} services, from when each service's funding starts to when it ends.`];
  sentences.push(`Funding ends first for ${bars[0].service} (${fmtDate(String(bars[0].end))}) and last for ${bars[bars.length - 1].service} (${fmtDate(String(bars[bars.length - 1].end))}).`);
  if (asOf) {
    const soon = bars.filter((b) => b.group === SOON);
    sentences.push(soon.length ? `${soon.length} of ${bars.length} services have funding ending within ${months} months of ${fmtDate(asOf)}.` : `No service's funding ends within ${months} months of ${fmtDate(asOf)}.`);
  }
  if (notes.includes(messages.syntheticLabel)) sentences.push('The register is synthetic demonstration data.');
  if (asOf) {
    const soon = bars.filter((b) => b.group === SOON);
    if (soon.length) sentences.push(`Ending within ${months} months: ${soon.map((b) => b.service).join('; ')}.`);
  }

  const columns = ['service', 'provider', 'funder', 'start', 'end', ...(asOf ? ['funding'] : []), 'status'];
  const dataTable = sorted.map((r) => ({
    service: r.service,
    provider: r.provider ?? null,
    funder: r.funder ?? null,
    start: r.start,
    end: r.end,
    funding: group(String(r.end)),
    status: r.status ?? null,
  }));
  return finishChart({
    kind: 'funding-timeline',
    title: options.title ?? 'Service funding timeline',
    subtitle: options.subtitle ?? (asOf ? `When each service's funding ends, as of ${fmtDate(asOf)}` : "When each service's funding ends"),
    width,
    main: { width: plotWidth, height: options.height ?? bars.length * 26, layer: layers },
    notes,
    sentences,
    columns,
    dataTable,
  });
}
