/**
 * What {@link redactFreeText} returns: the text with each find replaced by
 * `[name]`, `[email]`, `[phone]` or `[postcode]`, and how many of each.
 *
 * @example
 * ```ts
 * const r: RedactedText = { text: 'Ring [name] on [phone]', found: { name: 1, email: 0, phone: 1, postcode: 0 } };
 * ```
 */
export interface RedactedText {
  text: string;
  found: { name: number; email: number; phone: number; postcode: number };
}

/**
 * Options of {@link redactFreeText}.
 *
 * @example
 * ```ts
 * const options: RedactFreeTextOptions = { names: ['Callum', 'Dunbar House'] };
 * ```
 */
export interface RedactFreeTextOptions {
  /** More names to redact wherever they appear, in any case: staff, services, places the partnership knows could identify someone. */
  names?: string[];
}

// Common first names in Scotland (both sexes, several generations), written for the toolkit; not exhaustive.
const FIRST_NAMES = `Aaron Abbie Abigail Adam Aidan Ailsa Alan Alana Alastair Alexander Alex Alexandra Alice Alison Amanda Amy Andrew Andy Angela Angus Ann Anna Anne Annie
Anthony Archie Arran Ashley Barbara Barry Ben Benjamin Beth Bethany Brian Bruce Caitlin Callum Calum Cameron Carol Caroline Catherine Charlie Charlotte Chloe Christine
Christopher Chris Claire Colin Connor Craig Daniel Danny Darren David Davie Debbie Declan Derek Diane Donald Donna Douglas Duncan Dylan Eilidh Elaine Eleanor Elizabeth
Ellie Emily Emma Eric Erin Euan Ewan Fiona Finlay Fraser Freya Gail Gary Gavin George Gillian Gordon Graham Greg Hamish Hannah Harry Hayley Heather Helen Iain Ian Isla
Isabella Isobel Jacqueline Jake James Jamie Jane Janet Janice Jason Jennifer Jenny Jessica Jim Jimmy Joanne John Johnny Jordan Joseph Josh Joshua Julie Karen Kate Katie Kathleen
Kayleigh Keith Kelly Kenneth Kenny Kerry Kevin Kieran Kirsty Kyle Laura Lauren Leah Leanne Lesley Lewis Liam Lindsay Linda Lisa Logan Lorna Lorraine Louise Lucy Lynn Lynne
Malcolm Margaret Maria Marion Martin Mary Matthew Megan Melissa Michael Michelle Mhairi Morag Murray Nathan Neil Nicola Niamh Nicole Norman Oliver Olivia Owen Patricia
Patrick Paul Paula Pauline Peter Rachel Rebecca Rhona Richard Robert Robbie Ross Ruth Ryan Sam Samantha Sandra Sarah Scott Sean Shannon Sharon Shona Sophie Stephen Steven Stewart
Stuart Susan Suzanne Tam Thomas Tom Tommy Tracy Tracey Victoria Wendy William Willie Zoe`.split(/\s+/);
// First names that are also ordinary words: only redacted with a surname after them, or after a cue.
const AMBIGUOUS_NAMES = 'Will May Mark Hope Grace Faith Joy Rose Dawn June Jack Bill Frank Holly Ruby Amber Jade Iris Ivy Summer Rich Guy Sky Kit Ray Pat Sue Gay Robin Grant Dean'.split(' ');
const NAME_SET = new Set(FIRST_NAMES);
const AMBIGUOUS_SET = new Set(AMBIGUOUS_NAMES);
// Capitalised words that start sentences or name things, never taken as a surname after a first name.
const NOT_SURNAMES = new Set('I The A An And But So Or If When Then He She They We It This That My Our His Her Their Was Is Are Were Has Had Have Did Does Do Not No Yes At In On To From For With By Of As'.split(' '));

