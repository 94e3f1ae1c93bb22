import { addStatus, applyDisclosureControl, describeSmallCountRule, isWithheld, parseStatus, type SmallCountRule } from '@cjsnsa/core';
import { compositionChart, fundingTimelineChart, shortAltText, type ChartSpec } from '@cjsnsa/charts';
import { frameworkDefinitions } from '@cjsnsa/framework';
import { providerTypeLabel, type ServiceRecord, type ServicesRegister } from '../../data/services-register.js';
import type { PackChart, PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';

/**
 * What {@link draftServicesSection} needs: the register, how to name it, the area and the small-count rule.
 *
 * @example
 * ```ts
 * const input: ServicesSectionInput = {
 *   register, title: 'Services register (synthetic)', synthetic: true,
 *   area: { code: 'S12000039', name: 'West Dunbartonshire' }, disclosure: DEFAULT_SMALL_COUNT_RULE, asOf: '2024-03-31',
 * };
 * draftServicesSection(input).title;
 * ```
 */
export interface ServicesSectionInput {
  register: ServicesRegister;
  /** The register's title, named as the source of every chart. */
  title: string;
  /** Whether the register is synthetic demonstration data (said in the source, the charts and a paragraph). */
  synthetic: boolean;
  area: { code: string; name: string };
  /** The small-count rule referrals pass (the pack's `ctx.disclosure`). */
  disclosure: SmallCountRule;
  /** ISO date funding is judged from. */
  asOf: string;
}

/**
 * The services section before its charts are drawn: each chart as a preset's {@link ChartSpec} (alt text, data table and CSV included).
 *
 * @example
 * ```ts
 * const draft: ServicesSectionDraft = draftServicesSection(input);
 * draft.charts.map((c) => c.id); // each chart still a spec: renderChart draws it
 * ```
 */
export interface ServicesSectionDraft extends Omit<PackSection, 'charts'> {
  charts: { id: string; chart: ChartSpec }[];
}

/** A referral count after disclosure control: `value` null when withheld or not recorded. */
interface ControlledCount {
  value: number | null;
  status: string;
}

const TOTAL_ROW = '(all services with referrals recorded)';
const WITHHELD_CODES = new Set(['suppressed', 'secondary-suppressed', 'derived-from-suppressed', 'withheld-with-group', 'not-available']);

/**
 * Referrals pass the small-count rule in one table: a row per service, and
 * (with two or more services whose referrals are recorded) their total as a
 * row of the same group, so that secondary suppression and core's audit
 * protect the withheld counts from the total; the total is withheld first
 * where a group needs one more cell withheld.
 */
function controlReferrals(services: readonly ServiceRecord[], period: string, rule: SmallCountRule): { byService: Map<string, ControlledCount>; total: (ControlledCount & { services: number }) | null } {
  const recorded = services.filter((s) => s.referrals !== null);
  const rows: Record<string, string | number | null>[] = services.map((s) => ({
    indicator: 'service-referrals',
    period,
    area: s.serviceId,
    numerator: s.referrals,
    status: s.referralsStatus,
    in_total: s.referrals !== null ? 'yes' : 'no',
  }));
  const withTotal = recorded.length >= 2;
  if (withTotal) {
    const codes = [...new Set(recorded.flatMap((s) => parseStatus(s.status)))].filter((c) => !WITHHELD_CODES.has(c));
    rows.push({ indicator: 'service-referrals', period, area: TOTAL_ROW, numerator: recorded.reduce((a, s) => a + (s.referrals ?? 0), 0), status: addStatus('published', ...codes), in_total: 'yes' });
  }
  const controlled = applyDisclosureControl(rows, {
    min: rule.min,
    max: rule.max,
    groups: withTotal ? [{ by: ['indicator', 'period'], where: { in_total: ['yes'] }, total: { area: TOTAL_ROW }, prefer: 'total' }] : [],
  });
  const byService = new Map<string, ControlledCount>();
  let total: (ControlledCount & { services: number }) | null = null;
  for (const r of controlled.objects() as { area: string; numerator: number | null; status: string }[]) {
    const count = { value: isWithheld(r.status) ? null : r.numerator, status: r.status };
    if (r.area === TOTAL_ROW) total = { ...count, services: recorded.length };
    else byService.set(r.area, count);
  }
  return { byService, total };
}

const count = (n: number) => n.toLocaleString('en-GB');
const counted = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The services section's text, tables and chart specs, from a checked
 * register ({@link ServicesRegister}): everything {@link servicesSection}
 * publishes except the drawn SVG and PNG.
 *
 * - Which CJPF outcomes the area's services contribute to, by provider
 *   type (`third-sector` read as "Third sector"), and which none do.
 * - Places against referrals in the register's own period (its
 *   `referrals_YYYY_YY` column; the latest if it has several, named in the
 *   text). Places are not counts of people and are shown as recorded.
 *   Referrals are counts of people: they pass core `applyDisclosureControl`
 *   with the rule given, in one table with their total over the area's
 *   services (a row of the same group, so secondary suppression protects the
 *   withheld counts from it). A service is said to have more referrals than
 *   places only from published numbers; services whose referrals are
 *   withheld are not compared, and the text says how many.
 * - The funding timeline, and the services whose funding ends within 12
 *   months of `asOf`.
 *
 * @param input - see {@link ServicesSectionInput}
 * @returns the section, with its charts as specs
 * @example
 * ```ts
 * const draft = draftServicesSection({ register, title: 'Services register', synthetic: false,
 *   area: { code: 'S12000013', name: 'Na h-Eileanan Siar' }, disclosure: { min: 1, max: 4 }, asOf: '2025-01-01' });
 * draft.charts[1].chart.csv.split('\r\n')[2]; // 'Custody Link Workers,Referrals 2023-24,suppressed,suppressed'
 * ```
 */
