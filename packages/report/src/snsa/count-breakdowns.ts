import { join } from 'node:path';
import { sortPeriods } from '@cjsnsa/core';
import { countExtract, type BreakdownCount } from '@cjsnsa/framework';
import type { SnsaData } from '../data/load-snsa-data.js';
import { SNSA_TOPICS, type SnsaTopic } from './topics.js';

/** How many of the latest periods the SNSA reports (the results' `{ last: 5 }`). */
const PERIODS = 5;

/**
 * Count each topic's individual-level extract into the breakdowns its "who"
 * section shows (e.g. bail supervision cases commenced by age band, sex and
 * outcome), for every council area the extract covers and each of the item's latest five
 * financial years: the partnership's own extract where it gave one (counted
 * when read), else the embedded one, counted by the same rules (framework's
 * `countExtract`), unless the partnership gave its own totals for the
 * topic's items without an extract (`SnsaData.extractSource`). These go to the framework's `computeIndicatorSet` with the
 * aggregate counts, so that disclosure control sees every breakdown with the
 * totals it adds up to in one table.
 *
 * @param data - loaded by `loadSnsaData`
 * @param topics - __Default value:__ every SNSA topic
 * @returns breakdown cells (zero cells included: a category with no records in an area and year is a count of 0)
 * @throws core's `DataError` naming the extract, row and column of a record that cannot be counted
 * @example
 * ```ts
 * const cells = await countBreakdowns(await loadSnsaData());
 * cells.find((c) => c.breakdown === 'sex')?.item; // 'diversion-commenced'
 * ```
 */
export async function countBreakdowns(data: SnsaData, topics: readonly SnsaTopic[] = SNSA_TOPICS): Promise<BreakdownCount[]> {
  const out: BreakdownCount[] = [];
  for (const topic of topics) {
    if (!topic.extract || !topic.extractCount || topic.breakdowns.length === 0) continue;
    const source = data.extractSource(topic.extract);
    if (!source) continue;
    // the partnership's own extract was counted when read; the embedded one is counted here, by the same rules
    const counts = source.counts ?? (await countExtract(join(data.datasetsDir, source.entry!.path)));
    const { item } = topic.extractCount;
    const itemPeriods = data.observations
      .params({ item })
      .filter((d: any, $: any) => d.indicator === $.item)
      .array('period') as string[];
    const latest = new Set(sortPeriods([...new Set(itemPeriods)]).slice(-PERIODS));
    const columns = new Set(topic.breakdowns.map((b) => b.column));
    for (const b of counts.breakdowns) {
      if (b.item === item && columns.has(b.breakdown) && latest.has(b.period)) out.push(b);
    }
  }
  return out;
}
