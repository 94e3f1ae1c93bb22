import * as aq from 'arquero';
import { addStatus, applyDisclosureControl, isWithheld } from '@cjsnsa/core';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';

/**
 * Disclosure rule for {@link computeIndicators}: counts from `min` to `max`
 * (inclusive) are suppressed. __Default value:__ core's default, 1–4 (zeros
 * are not suppressed).
 */
export interface DisclosureOptions {
  min?: number;
  max?: number;
}

/** The count row shape disclosure control works on (internal to compute). */
export interface DisclosureCountRow {
  def: IndicatorDefinition;
  area: string;
  areaType: 'council' | 'scotland' | 'group';
  period: string;
  numerator: number | null;
  denominator: number | null;
  status: string;
  members: string[] | null;
}

/**
 * Apply disclosure control to the counts of every indicator × period, before
 * any measure is computed. Council counts go through core
 * `applyDisclosureControl` (primary suppression of counts in the rule's
 * range, secondary suppression within indicator × period so a withheld
 * council cannot be recovered from the Scotland total). A row whose counted
 * denominator (e.g. CPOs terminated) is in range is withheld too, and for
 * percentages so is one whose complement (denominator − numerator) is in
 * range; population denominators are never controlled. The Scotland total is
 * suppressed only if it is itself in range. A comparator-group total with any
 * withheld member is withheld as `secondary-suppressed`, since it could
 * otherwise be used with the other members to recover the withheld count.
 * Rows are changed in place.
 *
 * @example
 * ```ts
 * discloseCounts(rows, { min: 1, max: 4 }); // rows with numerator 3 now null, status 'suppressed'
 * ```
 */
export function discloseCounts(rows: DisclosureCountRow[], options: DisclosureOptions): void {
  const min = options.min ?? 1;
  const max = options.max ?? 4;
  const byDef = new Map<IndicatorDefinition, DisclosureCountRow[]>();
  for (const r of rows) {
    const list = byDef.get(r.def) ?? [];
    list.push(r);
    byDef.set(r.def, list);
  }
  for (const [def, list] of byDef) {
    const countedDenominator = def.denominator !== null && 'item' in def.denominator;
    const complement = countedDenominator && def.measure === 'percentage';
    const councils = list.filter((r) => r.areaType === 'council');
    if (councils.length > 0) {
      const table = aq.from(
        councils.map((r, i) => ({ row_id: i, indicator: def.id, area: r.area, period: r.period, numerator: r.numerator, denominator: r.denominator, status: r.status })),
      );
      const controlled = applyDisclosureControl(table, {
        min,
        max,
        columns: ['numerator'],
        denominator: countedDenominator ? 'suppress-small' : 'keep',
        complement,
        groups: [['indicator', 'period']],
      }).objects() as {
        row_id: number;
        numerator: number | null;
        denominator: number | null;
        status: string;
      }[];
      for (const c of controlled) {
        const r = councils[c.row_id];
        r.status = c.status;
        if (isWithheld(c.status)) r.numerator = null;
      }
    }
    const inRange = (v: number | null) => v !== null && v >= min && v <= max;
    const withheld = new Map(councils.map((r) => [`${r.area}\u0000${r.period}`, isWithheld(r.status)]));
    for (const r of list) {
      if (r.areaType === 'council') continue;
      const rest = complement && r.numerator !== null && r.denominator !== null ? r.denominator - r.numerator : null;
      if (inRange(r.numerator) || (countedDenominator && inRange(r.denominator)) || inRange(rest)) {
        r.status = addStatus(r.status, 'suppressed');
        r.numerator = null;
      } else if (r.areaType === 'group' && r.members?.some((m) => withheld.get(`${m}\u0000${r.period}`))) {
        r.status = addStatus(r.status, 'secondary-suppressed');
        r.numerator = null;
      }
    }
  }
}
