/**
 * Type-level tests of the data half of @cjsnsa/core: compile-only usage and
 * misuse the types must reject (`@ts-expect-error`). Checked by
 * types.test.ts, which runs the TypeScript compiler on this file.
 */
import { expectTypeOf } from 'vitest';
import type { ColumnTable } from 'arquero';
import {
  applyDisclosureControl,
  countRecords,
  DataError,
  parseCell,
  parsePeriod,
  periodOfDate,
  poolPeriods,
  readObservations,
  readTable,
  sortPeriods,
  sumCounts,
  suppressDerived,
  type DataIssue,
  type DisclosureRule,
  type Period,
  type PeriodKind,
  type ReadObservationsResult,
} from '@cjsnsa/core';

export async function usage(): Promise<void> {
  expectTypeOf(parsePeriod('2022-23')).toEqualTypeOf<Period>();
  expectTypeOf(parsePeriod('2022-23').kind).toEqualTypeOf<PeriodKind>();
  expectTypeOf(parsePeriod('2022-23').quarter).toEqualTypeOf<1 | 2 | 3 | 4 | null>();
  expectTypeOf(sortPeriods(['2022-23'])).toEqualTypeOf<string[]>();
  expectTypeOf(periodOfDate(new Date(), 'quarter')).toEqualTypeOf<Period>();
  expectTypeOf(parseCell('1,234')).toEqualTypeOf<{ value: number | null; status: string | null }>();

  expectTypeOf(sumCounts([{ numerator: 1 }], ['area'], { missing: 'zero' })).toEqualTypeOf<ColumnTable>();
  expectTypeOf(poolPeriods([], ['2021-22', '2022-23'], 'pooled', { missing: 'propagate' })).toEqualTypeOf<ColumnTable>();
  countRecords([], { indicator: 'x', area: { value: 'S12000039' }, date: 'd', periodKind: 'financial-year', source: 's', by: ['sex'] });

  const rule: DisclosureRule = { min: 1, max: 4, groups: [['indicator', 'period'], { by: ['indicator'], total: { area: 'S92000003' } }] };
  expectTypeOf(applyDisclosureControl([], rule)).toEqualTypeOf<ColumnTable>();
  expectTypeOf(suppressDerived([])).toEqualTypeOf<ColumnTable>();

  expectTypeOf(await readTable('x.csv', { sheet: 2 })).toEqualTypeOf<ColumnTable>();
  expectTypeOf(await readObservations({ name: 'x.xlsx', data: new Uint8Array() }, { sheet: 'Data', source: 's' })).toEqualTypeOf<ReadObservationsResult>();
  const e = new DataError([]);
  expectTypeOf(e.issues).toEqualTypeOf<DataIssue[]>();
  expectTypeOf(e.row).toEqualTypeOf<number | null>();
}

export function misuse(): void {
  // @ts-expect-error a period kind must be one of the three
  periodOfDate('2023-01-01', 'month');
  // @ts-expect-error a period is text, not a number
  parsePeriod(2022);
  // @ts-expect-error missing must be 'propagate' or 'zero'
  sumCounts([], ['area'], { missing: 'drop' });
  // @ts-expect-error groupBy is a list of columns
  sumCounts([], 'area');
  // @ts-expect-error countRecords needs a source
  countRecords([], { indicator: 'x', area: 'a', date: 'd', periodKind: 'quarter' });
  // @ts-expect-error denominators are 'keep' or 'suppress-small'
  applyDisclosureControl([], { denominator: 'drop' });
  // @ts-expect-error the format is 'csv' or 'xlsx'
  void readTable('x', { format: 'ods' });
  // @ts-expect-error Period objects are read-only data with a fixed kind
  const p: Period = { kind: 'month', label: 'x', year: 1, quarter: null, start: '', end: '' };
  void p;
}
