import type { ColumnTable } from 'arquero';

/**
 * A table as the aggregation and disclosure functions accept it: an arquero
 * table or an array of plain row objects.
 *
 * @example
 * ```ts
 * const rows: TableInput = [{ area: 'S12000039', numerator: 5 }];
 * ```
 */
export type TableInput = ColumnTable | readonly Record<string, unknown>[];
