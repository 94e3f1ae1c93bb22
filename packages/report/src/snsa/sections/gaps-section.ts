import { basename } from 'node:path';
import { hasStatus, isWithheld } from '@cjsnsa/core';
import type { PackSection } from '../pack-model.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';
import { populationBaseChange, populationBaseNote } from '../describe-indicator.js';

/**
 * Section 5, data gaps and caveats, in plain words for the partnership, each
 * once: generated from the statuses of the rows behind the pack (provisional
 * indicators, synthetic data, pandemic years, withheld figures, population
 * fallbacks), indicators with no data, and the partnership's own data used.
 * The datasets' own notes (derivations, generator seeds, codes) go to the
 * technical annex ({@link technicalAnnex}), not here.
 *
 * @example
 * ```ts
 * gapsSection(ctx, snsaArea('S12000027'), topicById('diversion')).paragraphs;
 * // ['3 figures for Shetland Islands are withheld …', …]
 * ```
 */
export function gapsSection(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): PackSection {
  const wanted = new Set(topic.indicators);
  const rows = ctx.results.filter((r) => wanted.has(r.indicator) && r.area === area.code);
  const paragraphs: string[] = [];
  const provisional = [...new Set(rows.filter((r) => r.confirmation === 'provisional').map((r) => r.indicator_name))];
  if (provisional.length) {
    paragraphs.push(
      `Provisional indicators (wording to be confirmed against the CJPF Guidance and Technical Notes, not the framework's text): ${provisional.join('; ')}.`,
    );
  }
  const withheld = rows.filter((r) => isWithheld(r.status));
  if (withheld.length) {
    paragraphs.push(
      `${withheld.length} figure${withheld.length === 1 ? ' is' : 's are'} withheld for ${area.name} because ${withheld.length === 1 ? 'it rests' : 'they rest'} on small counts (${withheld.map((r) => `${r.indicator_name}, ${r.period}`).join('; ')}). They are shown as gaps, never as numbers.`,
    );
  }
  if (rows.some((r) => hasStatus(r.status, 'synthetic'))) {
    paragraphs.push(
      'Justice social work figures in this pack are synthetic demonstration data: the council-area tables of Justice Social Work Statistics are not embedded. Population and reconviction figures are real (NRS and Scottish Government, OGL v3). Replace the synthetic items with your own data (snsa --data) before using the pack for planning.',
    );
  }
  if (rows.some((r) => hasStatus(r.status, 'pandemic-caveat'))) {
    paragraphs.push('2020-21 and 2021-22 were affected by the COVID-19 pandemic (court closures, changed practice): the official statistics advise caution when comparing them with other years.');
  }
  if (rows.some((r) => hasStatus(r.status, 'population-fallback'))) {
    paragraphs.push(
      'Rates per 10,000 population aged 16–70 use the NRS mid-year estimate for the year; where that year\'s estimate is not held, the latest year held is used (the status reads "Latest population estimate used"), as the official statistics do when an estimate is not yet published.',
    );
  }
  const rebasedFrom = populationBaseChange(rows);
  if (rebasedFrom) paragraphs.push(populationBaseNote(rebasedFrom));
  const missing = topic.indicators.filter((id) => !rows.some((r) => r.indicator === id && r.value !== null));
  const nameOf = (id: string) => ctx.results.find((r) => r.indicator === id)?.indicator_name ?? id;
  if (missing.length) paragraphs.push(`No usable figures for: ${missing.map(nameOf).join('; ')}.`);
  if (ctx.data.ownItems.length) paragraphs.push(`Your own data replaced the embedded data for: ${ctx.data.ownItems.join(', ')}.`);
  const evidence = ctx.evidence && ctx.evidence.workbook.area.code === area.code ? ctx.evidence.workbook : null;
  paragraphs.push(
    evidence
      ? `Local evidence from the partnership's workbook (${basename(evidence.file)}) is in the section "Local evidence and self-evaluation". Service mapping and the views of people with lived experience are not in this pack and should sit beside it.`
      : `No local evidence workbook was given, so the partnership's own evidence (Community Justice Improvement Tool evidence, local measures and self-evaluation scores) is not in this pack: write the workbook with snsa evidence-template --area ${area.code}, fill it in, and give it to the pack with --evidence. Service mapping and the views of people with lived experience should sit beside the pack.`,
  );
  paragraphs.push('How each dataset was derived, with its own notes and codes, is in the technical annex at the end, for analysts.');
  return { id: 'gaps', title: 'Data gaps and caveats', paragraphs, charts: [], tables: [] };
}
