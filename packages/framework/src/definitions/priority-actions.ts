import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FrameworkError } from './framework-error.js';
import { frameworkVersions } from './framework-definitions.js';
import { messages } from '../messages.js';

const priorityActionSchema = z
  .object({
    action: z.number().int().min(1),
    aim: z.number().int().min(1),
    outcomes: z.array(z.number().int().min(1)),
    outcomeMapping: z.string().min(1),
    wording: z.string().min(1).nullable(),
  })
  .strict();

const priorityActionsFileSchema = z.object({ source: z.string().min(1), priorityActions: z.array(priorityActionSchema).min(1) }).strict();

/**
 * One priority action of the National Strategy for Community Justice (2022).
 *
 * - `outcomes`: the nationally determined outcomes it is aligned with, where
 *   known; `outcomeMapping` says whether that was read in the CJPF or inferred.
 * - `wording`: verbatim where it was read; `null` where it was not (actions
 *   8–10, 12 and 13 at the time of writing): show "wording not read" then.
 *
 * @example
 * ```ts
 * const first: PriorityAction = priorityActions().priorityActions[0];
 * first.action; // 1
 * first.wording ?? 'wording not read';
 * ```
 */
export type PriorityAction = z.output<typeof priorityActionSchema>;

/**
 * The priority actions of a framework version and where they come from.
 *
 * @example
 * ```ts
 * const actions: PriorityActions = priorityActions('cjpf-2023');
 * actions.priorityActions.length; // 13
 * ```
 */
export interface PriorityActions {
  source: string;
  priorityActions: PriorityAction[];
}

const cache = new Map<string, PriorityActions>();

/**
 * The 13 priority actions of the National Strategy for Community Justice
 * (2022), from `definitions/<version>/priority-actions.json`, validated
 * (once, then cached). Source: the strategy and its Delivery Plan (2023);
 * the wording of actions 8, 9, 10, 12 and 13 was not read, so it is `null`.
 *
 * @param version - __Default value:__ `'cjpf-2023'`
 * @throws {FrameworkError} for an unknown version or an invalid file
 * @example
 * ```ts
 * const { priorityActions } = priorityActions();
 * priorityActions.length; // 13
 * priorityActions[0].outcomes; // [1]
 * priorityActions[7].wording; // null (not read)
 * ```
 */
export function priorityActions(version = 'cjpf-2023'): PriorityActions {
  const hit = cache.get(version);
  if (hit) return hit;
  const versions = frameworkVersions();
  if (!versions.includes(version)) throw new FrameworkError(messages.unknownVersion(version, versions));
  const url = new URL(`../../definitions/${version}/priority-actions.json`, import.meta.url);
  const parsed = priorityActionsFileSchema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new FrameworkError(messages.invalidPriorityActions(version, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')));
  cache.set(version, parsed.data);
  return parsed.data;
}
