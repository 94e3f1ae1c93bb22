/**
 * How many cases a property test of reading tries: `n`, or a share of it in
 * mutation runs (vitest.mutation.config.ts), where every mutant of the
 * readers runs again each test that covers it, instrumented; there the
 * environment variable CJSNSA_PROPERTY_RUNS gives the share (0 to 1).
 *
 * @example
 * ```ts
 * await fc.assert(property, { numRuns: propertyRuns(2000) }); // 2000, or 200 in a mutation run
 * ```
 */
export function propertyRuns(n: number): number {
  const share = Number(process.env.CJSNSA_PROPERTY_RUNS ?? '1');
  return Number.isFinite(share) && share > 0 && share < 1 ? Math.max(1, Math.round(n * share)) : n;
}
