// Disclosure guarantees of the results table (framework computeIndicators on all
// areas, Scotland and comparator groups), over random observation tables.
// Seeded: fast-check prints the seed and path of any counterexample.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicators, indicatorDefinition, SCOTLAND, type ResultRow } from '@cjsnsa/framework';
import { buildTable, tableParams, type RandomTable } from './helpers/random-tables.js';
import { cellsOfRow, determinedUnknowns, feasibleValues, groupMembers, isWithheldStatus, readerView, type Domain } from './helpers/reader.js';

const SEED = 20_250_607;
const MIN = 1;
const MAX = 4;
const inRange = (v: number | null | undefined) => typeof v === 'number' && v >= MIN && v <= MAX;

function compute(t: RandomTable, disclosure: boolean): ResultRow[] {
  return computeIndicators({
    observations: t.observations,
    indicators: 'all',
    areas: t.areas,
    periods: { last: 5 },
    comparator: t.comparator,
    ...(disclosure ? {} : { disclosure: false as const }),
  }).objects() as ResultRow[];
}

const rowKey = (r: ResultRow) => `${r.indicator}|${r.area}|${r.period}`;
const DERIVED = ['numerator', 'value', 'lower', 'upper', 'lower_998', 'upper_998', 'change_abs', 'change_pct'] as const;

/**
 * Everything one random table gives: published results, the same with disclosure off, the
 * reader's view. The three properties draw the same tables (same seed), so each is computed once.
 */
const cache = new Map<string, ReturnType<typeof computeScenario>>();
function scenario(params: Parameters<typeof buildTable>[0]) {
  const k = JSON.stringify(params);
  if (!cache.has(k)) cache.set(k, computeScenario(params));
  return cache.get(k)!;
}
function computeScenario(params: Parameters<typeof buildTable>[0]) {
  const table = buildTable(params);
  const published = compute(table, true);
  const truth = compute(table, false);
  const areaCodes = [...new Set(published.filter((r) => r.area_type === 'council').map((r) => r.area))];
  const members = groupMembers(typeof table.comparator === 'string' ? table.comparator : table.comparator, areaCodes);
  const view = readerView(published, truth, members);
  return { table, published, truth, view };
}

