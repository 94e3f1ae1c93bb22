import { applyDisclosureControl, isWithheld } from '@cjsnsa/core';
import { compositionChart, fundingTimelineChart } from '@cjsnsa/charts';
import { frameworkDefinitions } from '@cjsnsa/framework';
import type { PackChart, PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';

interface ServiceRow {
  service_id: string;
  area: string;
  service_name: string;
  provider_type: string;
  outcomes: string;
  capacity: number | null;
  referrals_2023_24: number | null;
  funding_start: string;
  funding_end: string;
  status: string;
  source: string;
}

function isoDate(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The services section of the third-sector SNSA, from a services register:
 * which CJPF outcomes the area's services cover (and which none do),
 * capacity against referrals (referral counts of 1–4 suppressed), and the
 * funding timeline with the services whose funding ends within 12 months.
 *
 * @param asOf - the date funding is judged from (default: today)
 * @example
 * ```ts
 * const s = await servicesSection(ctx, snsaArea('S12000039'), '2026-11-23');
 * s.tables[0].title; // 'Funding ending within 12 months of 2026-11-23'
 * ```
 */
export async function servicesSection(ctx: SnsaContext, area: SnsaArea, asOf = new Date().toISOString().slice(0, 10)): Promise<PackSection | null> {
  const register = await ctx.data.servicesRegister();
  if (!register) return null;
  const synthetic = register.entry.kind === 'synthetic';
  const source = synthetic ? `${register.entry.title} (synthetic demonstration data)` : register.entry.title;
  const services = (register.table.objects() as Record<string, unknown>[])
    .filter((r) => r.area === area.code)
    .map((r) => ({ ...r, funding_start: isoDate(r.funding_start), funding_end: isoDate(r.funding_end), outcomes: String(r.outcomes ?? '') }) as ServiceRow);
  const outcomes = frameworkDefinitions().outcomes;
  const paragraphs: string[] = [];
  const charts: PackChart[] = [];
  const coverage = outcomes.flatMap((o) => {
    const serving = services.filter((s) => s.outcomes.split(/[;,]/).map((x) => x.trim()).includes(String(o.outcome)));
    const types = [...new Set(services.map((s) => s.provider_type))];
    return types.map((t) => ({ outcome: `Outcome ${o.outcome}`, breakdown: t, value: serving.filter((s) => s.provider_type === t).length, status: synthetic ? 'synthetic' : 'published', source }));
  });
  const uncovered = outcomes.filter((o) => !services.some((s) => s.outcomes.split(/[;,]/).map((x) => x.trim()).includes(String(o.outcome))));
  paragraphs.push(
    `The register lists ${services.length} service${services.length === 1 ? '' : 's'} in ${area.name}. ${
      uncovered.length
        ? `No listed service contributes to outcome${uncovered.length === 1 ? '' : 's'} ${uncovered.map((o) => `${o.outcome} (${o.wording})`).join('; ')}: a possible gap to check with partners.`
        : 'Every nationally determined outcome has at least one listed service.'
    }`,
  );
  charts.push(
    await renderChart(
      compositionChart(coverage, { x: 'outcome', series: 'breakdown', title: `Services contributing to each CJPF outcome, ${area.name}`, valueTitle: 'Services', source }),
      'services-outcomes',
    ),
  );
  const demand = applyDisclosureControl(
    services.map((s) => ({ indicator: 'referrals', area: s.service_id, period: '2023-24', numerator: s.referrals_2023_24, denominator: null, status: s.status, source: s.source })),
  ).objects() as { area: string; numerator: number | null; status: string }[];
  const capacityRows = services.flatMap((s) => {
    const d = demand.find((x) => x.area === s.service_id);
    return [
      { service: s.service_name, breakdown: 'Capacity (places)', value: s.capacity, status: s.status, source },
      { service: s.service_name, breakdown: 'Referrals 2023-24', value: d && !isWithheld(d.status) ? d.numerator : null, status: d?.status ?? s.status, source },
    ];
  });
  const over = services.filter((s) => s.capacity !== null && s.referrals_2023_24 !== null && s.referrals_2023_24 > s.capacity);
  paragraphs.push(
    over.length
      ? `${over.length} service${over.length === 1 ? ' had' : 's had'} more referrals in 2023-24 than places: ${over.map((s) => s.service_name).join('; ')}.`
      : 'No service had more referrals in 2023-24 than places.',
  );
  charts.push(
    await renderChart(
      compositionChart(capacityRows, { x: 'service', series: 'breakdown', mode: 'grouped', title: `Capacity against referrals, ${area.name}`, valueTitle: 'People', source }),
      'services-capacity',
    ),
  );
  const horizon = addMonths(asOf, 12);
  const ending = services.filter((s) => s.funding_end >= asOf && s.funding_end <= horizon).sort((a, b) => (a.funding_end < b.funding_end ? -1 : 1));
  charts.push(
    await renderChart(
      fundingTimelineChart(
        services.map((s) => ({ service: s.service_name, start: s.funding_start, end: s.funding_end, provider: s.provider_type, status: s.status, source })),
        { asOf, horizonMonths: 12, title: `Funding of services, ${area.name}`, source },
      ),
      'services-funding',
    ),
  );
  paragraphs.push(
    ending.length
      ? `Funding for ${ending.length} service${ending.length === 1 ? ' ends' : 's ends'} within 12 months of ${asOf}.`
      : `No service's funding ends within 12 months of ${asOf}.`,
  );
  if (synthetic) paragraphs.push('The services register is synthetic demonstration data: replace it with your partnership\'s own register.');
  return {
    id: 'services',
    title: 'Service provision',
    paragraphs,
    charts,
    tables: [
      {
        id: 'funding-ending',
        title: `Funding ending within 12 months of ${asOf}`,
        columns: ['Service', 'Provider type', 'Outcomes', 'Capacity', 'Funding ends'],
        rows: ending.map((s) => [s.service_name, s.provider_type, s.outcomes.replace(/;/g, ', '), s.capacity, s.funding_end]),
        notes: [],
      },
    ],
  };
}
