import { messages } from '../messages.js';

/** Anything with arquero's `objects()` method (an arquero table), without importing arquero. */
interface ObjectsTable {
  objects(options?: unknown): object[];
}

/**
 * Turn chart input into plain row objects: an arquero table (anything with an
 * `objects()` method) or an array of objects. Rows are shallow-copied, so presets
 * never modify the caller's data.
 *
 * @throws Error with `messages.notAnArray` for anything else.
 * @example
 * ```ts
 * toRows([{ area: 'S12000039', value: 3 }]); // [{ area: 'S12000039', value: 3 }]
 * toRows(aq.table({ area: ['S12000039'], value: [3] })); // [{ area: 'S12000039', value: 3 }]
 * ```
 */
export function toRows<T extends object = Record<string, unknown>>(input: readonly T[] | ObjectsTable): T[] {
  if (Array.isArray(input)) return input.map((r) => ({ ...r }));
  if (input && typeof (input as ObjectsTable).objects === 'function') {
    return (input as ObjectsTable).objects().map((r) => ({ ...r }) as T);
  }
  throw new Error(messages.notAnArray);
}
