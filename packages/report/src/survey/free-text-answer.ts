import { inspect } from 'node:util';
import { messages } from '../messages.js';

const TEXT = new WeakMap<FreeTextAnswer, string>();

/**
 * A free-text answer, held so that it cannot be printed by accident: it
 * prints as `[free text: not shown]` in a template string, in JSON, in
 * `console.log` and in a notebook. The words come out only through
 * {@link freeTextAnswers} with `include: true`, redacted.
 *
 * @example
 * ```ts
 * const a = new FreeTextAnswer('My worker Sarah helped');
 * `${a}`; // '[free text: not shown]'
 * JSON.stringify({ a }); // '{"a":"[free text: not shown]"}'
 * ```
 */
export class FreeTextAnswer {
  constructor(text: string) {
    TEXT.set(this, text);
  }
  /** How many characters the answer has (not its words). */
  get length(): number {
    return TEXT.get(this)!.length;
  }
  toString(): string {
    return messages.surveyFreeTextPlaceholder;
  }
  toJSON(): string {
    return messages.surveyFreeTextPlaceholder;
  }
  [inspect.custom](): string {
    return messages.surveyFreeTextPlaceholder;
  }
}

/** The words of an answer, for freeTextAnswers only (not exported from the package). */
export function revealFreeText(answer: FreeTextAnswer): string {
  return TEXT.get(answer)!;
}