describe('disclosure guarantees: results table (computeIndicators, all areas, Scotland, comparator groups)', () => {
  it('1. no count inside the suppression range is published, and withheld rows print no count', () => {
    fc.assert(
      fc.property(tableParams, (params) => {
        const { published, truth } = scenario(params);
        const truthOf = new Map(truth.map((r) => [rowKey(r), r]));
        expect(published.length).toBe(truth.length);
        for (const r of published) {
          const where = `${rowKey(r)} (${r.status})`;
          const def = indicatorDefinition(r.indicator);
          const counted = def.denominator !== null && 'item' in def.denominator;
          // published counts: numerators, counted denominators, and the value of a count measure
          expect(inRange(r.numerator), `numerator ${r.numerator} of ${where}`).toBe(false);
          if (counted) expect(inRange(r.denominator), `denominator ${r.denominator} of ${where}`).toBe(false);
          if (r.measure === 'count') expect(inRange(r.value), `count value ${r.value} of ${where}`).toBe(false);
          if (isWithheldStatus(r.status)) {
            for (const f of DERIVED) expect(r[f], `${f} of withheld ${where}`).toBeNull();
            // a withheld row may keep its denominator only if that count is published (not withheld elsewhere)
            if (counted && r.denominator !== null) expect(r.denominator).toBe(truthOf.get(rowKey(r))!.denominator);
          } else if (r.numerator !== null) {
            // published figures are the true ones
            expect(r.numerator, where).toBe(truthOf.get(rowKey(r))!.numerator);
          }
        }
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('2. no withheld count can be recovered by subtraction: from Scotland, comparator groups or linked indicators (rank test), nor pinned by the statuses', () => {
    fc.assert(
      fc.property(tableParams, (params) => {
        const { view, published } = scenario(params);
        const { cells, relations } = view;
        const withheld = [...cells.values()].filter((c) => c.inOutput && !c.published && c.truth !== null);
        // the simple statement: no published total has exactly one withheld member (all of whose other members are published)
        for (const rel of relations) {
          const [total, ...parts] = rel.cells.map((k) => cells.get(k)!);
          if (!total.published) continue;
          const unknown = parts.filter((p) => !p.published);
          if (unknown.length === 1 && unknown[0].truth !== null) expect.fail(`${rel.label}: ${unknown[0].key} (true ${unknown[0].truth}) is the only withheld member of a published total`);
        }
        // the rigorous one: Gaussian elimination over every unknown cell and every published relation
        const determined = determinedUnknowns(relations, (k) => !cells.get(k)!.published);
        const leaked = determined.map((k) => cells.get(k)!).filter((c) => withheld.includes(c));
        expect(leaked.map((c) => `${c.key} = ${c.truth}`), `withheld counts that follow from published totals (${withheld.length} withheld)`).toEqual([]);
        // statuses: a count suppressed as small lies in 1–4, a secondary one outside it; within each
        // published total, every count suppressed as small keeps two possible values
        for (const rel of relations) {
          const [total, ...parts] = rel.cells.map((k) => cells.get(k)!);
          if (!total.published) continue;
          const hidden = parts.filter((p) => !p.published);
          if (hidden.length < 2 || hidden.some((p) => p.truth === null)) continue;
          const sum = hidden.reduce((s, p) => s + p.truth!, 0);
          const small: Domain = [[MIN, MAX]];
          const notSmall: Domain = [[0, MIN - 1], [MAX + 1, Infinity]];
          const domains = hidden.map((p): Domain => (p.inOutput ? (inRange(p.truth) ? small : notSmall) : [[0, Infinity]]));
          const values = feasibleValues(sum, domains);
          hidden.forEach((p, j) => {
            if (inRange(p.truth)) expect(values[j].length, `${p.key} (true ${p.truth}) in ${rel.label}, withheld cells summing to ${sum}`).toBeGreaterThanOrEqual(2);
          });
        }
        void published;
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('3. values derived from withheld counts are withheld: rates, percentages, intervals, trend changes, comparisons, Scotland and group values', () => {
    fc.assert(
      fc.property(tableParams, (params) => {
        const { published, truth, view } = scenario(params);
        const truthOf = new Map(truth.map((r) => [rowKey(r), r]));
        const byKey = new Map(published.map((r) => [rowKey(r), r]));
        for (const r of published) {
          const t = truthOf.get(rowKey(r))!;
          const where = `${rowKey(r)} (${r.status})`;
          const def = indicatorDefinition(r.indicator);
          const { num, den } = cellsOfRow(r);
          const numHidden = !view.cells.get(num)!.published;
          const denHidden = den !== null && !view.cells.get(den)!.published;
          // a small count, or for a percentage a small complement, withholds the row
          const complement = def.measure === 'percentage' && den && t.numerator !== null && t.denominator !== null ? t.denominator - t.numerator : null;
          if (inRange(t.numerator) || (den && inRange(t.denominator)) || inRange(complement)) {
            expect(isWithheldStatus(r.status), `${where}: a count or complement in range`).toBe(true);
          }
          // any value on a withheld count is withheld
          if ((numHidden && t.numerator !== null) || (denHidden && t.denominator !== null)) {
            for (const f of ['value', 'lower', 'upper', 'lower_998', 'upper_998', 'change_abs', 'change_pct'] as const) expect(r[f], `${f} of ${where}`).toBeNull();
            expect(['Better', 'Similar', 'Worse', 'Higher', 'Lower', 'Best', 'Worst']).not.toContain(r.comparison_scotland);
            expect(['Better', 'Similar', 'Worse', 'Higher', 'Lower', 'Best', 'Worst']).not.toContain(r.comparison_group);
          }
          // benchmarks shown on a row are the published values of the Scotland and group rows
          const scot = byKey.get(`${r.indicator}|${SCOTLAND.code}|${r.period}`);
          if (r.area_type !== 'scotland' && scot) expect(r.scotland_value, `scotland_value of ${where}`).toBe(scot.value);
          if (r.area_type === 'council' && r.group_value !== null) {
            const g = published.find((x) => x.indicator === r.indicator && x.period === r.period && x.area_name === r.group_name);
            expect(r.group_value, `group_value of ${where}`).toBe(g ? g.value : scot?.value);
          }
          if (r.comparison_group && r.comparison_group !== 'Not compared') expect(r.group_value, `comparison_group of ${where}`).not.toBeNull();
          if (r.comparison_scotland && r.comparison_scotland !== 'Not compared') {
            expect(r.value, `comparison_scotland of ${where}`).not.toBeNull();
            expect(r.scotland_value).not.toBeNull();
          }
          // a trend change is published only between published values of the series
          if (r.change_abs !== null) {
            expect(r.value, `change on ${where}`).not.toBeNull();
            const from = r.value! - r.change_abs;
            const series = published.filter((x) => x.indicator === r.indicator && x.area === r.area && x.value !== null);
            expect(series.some((x) => Math.abs(x.value! - from) < 1e-9 * Math.max(1, Math.abs(from))), `change_abs on ${where} starts from a published value`).toBe(true);
          }
          if (r.trend && r.trend !== 'Cannot be calculated') {
            // a trend tested over withheld points would rest on withheld counts
            const window = published.filter((x) => x.indicator === r.indicator && x.area === r.area).sort((a, b) => (a.period < b.period ? -1 : 1)).slice(-5);
            for (const x of window) expect(x.value, `trend of ${where} uses ${x.period}`).not.toBeNull();
          }
        }
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
