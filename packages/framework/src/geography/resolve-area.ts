import { AreaNotFoundError } from './area-not-found-error.js';
import { COUNCIL_AREAS } from './council-areas.js';
import { SCOTLAND } from './scotland.js';
import { editDistance } from '../text/edit-distance.js';

/**
 * An area resolved from a name or code.
 *
 * @example
 * ```ts
 * const area: ResolvedArea = resolveArea('Edinburgh, City of');
 * area.code; // 'S12000036'
 * ```
 */
export interface ResolvedArea {
  /** Current GSS code. */
  code: string;
  /** Official name (NRS/ONS), e.g. `City of Edinburgh`. */
  name: string;
  type: 'council' | 'scotland';
}

/**
 * Name variants found in official tables (SG justice tables, NRS, reconviction
 * tables, council names), keyed by their normalised form (see
 * {@link normaliseAreaName}). Official names, current and previous GSS codes
 * are matched as well.
 */
const VARIANTS: Record<string, string> = {
  'edinburgh city of': 'S12000036',
  'edinburgh city': 'S12000036',
  edinburgh: 'S12000036',
  'city of edinburgh council': 'S12000036',
  'eilean siar': 'S12000013',
  'comhairle nan eilean siar': 'S12000013',
  'na h eileanan an iar': 'S12000013',
  'western isles': 'S12000013',
  orkney: 'S12000023',
  shetland: 'S12000027',
  'glasgow': 'S12000049',
  'aberdeen': 'S12000033',
  'dundee': 'S12000042',
  'borders': 'S12000026',
  'scotland': SCOTLAND.code,
};

/**
 * Normalise an area label for matching: lower case, `&` → `and`, hyphens and
 * punctuation to spaces, spaces collapsed, a trailing "council" dropped.
 *
 * @example
 * ```ts
 * normaliseAreaName('Edinburgh, City of'); // 'edinburgh city of'
 * normaliseAreaName('Argyll & Bute Council'); // 'argyll and bute'
 * ```
 */
export function normaliseAreaName(text: string): string {
  const s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.endsWith(' council') && s !== 'council' ? s.slice(0, -' council'.length) : s;
}

const byKey = new Map<string, ResolvedArea>();
const scotland: ResolvedArea = { code: SCOTLAND.code, name: SCOTLAND.name, type: 'scotland' };
for (const a of COUNCIL_AREAS) {
  const r: ResolvedArea = { code: a.code, name: a.name, type: 'council' };
  byKey.set(a.code.toLowerCase(), r);
  if (a.previousCode) byKey.set(a.previousCode.toLowerCase(), r);
  byKey.set(normaliseAreaName(a.name), r);
}
byKey.set(SCOTLAND.code.toLowerCase(), scotland);
for (const [key, code] of Object.entries(VARIANTS)) {
  const r = byKey.get(code.toLowerCase());
  if (r) byKey.set(key, r);
}

/**
 * Resolve a council-area name or code, in any of the variants found in
 * official tables, to its current GSS code and official name. Accepts current
 * and previous GSS codes (S12000015 → Fife), `S92000003`/`Scotland`, and
 * variants such as "Edinburgh, City of", "Argyll & Bute", "Eilean Siar",
 * "Na h-Eileanan an Iar", "Orkney" and "Shetland". Matching ignores case,
 * punctuation, `&`/`and` and a trailing "Council".
 *
 * @param nameOrCode - the label or code as found in a table
 * @throws {AreaNotFoundError} for anything else, suggesting up to three
 *   nearest official names by edit distance
 * @example
 * ```ts
 * resolveArea('Edinburgh, City of'); // { code: 'S12000036', name: 'City of Edinburgh', type: 'council' }
 * resolveArea('S12000015').name; // 'Fife'
 * resolveArea('Glasgo'); // throws: Unknown council area "Glasgo". Did you mean: Glasgow City?
 * ```
 */
export function resolveArea(nameOrCode: string): ResolvedArea {
  const key = normaliseAreaName(String(nameOrCode ?? ''));
  const hit = byKey.get(key);
  if (hit) return { ...hit };
  throw new AreaNotFoundError(String(nameOrCode), suggestAreas(key));
}

function suggestAreas(key: string): string[] {
  if (key.length === 0) return [];
  const scored = new Map<string, number>();
  for (const [k, r] of byKey) {
    if (/^s\d+$/.test(k) && !/^s\d/.test(key)) continue;
    const d = editDistance(key, k);
    const prefix = k.startsWith(key) || key.startsWith(k) ? 0.5 : 0;
    const score = d - prefix;
    if (!scored.has(r.name) || score < (scored.get(r.name) as number)) scored.set(r.name, score);
  }
  const limit = Math.max(3, Math.ceil(key.length / 2));
  return [...scored]
    .filter(([, s]) => s <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([name]) => name);
}