const WORD = String.raw`(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
const CAP_NAME = String.raw`${WORD}(?:\s+${WORD})?`;

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// a run of digits, spaces, dashes, dots and brackets that may be a phone number; its digits are checked below
const PHONE_CANDIDATE = /(?<![\w+])(?:\+|00)?\s?(?:\(?\d[\d\s().-]{7,}\d)(?!\w)/g;
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b/gi;
const TITLE_CUE = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|Sgt|Sergeant|Constable|Sheriff|Judge|Auntie|Uncle|Granny|Gran)\.?\s+(${CAP_NAME})`, 'g');
const ROLE_CUE = new RegExp(
  String.raw`\b((?:[Mm]y|[Oo]ur|[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:social worker|support worker|key ?worker|case ?worker|worker|officer|probation officer|nurse|doctor|GP|mentor|lawyer|solicitor|advocate|manager|supervisor|counsellor|pal|friend|partner|son|daughter|brother|sister|mum|dad|wife|husband|boyfriend|girlfriend)(?:,|\s+(?:was|is|called|named))?\s+)(${CAP_NAME})`,
  'g',
);
// "my name is" takes the next word in any case; the other cues a capitalised name
const NAME_IS = /\b((?:[Mm]y name is|[Mm]y name's|I am called|I'm called)\s+)([A-Za-z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)/g;
const CALLED = new RegExp(String.raw`\b((?:[Cc]all me|[Kk]nown as|[Nn]amed|[Cc]alled)\s+)(${CAP_NAME})`, 'g');
const CAPITALISED = new RegExp(String.raw`\b${WORD}\b`, 'g');

/** Whether a run of digits and marks is a UK phone number: 0 and 9–10 more digits, or +44 / 0044 and 9–10 digits (a (0) after it dropped). */
function isUkPhone(candidate: string): boolean {
  const compact = candidate.replace(/\(0\)/, '').replace(/[^\d+]/g, '');
  if (/^(?:\+|00)44\d{9,10}$/.test(compact)) return true;
  return /^0\d{9,10}$/.test(compact);
}

/**
 * Redact what identifies people in free text: email addresses, UK phone
 * numbers, UK postcodes and names. It is an aid for a person who reads
 * every answer before it is published, not a guarantee.
 *
 * Caught:
 * - **email addresses** (`name@domain.tld`);
 * - **UK phone numbers** written with a leading 0 (10 or 11 digits: 07700 900123,
 *   0141 496 0000, (0131) 496-0000, 0800 123 4567) or +44 / 0044 (+44 7700 900123,
 *   +44 (0)131 496 0000), with spaces, dashes, dots or brackets;
 * - **full UK postcodes** (G81 1AA, EH1 1YZ, g811aa), in any case;
 * - **names** after a title (Mr, Mrs, Ms, Dr, PC, Sergeant, Sheriff, …), after
 *   "my name is", "called", "known as", after a role ("my worker", "my social
 *   worker", "her solicitor", "my son", …), and any of about 250 common first
 *   names in Scotland when capitalised, with the capitalised surname after it;
 *   first names that are also words (Will, May, Grace, Rose, …) only with a
 *   surname or a cue; and every name in `options.names`, in any case.
 *
 * Not caught (docs/survey.md lists them with examples): names that are not
 * on the list and have no cue ("Zbigniew helped me"), names written in lower
 * case without a cue, nicknames, surnames on their own ("Smith was great"),
 * partial postcodes (G81) and addresses, phone numbers written without the
 * leading 0 or in words, emails written out ("sarah at example dot com"),
 * dates of birth, case numbers, and details that identify someone by what
 * happened to them. Place and service names are redacted only when given in
 * `options.names`.
 *
 * @param text - one free-text answer.
 * @param options - see {@link RedactFreeTextOptions}.
 * @returns the redacted text and the number of each kind found.
 * @example
 * ```ts
 * redactFreeText('My worker Sarah Jones (sarah.jones@example.org, 07700 900123) in G81 1AA was great');
 * // { text: 'My worker [name] ([email], [phone]) in [postcode] was great',
 * //   found: { name: 1, email: 1, phone: 1, postcode: 1 } }
 * ```
 */
export function redactFreeText(text: string, options: RedactFreeTextOptions = {}): RedactedText {
  const found = { name: 0, email: 0, phone: 0, postcode: 0 };
  let t = text.replace(EMAIL, () => (found.email++, '[email]'));
  t = t.replace(PHONE_CANDIDATE, (m) => {
    if (!isUkPhone(m)) return m;
    found.phone++;
    // keep the space before the number that the pattern took
    return (/^\s/.test(m) ? ' ' : '') + '[phone]';
  });
  t = t.replace(POSTCODE, () => (found.postcode++, '[postcode]'));
  const name = () => (found.name++, '[name]');
  for (const extra of [...(options.names ?? [])].filter((n) => n.trim()).sort((a, b) => b.length - a.length)) {
    const escaped = extra.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    t = t.replace(new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'gi'), name);
  }
  t = t.replace(TITLE_CUE, (m, n: string) => m.slice(0, m.length - n.length) + name());
  t = t.replace(ROLE_CUE, (_m, cue: string) => cue + name()).replace(/\[name\](\s+\[name\])+/g, '[name]');
  t = t.replace(NAME_IS, (_m, cue: string) => cue + name());
  t = t.replace(CALLED, (_m, cue: string) => cue + name());
  // known first names, with the capitalised surname after them
  const words = [...t.matchAll(CAPITALISED)];
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const adjacent = next && /^\s+$/.test(t.slice(w.index! + w[0].length, next.index)) && !NOT_SURNAMES.has(next[0]);
    const known = NAME_SET.has(w[0]) || (AMBIGUOUS_SET.has(w[0]) && adjacent);
    if (!known) continue;
    const end = adjacent ? next.index! + next[0].length : w.index! + w[0].length;
    out += t.slice(at, w.index) + name();
    at = end;
    if (adjacent) i++;
  }
  t = out + t.slice(at);
  return { text: t, found };
}
