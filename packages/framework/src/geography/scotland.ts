/**
 * Scotland as an area: GSS code S92000003. National figures are always the sum
 * of the 32 council areas' counts, never an average of their rates.
 *
 * @example
 * ```ts
 * SCOTLAND.code; // 'S92000003'
 * ```
 */
export const SCOTLAND = Object.freeze({ code: 'S92000003', name: 'Scotland' } as const);
