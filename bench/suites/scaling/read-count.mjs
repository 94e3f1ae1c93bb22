// @ts-check
/**
 * Read and count a case extract in a process of its own, so that its peak
 * memory is its own: cases per council area × financial year × measure, as
 * the SNSA extract job counts them, by one of core's two paths.
 *
 * Usage:
 *   node read-count.mjs table CASES.csv    readTable, then countRecords (the whole file in memory)
 *   node read-count.mjs stream CASES.csv   countRecordsStream (one pass, memory bounded by the batch)
 *
 * Prints one line of JSON: the path, rows read, rows counted, observation
 * rows out, and the milliseconds of reading, counting and both.
 */
const t0 = performance.now();
const core = await import('../../../packages/core/dist/index.js');
const [path, file] = process.argv.slice(2);
if ((path !== 'table' && path !== 'stream') || !file) {
  process.stderr.write('usage: node read-count.mjs table|stream CASES.csv\n');
  process.exit(2);
}
/** @type {import('../../../packages/core/dist/index.js').CountRecordsOptions} */
const options = { indicator: 'cases', area: 'area_code', date: 'start_date', periodKind: 'financial-year', by: ['measure'], source: 'case extract' };
const start = performance.now();
let read = 0;
let readMs = null;
let table;
if (path === 'table') {
  const cases = await core.readTable(file);
  read = cases.numRows();
  readMs = performance.now() - start;
  table = core.countRecords(cases, options);
} else {
  const result = await core.countRecordsStream(file, options);
  read = result.read;
  table = result.table;
}
const totalMs = performance.now() - start;
const counted = /** @type {number[]} */ (table.array('numerator')).reduce((a, b) => a + b, 0);
process.stdout.write(`${JSON.stringify({
  path, read, counted, observations: table.numRows(),
  readMs, countMs: readMs === null ? null : totalMs - readMs, totalMs, loadMs: start - t0,
})}\n`);
