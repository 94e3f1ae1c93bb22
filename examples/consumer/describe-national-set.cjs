// A few figures of the national indicator set, in words (used by national.mjs and national.cjs).

const number = (x, digits) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const figure = (r) => {
  const digits = r.measure === 'count' ? 0 : 1;
  const unit = r.measure === 'percentage' ? '%' : '';
  if (r.value === null) return `withheld or not available (${r.status})`;
  return `${number(r.value, digits)}${unit} (95% CI ${number(r.lower, digits)} to ${number(r.upper, digits)})`;
};

/**
 * @param {object[]} results rows of framework's computeIndicators
 * @param {string} datasetsDir where the data came from
 * @returns {string}
 */
function describeNationalSet(results, datasetsDir) {
  const indicators = [...new Set(results.map((r) => r.indicator))];
  const councils = new Set(results.filter((r) => r.area_type === 'council').map((r) => r.area));
  const periods = [...new Set(results.map((r) => r.period))].sort();
  const lines = [
    `National indicator set (${results[0].framework_version}) from ${datasetsDir}`,
    `${indicators.length} indicators for ${councils.size} council areas and Scotland, ${periods[0]} to ${periods.at(-1)} (${number(results.length, 0)} results)`,
    '',
    'Scotland, latest period:',
  ];
  let checked = 0;
  let differences = 0;
  for (const id of indicators) {
    const series = results.filter((r) => r.indicator === id && r.area_type === 'scotland').sort((a, b) => a.period.localeCompare(b.period));
    const latest = series.at(-1);
    lines.push(`  ${id.padEnd(5)} ${latest.period}  ${figure(latest)}, trend: ${latest.trend ?? 'none'}. ${latest.indicator_name}`);
    // Scotland's count is the sum of the council areas' counts (where none is withheld)
    const counts = results.filter((r) => r.indicator === id && r.period === latest.period && r.area_type === 'council').map((r) => r.numerator);
    if (latest.numerator !== null && counts.length === councils.size && counts.every((n) => n !== null)) {
      checked++;
      if (counts.reduce((s, n) => s + n, 0) !== latest.numerator) differences++;
    }
  }
  lines.push('', `Scotland's count = the sum of the council areas' counts: ${checked} indicators checked, ${differences} differences`);
  const ni4 = results
    .filter((r) => r.indicator === 'NI4' && r.area_type === 'council' && r.value !== null)
    .filter((r, _, all) => r.period === all.map((x) => x.period).sort().at(-1))
    .sort((a, b) => b.value - a.value);
  if (ni4.length) {
    const list = (rows) => rows.map((r) => `${r.area_name} ${number(r.value, 1)}%`).join(', ');
    lines.push(`NI4 (community payback orders completed), ${ni4[0].period}: highest ${list(ni4.slice(0, 3))}; lowest ${list(ni4.slice(-3).reverse())}`);
  }
  const synthetic = results.some((r) => r.status.split('; ').includes('synthetic'));
  if (synthetic) lines.push('Some figures are synthetic demonstration data (status "synthetic"): see the datasets\' README.md.');
  return lines.join('\n');
}

module.exports = { describeNationalSet };
