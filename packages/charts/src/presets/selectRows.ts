// Internal: pick the rows of one indicator and one period (latest by default).
import { messages } from '../messages.js';
import type { ResultRow } from '../data/ResultRow.js';
import { distinct, sortPeriodLabels } from './common.js';

export function selectIndicatorPeriod(
  rows: ResultRow[],
  preset: string,
  options: { indicator?: string; period?: string },
): { rows: ResultRow[]; period: string } {
  let out = options.indicator ? rows.filter((r) => r.indicator === options.indicator) : rows;
  if (distinct(out.map((r) => r.indicator)).length > 1) throw new Error(messages.missingOption(preset, 'indicator'));
  const periods = sortPeriodLabels(distinct(out.map((r) => r.period)));
  const period = options.period ?? periods[periods.length - 1];
  out = out.filter((r) => r.period === period);
  if (out.length === 0) throw new Error(messages.noRows(preset));
  return { rows: out, period };
}
