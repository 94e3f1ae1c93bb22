import { z } from 'zod';
import { isCanonicalPeriod } from './observation-quick-check.js';

/**
 * The zod schema of one {@link Observation} row, as {@link readObservations}
 * checks it: non-blank `indicator`, `area` and `source`; `period` a canonical
 * label (`2022-23`, `2022`, `2022-23 Q3`); `numerator` and `denominator`
 * non-negative numbers or `null`; `status` a string of codes (see `status.ts`);
 * optional `breakdown` and `group` text or `null`. Other columns pass through.
 *
 * @example
 * ```ts
 * observationSchema.safeParse({ indicator: 'cpo-commenced', area: 'S12000039', period: '2022/23',
 *   numerator: 5, denominator: null, status: 'published', source: 'JSW' }).success;
 * // false: period must be canonical ('2022-23')
 * ```
 */
export const observationSchema = z.looseObject({
  indicator: z.string().trim().min(1, 'is blank'),
  area: z.string().trim().min(1, 'is blank'),
  period: z.string().refine(isCanonicalPeriod, 'is not a canonical period label (2022-23, 2022 or 2022-23 Q3)'),
  numerator: z.number().nonnegative('cannot be negative').nullable(),
  denominator: z.number().nonnegative('cannot be negative').nullable(),
  status: z.string(),
  source: z.string().trim().min(1, 'is blank'),
  breakdown: z.string().nullable().optional(),
  group: z.string().nullable().optional(),
});
