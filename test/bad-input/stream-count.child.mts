/**
 * Child process of bad-input.test.ts: streams a large case extract through
 * core's countRecordsStream under a small heap and prints the counts and the
 * memory it used as JSON. Run as
 * `node --max-old-space-size=64 --import tsx stream-count.child.mts <file>`.
 */
import { countRecordsStream } from '../../packages/core/src/io/count-records-stream.ts';

const file = process.argv[2];
// the peak resident set size so far (kB), here: after loading the code
const before = process.resourceUsage().maxRSS * 1024;
const result = await countRecordsStream(file, {
  indicator: 'cases',
  area: 'area',
  date: 'start_date',
  periodKind: 'financial-year',
  by: ['measure'],
  source: 'case extract',
  where: (r) => r.start_date !== '',
});
const peak = process.resourceUsage().maxRSS * 1024;
const counts = (result.table.objects() as { area: string; period: string; measure: string; numerator: number }[]).map((r) => [r.area, r.period, r.measure, r.numerator]);
process.stdout.write(JSON.stringify({ read: result.read, counted: result.counted, warnings: result.warnings, counts, before, peak }));
