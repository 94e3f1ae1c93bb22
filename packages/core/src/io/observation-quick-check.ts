// Internal (not exported from the package): the observation schema's checks in plain code.
import { parsePeriod } from '../periods/parse-period.js';

const checked = new Map<string, boolean>();
/** Internal: whether `p` is a period label in its canonical form (remembered, up to 10,000 labels). */
export const isCanonicalPeriod = (p: string) => {
  let ok = checked.get(p);
  if (ok === undefined) {
    try {
      ok = parsePeriod(p).label === p;
    } catch {
      ok = false;
    }
    if (checked.size < 10_000) checked.set(p, ok);
  }
  return ok;
};

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const count = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const optionalText = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/**
 * Internal: the same checks as {@link observationSchema}, in plain code, for
 * reading many rows quickly. `true` only when the schema accepts `obs`;
 * `false` means "ask the schema" (which gives the messages).
 */
export function passesObservationSchema(obs: Record<string, unknown>): boolean {
  return (
    filled(obs.indicator) &&
    filled(obs.area) &&
    typeof obs.period === 'string' &&
    isCanonicalPeriod(obs.period) &&
    count(obs.numerator) &&
    count(obs.denominator) &&
    typeof obs.status === 'string' &&
    filled(obs.source) &&
    optionalText(obs.breakdown) &&
    optionalText(obs.group)
  );
}
