import { describe, expect, it } from 'vitest';
import { columnLabel, displayCell } from '../../src/output/display-cell.js';
import { tableHtml } from '../../src/output/html-report.js';

describe('columnLabel(name) and displayCell(column, value)', () => {
  it('heads machine columns in words, the confidence level in interval headings', () => {
    expect(['area_name', 'scotland_value', 'comparison_scotland', 'lower', 'upper', 'lower_95_ci', 'group_value', 'range_q25'].map(columnLabel)).toEqual([
      'Area', 'Scotland', 'Compared with Scotland', 'Lower 95% CI', 'Upper 95% CI', 'Lower 95% CI', 'Family group value', '25th percentile',
    ]);
    expect(columnLabel('Latest period')).toBe('Latest period');
  });
  it('shows statuses and better directions in words, other cells as they are', () => {
    expect(displayCell('status', 'published; synthetic')).toBe('Synthetic demonstration data');
    expect(displayCell('Status', 'synthetic; population-fallback')).toBe('Synthetic demonstration data; Latest population estimate used');
    expect(displayCell('polarity', 'no-judgement')).toBe('No better direction');
    expect(displayCell('value', 4.2)).toBe(4.2);
    expect(displayCell('area_name', 'Fife')).toBe('Fife');
  });
});

describe('tableHtml(table)', () => {
  it('heads columns in words, shows statuses in words, and wraps the table in a focusable scroll box named by its caption', () => {
    const html = tableHtml({ id: 'd', title: 'Data', columns: ['period', 'scotland_value', 'status'], rows: [['2023-24', 8.8, 'published; synthetic']], notes: [] });
    expect(html).toBe(
      '<div class="table-wrap" role="region" aria-labelledby="d-caption" tabindex="0"><table id="d"><caption id="d-caption">Data</caption><thead><tr><th scope="col">Period</th><th scope="col">Scotland</th><th scope="col">Status</th></tr></thead><tbody>\n' +
        '<tr><td>2023-24</td><td class="num">8.8</td><td>Synthetic demonstration data</td></tr>\n</tbody></table></div>',
    );
  });
});