export function draftServicesSection(input: ServicesSectionInput): ServicesSectionDraft {
  const { register, area, asOf, synthetic } = input;
  const { period } = register;
  const source = synthetic && !/synthetic/i.test(input.title) ? `${input.title} (synthetic demonstration data)` : input.title;
  const rowStatus = synthetic ? 'synthetic' : 'published';
  const services = register.services.filter((s) => s.area === area.code);
  const syntheticNote = synthetic ? ['The services register is synthetic demonstration data: replace it with your partnership\'s own register.'] : [];
  const empty = { id: 'services', title: 'Service provision', charts: [], tables: [] };
  if (services.length === 0) return { ...empty, paragraphs: [`The register lists no services in ${area.name}.`, ...syntheticNote] };
  const paragraphs: string[] = [];
  const charts: ServicesSectionDraft['charts'] = [];
  const syntheticSentence = synthetic ? ' The figures are synthetic demonstration data.' : '';

  // Outcomes covered, by provider type
  const outcomes = frameworkDefinitions().outcomes;
  const providers = [...new Set(services.map((s) => providerTypeLabel(s.providerType)))];
  const serving = (o: number) => services.filter((s) => s.outcomes.includes(o));
  const coverage = outcomes.flatMap((o) =>
    providers.map((p) => ({ outcome: `Outcome ${o.outcome}`, provider: p, services: serving(o.outcome).filter((s) => providerTypeLabel(s.providerType) === p).length, status: rowStatus, source })),
  );
  const uncovered = outcomes.filter((o) => serving(o.outcome).length === 0);
  paragraphs.push(
    `The register lists ${counted(services.length, 'service')} in ${area.name}. ${
      uncovered.length
        ? `No listed service contributes to outcome${uncovered.length === 1 ? '' : 's'} ${uncovered.map((o) => `${o.outcome} (${o.wording})`).join('; ')}: a possible gap to check with partners.`
        : 'Every nationally determined outcome has at least one listed service.'
    }`,
  );
  const outcomesChart = compositionChart(coverage, {
    x: 'outcome',
    series: 'provider',
    value: 'services',
    seriesOrder: providers,
    title: `Services contributing to each CJPF outcome, ${area.name}`,
    valueTitle: 'Services',
    source,
  });
  charts.push({
    id: 'services-outcomes',
    chart: {
      ...outcomesChart,
      // short alt text; the count for every outcome is the description (aria-describedby) and the data table
      altText: shortAltText([
        `Stacked bar chart of the number of services in ${area.name} contributing to each of the ${outcomes.length} CJPF outcomes, by provider type.`,
        uncovered.length ? `No listed service contributes to outcome${uncovered.length === 1 ? '' : 's'} ${uncovered.map((o) => o.outcome).join(', ')}.` : 'Every outcome has at least one listed service.',
        syntheticSentence.trim(),
      ]),
      description: `Stacked bar chart of the number of services in ${area.name} contributing to each of the ${outcomes.length} CJPF outcomes, by provider type: ${outcomes
        .map((o) => `outcome ${o.outcome}, ${counted(serving(o.outcome).length, 'service')}`)
        .join('; ')}.${syntheticSentence}`,
    },
  });

  // Places against referrals: referrals controlled, places as recorded
  const { byService, total } = controlReferrals(services, period, input.disclosure);
  const referralsOf = (s: ServiceRecord): ControlledCount => byService.get(s.serviceId) ?? { value: null, status: 'not-available' };
  const withheld = services.filter((s) => isWithheld(referralsOf(s).status));
  // compared only where both numbers are published
  const compared = services.flatMap((s) => {
    const referrals = referralsOf(s).value;
    return s.places !== null && referrals !== null ? [{ name: s.name, places: s.places, referrals }] : [];
  });
  const unrecorded = services.length - compared.length - withheld.length;
  const over = compared.filter((s) => s.referrals > s.places);
  const referralsLabel = `Referrals ${period}`;
  const sentences = [`Referrals are for ${period}, the register's ${register.referralsColumn} column.`];
  if (register.earlierPeriods.length) sentences.push(`The register also has referrals for ${register.earlierPeriods.join(', ')}; this section uses the latest, ${period}.`);
  if (compared.length) {
    sentences.push(
      `Of the ${counted(compared.length, 'service')} whose places and referrals are both published, ${
        over.length
          ? `${count(over.length)} had more referrals than places: ${over.map((s) => `${s.name} (${counted(s.referrals, 'referral')}, ${counted(s.places, 'place')})`).join('; ')}.`
          : 'none had more referrals than places.'
      }`,
    );
  }
  if (withheld.length) sentences.push(`${counted(withheld.length, 'service')} could not be compared because ${withheld.length === 1 ? 'its referrals are' : 'their referrals are'} withheld to protect small numbers.`);
  if (unrecorded) sentences.push(`${counted(unrecorded, 'service')} could not be compared because ${unrecorded === 1 ? 'its' : 'their'} places or referrals are not given in the register.`);
  if (total) {
    sentences.push(
      total.value !== null
        ? `Together the ${count(total.services)} services with referrals recorded had ${counted(total.value, 'referral')} in ${period}.`
        : `The total referrals of the ${count(total.services)} services with referrals recorded is withheld to protect small numbers.`,
    );
  }
  paragraphs.push(sentences.join(' '));
  const rule = describeSmallCountRule(input.disclosure);
  paragraphs.push(`Referrals are counts of people: ${rule[0]!.toLowerCase()}${rule.slice(1)} Places are not counts of people and are shown as recorded.`);
  const capacityRows = services.flatMap((s) => [
    { service: s.name, measure: 'Places', value: s.places, status: s.placesStatus, source },
    { service: s.name, measure: referralsLabel, value: referralsOf(s).value, status: referralsOf(s).status, source },
  ]);
  const placesText = (s: ServiceRecord) => (s.places !== null ? counted(s.places, 'place') : isWithheld(s.placesStatus) ? 'places withheld' : 'places not recorded');
  const referralsText = (s: ServiceRecord) => {
    const r = referralsOf(s);
    return r.value !== null ? counted(r.value, 'referral') : isWithheld(r.status) ? 'referrals withheld (small numbers)' : 'referrals not recorded';
  };
  const capacityChart = compositionChart(capacityRows, {
    x: 'service',
    series: 'measure',
    mode: 'grouped',
    seriesOrder: ['Places', referralsLabel],
    title: `Places against referrals in ${period}, ${area.name}`,
    valueTitle: 'Places or referrals',
    source,
  });
  charts.push({
    id: 'services-capacity',
    chart: {
      ...capacityChart,
      // short alt text; every service's places and referrals are the description (aria-describedby) and the data table
      altText: shortAltText([
        `Grouped bar chart of places and referrals in ${period} for the ${counted(services.length, 'service')} in ${area.name}.`,
        compared.length ? `${over.length ? count(over.length) : 'None'} of ${counted(compared.length, 'service')} with both published had more referrals than places.` : '',
        syntheticSentence.trim(),
      ]),
      description: `Grouped bar chart of places and referrals in ${period} for the ${counted(services.length, 'service')} in ${area.name}: ${services
        .map((s) => `${s.name}, ${placesText(s)} and ${referralsText(s)}`)
        .join('; ')}.${syntheticSentence}`,
    },
  });

  // Funding
  const horizon = addMonths(asOf, 12);
  const ending = services.filter((s) => s.fundingEnd >= asOf && s.fundingEnd <= horizon).sort((a, b) => a.fundingEnd.localeCompare(b.fundingEnd));
  charts.push({
    id: 'services-funding',
    chart: fundingTimelineChart(
      services.map((s) => ({ service: s.name, start: s.fundingStart, end: s.fundingEnd, provider: providerTypeLabel(s.providerType), status: s.status, source })),
      { asOf, horizonMonths: 12, title: `Funding of services, ${area.name}`, source },
    ),
  });
  paragraphs.push(
    ending.length
      ? `Funding for ${ending.length} service${ending.length === 1 ? ' ends' : 's ends'} within 12 months of ${asOf}.`
      : `No service's funding ends within 12 months of ${asOf}.`,
  );
  paragraphs.push(...syntheticNote);
  return {
    ...empty,
    paragraphs,
    charts,
    tables: [
      {
        id: 'funding-ending',
        title: `Funding ending within 12 months of ${asOf}`,
        columns: ['Service', 'Provider type', 'Outcomes', 'Places', 'Funding ends'],
        rows: ending.map((s) => [s.name, providerTypeLabel(s.providerType), s.outcomes.join(', '), s.places, s.fundingEnd]),
        notes: [],
      },
    ],
  };
}

