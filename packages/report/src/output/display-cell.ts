import { columnLabel, isStatusColumn } from './column-dictionary.js';
import { statusLabel } from './status-labels.js';

export { columnLabel };

const POLARITY_LABELS: Readonly<Record<string, string>> = {
  'high-is-good': 'Higher',
  'low-is-good': 'Lower',
  'no-judgement': 'No better direction',
};

/**
 * A table cell as a person reads it in the HTML report and the Word
 * document: statuses in words ({@link statusLabel}), the better direction
 * of an indicator in words; every other cell as it is. The CSVs keep the
 * machine values.
 *
 * @param column - the column's machine name (or heading)
 * @param value - the cell
 * @example
 * ```ts
 * displayCell('status', 'published; synthetic'); // 'Synthetic demonstration data'
 * displayCell('polarity', 'low-is-good'); // 'Lower'
 * displayCell('value', 4.2); // 4.2
 * ```
 */
export function displayCell(column: string, value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  if (isStatusColumn(column)) return statusLabel(value);
  if (column === 'polarity') return POLARITY_LABELS[value] ?? value;
  return value;
}
