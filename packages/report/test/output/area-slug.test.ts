import { describe, expect, it } from 'vitest';
import { areaSlug, escapeHtml, tableToCsv } from '@cjsnsa/report';

describe('output helpers', () => {
  it("areaSlug('Na h-Eileanan Siar') is a safe folder name", () => {
    expect(areaSlug('Na h-Eileanan Siar')).toBe('na-h-eileanan-siar');
    expect(areaSlug('Argyll & Bute')).toBe('argyll-bute');
  });

  it('escapeHtml escapes markup and quotes', () => {
    expect(escapeHtml(`<b a="x">Argyll & Bute's</b>`)).toBe('&lt;b a=&quot;x&quot;&gt;Argyll &amp; Bute&#39;s&lt;/b&gt;');
  });

  it('tableToCsv writes a header, quoted fields and empty cells for null', () => {
    const csv = tableToCsv({ id: 't', title: 'T', columns: ['area', 'value'], rows: [['Argyll, Bute', 1.5], ['Fife', null]], notes: [] });
    expect(csv).toBe('area,value\n"Argyll, Bute",1.5\nFife,\n');
  });
});
