import { describeSmallCountRule, hasStatus } from '@cjsnsa/core';
import { localMeasuresFor } from '../evidence/local-evidence.js';
import { groupWarnings } from '../output/group-warnings.js';
import { technicalAnnex } from './technical-annex.js';
import type { PackSection, SnsaPack } from './pack-model.js';
import { pngReady, rasteriseAsDrawn } from './render-chart.js';
import { baselineTable } from './sections/baseline-table.js';
import { evidenceSection } from './sections/evidence-section.js';
import { surveySection } from './sections/survey-section.js';
import { gapsSection } from './sections/gaps-section.js';
import { indicatorsSection } from './sections/indicators-section.js';
import { needsSection } from './sections/needs-section.js';
import { profileSection } from './sections/profile-section.js';
import { servicesSection } from './sections/services-section.js';
import { whoSection } from './sections/who-section.js';
import type { SnsaArea, SnsaContext } from './snsa-context.js';
import type { SnsaTopic } from './topics.js';

/**
 * Options of {@link buildSnsaPack}.
 *
 * @example
 * ```ts
 * await buildSnsaPack(ctx, snsaArea('Fife'), topicById('bail'), { asOf: '2024-03-31' } satisfies BuildSnsaPackOptions);
 * ```
 */
export interface BuildSnsaPackOptions {
  /** Date the pack is dated and funding is judged from (ISO). __Default value:__ today. */
  asOf?: string;
  /** Pixel density of the charts' PNGs, 1 to 4 (`snsa --png-scale`). __Default value:__ 2 */
  pngScale?: number;
}

/**
 * Assemble one area's SNSA for one topic, in the structure of docs/snsa.md:
 * area profile; indicators over five years; who and what happened (from the
 * extract); needs and strengths; local evidence and self-evaluation (when a
 * local evidence workbook for the area was given); views of people with
 * lived experience (when a survey was given); data gaps and caveats;
 * the CJOIP baseline.
 * Everything statistical comes from the shared context (framework results,
 * already disclosure-controlled); this only assembles.
 *
 * @example
 * ```ts
 * const ctx = await prepareSnsa(await loadSnsaData());
 * const pack = await buildSnsaPack(ctx, snsaArea('West Dunbartonshire'), topicById('diversion'));
 * pack.sections.map((s) => s.id);
 * // ['profile', 'indicators', 'who', 'needs-and-strengths', 'gaps', 'baseline']
 * ```
 */
export async function buildSnsaPack(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic, options: BuildSnsaPackOptions = {}): Promise<SnsaPack> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  // each chart's PNG rasterises in the background while the next is drawn
  const sections: PackSection[] = await rasteriseAsDrawn(async () => {
    const built: PackSection[] = [await profileSection(ctx, area)];
    built[0]!.paragraphs.unshift(topic.scope);
    if (topic.id === 'services') {
      const services = await servicesSection(ctx, area, asOf);
      if (services) built.push(services);
    } else {
      built.push(await indicatorsSection(ctx, area, topic));
      const who = await whoSection(ctx, area, topic);
      if (who) built.push(who);
      built.push(needsSection(ctx, area, topic));
    }
    const evidence = await evidenceSection(ctx, area, topic);
    if (evidence) built.push(evidence);
    const survey = await surveySection(ctx);
    if (survey) built.push(survey);
    return built;
  }, { pngScale: options.pngScale });
  sections.push(gapsSection(ctx, area, topic));
  const baseline = baselineTable(ctx, area, topic);
  sections.push({
    id: 'baseline',
    title: 'Baseline for the CJOIP',
    paragraphs: ['The latest figure for each indicator, to set the baseline in the Community Justice Outcome Improvement Plan and to report progress against in the annual report.'],
    charts: [],
    tables: topic.id === 'services' ? [] : [baseline],
  });
  const wanted = new Set(topic.indicators);
  const results = [
    ...ctx.results.filter((r) => wanted.has(r.indicator) && (r.area === area.code || r.area === 'S92000003' || r.area === area.group.id)),
    ...localMeasuresFor(ctx.evidence, area.code, topic.outcomes).results, // the workbook's local measures for the topic's outcomes
  ];
  const register = topic.id === 'services' ? await ctx.data.servicesRegister() : null;
  await pngReady(sections.flatMap((s) => s.charts));
  const synthetic =
    results.some((r) => hasStatus(r.status, 'synthetic')) || register?.entry.kind === 'synthetic' || sections.some((s) => s.charts.some((c) => /synthetic/i.test(c.altText)));
  const sources = [...new Set(results.map((r) => r.source).flatMap((s) => s.split(' | ')).filter(Boolean))];
  if (register) sources.push(register.entry.source);
  sources.push('National Records of Scotland mid-year population estimates; Crown copyright, OGL v3');
  const allSources = [...new Set(sources)];
  const licences = [...new Set(ctx.data.catalogue.filter((e) => e.kind === 'real' && e.licence && e.schema !== 'lookup').map((e) => e.licence!))];
  if (synthetic) licences.push('synthetic demonstration data: not official statistics, no licence applies');
  return {
    areaCode: area.code,
    areaName: area.name,
    topicId: topic.id,
    topicTitle: topic.title,
    frameworkVersion: ctx.frameworkVersion,
    generated: asOf,
    synthetic,
    sources: allSources,
    plainSources: plainSources(allSources),
    licence: licences.join('; '),
    sections,
    results: results as unknown as Record<string, unknown>[],
    baseline,
    warnings: ctx.data.warnings,
    warningGroups: groupWarnings(ctx.data.warningIssues),
    annex: technicalAnnex(ctx, results, allSources),
    disclosure: describeSmallCountRule(ctx.disclosure),
  };
}

/**
 * Sources as a coordinator reads them, each once: "Sum of the 32 council
 * areas: …" is the same source as what it sums, the year a population
 * estimate was used for ("(mid-2019)") is left to the tables, the generator
 * and its seed go to the technical annex, and a source that only shortens
 * another is left out.
 *
 * @example
 * ```ts
 * plainSources(['synthetic demonstration data (cjsnsa generator, seed 20240331)', 'Sum of the 32 council areas: synthetic demonstration data (cjsnsa generator, seed 20240331)']);
 * // ['Synthetic demonstration data made by cjsnsa: not official statistics']
 * ```
 */
export function plainSources(sources: readonly string[]): string[] {
  const plain = sources.map((s) =>
    s
      .replace(/^Sum of (the )?\d+ council areas: /, '')
      .replace(/ \(mid-\d{4}\)$/, '')
      .replace(/^synthetic demonstration data \(cjsnsa generator, seed \d+\)$/i, 'Synthetic demonstration data made by cjsnsa: not official statistics'),
  );
  const unique = [...new Set(plain)];
  const stem = (s: string) => s.split(';')[0]!.trim();
  return unique.filter((s) => !unique.some((o) => o !== s && o.startsWith(stem(s)) && o.length > s.length));
}
