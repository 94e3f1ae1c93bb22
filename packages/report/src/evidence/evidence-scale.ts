import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { messages } from '../messages.js';

/**
 * One point of a self-evaluation scale: its score and, where the scale names it, its label.
 *
 * @example
 * ```ts
 * const level: ScaleLevel = { score: 4, label: 'Good' };
 * ```
 */
export interface ScaleLevel {
  score: number;
  /** e.g. `Excellent`; `null` where the scale has numbers only. */
  label: string | null;
}

/**
 * A self-evaluation scale: the scores an outcome can be given, highest first.
 * `name` reads in a sentence ("on the six-point scale (…)").
 * `assumption` says where the scale comes from (shown in the workbook and the pack).
 *
 * @example
 * ```ts
 * evidenceScale('ten-point').levels[0]; // { score: 10, label: null }
 * ```
 */
export interface EvidenceScale {
  id: string;
  name: string;
  levels: ScaleLevel[];
  assumption: string;
}

/**
 * The default scale: six points, 6 Excellent to 1 Unsatisfactory, as in the
 * Care Inspectorate's self-evaluation frameworks. **The toolkit's
 * assumption**: the scale of the CJS Improvement Tool itself was not read.
 *
 * @example
 * ```ts
 * SIX_POINT_SCALE.levels[0]; // { score: 6, label: 'Excellent' }
 * ```
 */
export const SIX_POINT_SCALE: EvidenceScale = {
  id: 'six-point',
  name: 'six-point scale (6 Excellent to 1 Unsatisfactory)',
  levels: [
    { score: 6, label: 'Excellent' },
    { score: 5, label: 'Very good' },
    { score: 4, label: 'Good' },
    { score: 3, label: 'Adequate' },
    { score: 2, label: 'Weak' },
    { score: 1, label: 'Unsatisfactory' },
  ],
  assumption:
    "The six-point scale (6 Excellent, 5 Very good, 4 Good, 3 Adequate, 2 Weak, 1 Unsatisfactory) is this toolkit's assumption, taken from the Care Inspectorate's self-evaluation model; the scale of the Community Justice Improvement Tool was not read.",
};

/**
 * A ten-point scale, 10 highest to 1 lowest, with no labels, for partnerships
 * that score outcomes out of 10 (East Lothian reported self-assessed scores
 * of 7 to 9). **The toolkit's assumption**: the scale East Lothian used was
 * not confirmed.
 *
 * @example
 * ```ts
 * TEN_POINT_SCALE.levels.map((l) => l.score); // [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
 * ```
 */
export const TEN_POINT_SCALE: EvidenceScale = {
  id: 'ten-point',
  name: 'ten-point scale (10 highest to 1 lowest)',
  levels: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((score) => ({ score, label: null })),
  assumption:
    "The ten-point scale (10 highest, 1 lowest) is this toolkit's assumption: East Lothian reported self-assessed scores of 7 to 9, and a scale of 1 to 10 is inferred from them, not confirmed.",
};

const scaleFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    name: z.string().min(1),
    levels: z
      .array(z.object({ score: z.number().int().min(0).max(100), label: z.string().min(1).max(40).nullable().default(null) }).strict())
      .min(2)
      .max(20),
    assumption: z.string().min(1).default('A scale the partnership gave in its own file.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const scores = s.levels.map((l) => l.score);
    if (new Set(scores).size !== scores.length) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'each score may appear once' });
  });

/**
 * The self-evaluation scale for `--scale`: `six-point` (the default,
 * {@link SIX_POINT_SCALE}), `ten-point` ({@link TEN_POINT_SCALE}), or a JSON
 * file `{ "id", "name", "levels": [{ "score": 5, "label": "…" }, …], "assumption" }`
 * (levels sorted highest first).
 *
 * @param spec - `six-point`, `ten-point` or the path of a JSON file. __Default value:__ `six-point`.
 * @throws Error with a catalogued message naming the file and what is wrong
 * @example
 * ```ts
 * evidenceScale('ten-point').levels.length; // 10
 * evidenceScale('scale.json').name; // the file's name
 * ```
 */
export function evidenceScale(spec = 'six-point'): EvidenceScale {
  if (spec === 'six-point') return SIX_POINT_SCALE;
  if (spec === 'ten-point') return TEN_POINT_SCALE;
  if (!/\.json$/i.test(spec)) throw new Error(messages.evidenceUnknownScale(spec));
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(spec, 'utf8'));
  } catch (err) {
    throw new Error(messages.evidenceScaleFile(spec, (err as Error).message));
  }
  const checked = scaleFileSchema.safeParse(parsed);
  if (!checked.success) throw new Error(messages.evidenceScaleFile(spec, checked.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')));
  return { ...checked.data, levels: [...checked.data.levels].sort((a, b) => b.score - a.score) };
}

/**
 * A score as the workbook's drop-down list shows it: `6 Excellent`, or `7`
 * on a scale without labels.
 *
 * @example
 * ```ts
 * scoreChoice({ score: 6, label: 'Excellent' }); // '6 Excellent'
 * ```
 */
export function scoreChoice(level: ScaleLevel): string {
  return level.label ? `${level.score} ${level.label}` : String(level.score);
}
