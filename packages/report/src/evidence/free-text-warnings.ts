import type { DataWarning, SmallCountRule } from '@cjsnsa/core';
import { messages } from '../messages.js';
import type { EvidenceWorkbook } from './read-evidence-workbook.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

// Words for people (and for the events that stand for one person each in community justice) that a small
// count is a count of. "a person" is not a count; "one person" and "1 person" are.
const PEOPLE =
  "(?:young\\s+)?(?:people|persons?|individuals?|men|man|women|woman|males?|females?|boys?|girls?|child(?:ren)?|adults?|clients?|service\\s+users?|users?|prisoners?|offenders?|families|family|residents?|victims?|referrals?|cases?|orders?|deaths?|suicides?|breaches|breach|participants?|respondents?)";
const COUNT = new RegExp(`(?<![\\d.,£$%/-])\\b(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:(?:more|fewer|new|other|further|additional|of\\s+(?:the|our|these|those))\\s+)?${PEOPLE}\\b`, 'gi');
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// UK numbers as people write them: 0141 287 1234, 01234 567890, 07700 900123, +44 7700 900123
const PHONE = /(?<!\d)(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g;

/**
 * Things to check in the free text a partnership wrote in its local evidence
 * workbook before anything it is printed in is published: the pack's evidence
 * section and the annual report print that text as written, so the
 * small-count rule that withholds every count in the tables and charts cannot
 * reach it. One warning per cell and kind, by file, sheet, row and column:
 *
 * - **a small count of people**: a number within the rule's withheld range
 *   (digits or words: `3 people`, `two young women`, `1 death`) followed by a
 *   word for people or for events that each stand for one person (cases,
 *   referrals, orders, breaches);
 * - **contact details**: an email address or a UK telephone number, outside
 *   the partnership details of the annual report (where a partnership
 *   contact belongs).
 *
 * It is a check, not a redaction: the words stay as written (a small number
 * may be safe, e.g. "4 partners"), and the coordinator decides. It cannot
 * find a person's name; the docs say so.
 *
 * @param workbook - from `readEvidenceWorkbook`
 * @param rule - the small-count rule the outputs use
 * @returns the warnings, in sheet and row order (none for a workbook read before `freeText` was kept)
 * @example
 * ```ts
 * const wb = await readEvidenceWorkbook('wd-evidence.xlsx');
 * freeTextWarnings(wb, smallCountRule({ minCount: 5 }))[0]?.message;
 * // e.g. 'Possible small count of people in the text: "3 young people". The small-count rule withholds such counts in every table and chart: check it before this text is published.'
 * ```
 */
export function freeTextWarnings(workbook: Pick<EvidenceWorkbook, 'freeText'>, rule: SmallCountRule): DataWarning[] {
  const warnings: DataWarning[] = [];
  for (const cell of workbook.freeText ?? []) {
    const where = { file: cell.file, row: cell.row, column: cell.column, columnLetter: cell.columnLetter };
    const small = [...cell.text.matchAll(COUNT)].filter((m) => {
      const word = m[1]!.toLowerCase();
      const n = NUMBER_WORDS[word] ?? Number(word);
      return n >= Math.max(1, rule.min) && n <= rule.max;
    });
    if (small.length) {
      warnings.push({ ...where, message: messages.freeTextSmallCount(small.map((m) => m[0].replace(/\s+/g, ' '))) });
    }
    if (cell.section === 'Partnership details') continue;
    const contacts = [...(cell.text.match(EMAIL) ?? []), ...(cell.text.match(PHONE) ?? []).map((p) => p.trim())];
    if (contacts.length) warnings.push({ ...where, message: messages.freeTextContact(contacts) });
  }
  return warnings;
}