/**
 * The services section of the third-sector SNSA, from the services register
 * (`ctx.data.servicesRegister()`, read and checked once): which CJPF
 * outcomes the area's services cover (and which none do), places against
 * referrals in the register's own period, with referrals controlled by the
 * pack's small-count rule (`ctx.disclosure`) together with their total, and
 * the funding timeline with the services whose funding ends within 12
 * months. See {@link draftServicesSection} for what each part says.
 *
 * @param asOf - the date funding is judged from (default: today)
 * @returns the section, or `null` when there is no register
 * @throws DataProblemsError (from the loader) when the register has problems, each by file, row and column
 * @example
 * ```ts
 * const s = await servicesSection(ctx, snsaArea('S12000039'), '2026-11-23');
 * s.tables[0].title; // 'Funding ending within 12 months of 2026-11-23'
 * ```
 */
export async function servicesSection(ctx: SnsaContext, area: SnsaArea, asOf = new Date().toISOString().slice(0, 10)): Promise<PackSection | null> {
  const loaded = await ctx.data.servicesRegister();
  if (!loaded) return null;
  const draft = draftServicesSection({
    register: loaded.register,
    title: loaded.entry.title,
    synthetic: loaded.entry.kind === 'synthetic',
    area,
    disclosure: { min: ctx.disclosure.min, max: ctx.disclosure.max },
    asOf,
  });
  const charts: PackChart[] = [];
  // one after another: each chart's PNG rasterises while the next is drawn
  for (const c of draft.charts) charts.push(await renderChart(c.chart, c.id));
  return { ...draft, charts };
}
