import { countRecords, sortPeriods } from '@cjsnsa/core';
import { COUNCIL_AREAS, type BreakdownCount } from '@cjsnsa/framework';
import type { SnsaData } from '../data/load-snsa-data.js';
import { SNSA_TOPICS, type SnsaTopic } from './topics.js';

/** How many of the latest periods the SNSA reports (the results' `{ last: 5 }`). */
const PERIODS = 5;

/**
 * Count each topic's individual-level extract into the breakdowns its "who"
 * section shows (e.g. bail supervision cases commenced by age band, sex and
 * outcome), for every council area the extract covers and each of the item's latest five
 * financial years. These go to the framework's `computeIndicatorSet` with the
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
  const councils = COUNCIL_AREAS.map((a) => a.code);
  const out: BreakdownCount[] = [];
  for (const topic of topics) {
    if (!topic.extract || !topic.extractCount || topic.breakdowns.length === 0) continue;
    const extract = await data.extract(topic.extract);
    if (!extract) continue;
    const { date, item } = topic.extractCount;
    const itemPeriods = data.observations
      .params({ item })
      .filter((d: any, $: any) => d.indicator === $.item)
      .array('period') as string[];
    const latest = new Set(sortPeriods([...new Set(itemPeriods)]).slice(-PERIODS));
    const records = extract.table.params({ date }).filter((d: any, $: any) => d[$.date] != null && d[$.date] !== '');
    // the areas the extract covers (a partnership's own extract covers its own area only); any other code is an error of countRecords
    const seen = new Set(records.array('area') as string[]);
    const covered = councils.filter((c) => seen.has(c));
    for (const b of topic.breakdowns) {
      const counted = countRecords(records, {
        indicator: item,
        area: 'area',
        date,
        periodKind: 'financial-year',
        by: [b.column],
        source: extract.entry.title,
        frame: { area: covered },
      });
      const area = counted.array('area') as string[];
      const period = counted.array('period') as string[];
      const category = counted.array(b.column) as string[];
      const count = counted.array('numerator') as number[];
      for (let i = 0; i < area.length; i++) {
        if (!latest.has(period[i])) continue;
        out.push({ item, breakdown: b.column, category: String(category[i]), area: area[i], period: period[i], count: count[i] });
      }
    }
  }
  return out;
}
