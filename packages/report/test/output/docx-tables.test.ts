/**
 * Tables in the Word document as a reader sees them: a table of more than
 * seven columns gets a landscape page of its own, and every table has fixed
 * column widths that fit the page's text width, with no column narrower than
 * a short word, so no value wraps a letter at a time (the profile table of
 * 14 columns used to fill 20 portrait pages that way).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packToDocx, type PackTable, type SnsaPack } from '@cjsnsa/report';

const wide: PackTable = {
  id: 'wide',
  title: 'Area profile',
  columns: ['indicator', 'name', 'period', 'value', 'lower', 'upper', 'scotland_value', 'comparison_scotland', 'better', 'min', 'q25', 'q75', 'max', 'status'],
  rows: Array.from({ length: 6 }, (_, i) => [
    `NI${i}`,
    'Community payback orders successfully completed (%) [Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes]',
    '2023-24', 69.4, 64.5, 73.9, 71.3, 'similar', 'higher', 63.2, 69.4, 73.7, 78.1, 'published; synthetic',
  ]),
  notes: [],
};
const narrow: PackTable = { id: 'narrow', title: 'Counts', columns: ['period', 'value', 'status'], rows: [['2023-24', 12, 'published']], notes: [] };

function pack(tables: PackTable[]): SnsaPack {
  return {
    areaCode: 'S12000006', areaName: 'Dumfries and Galloway', topicId: 'diversion', topicTitle: 'Diversion from Prosecution',
    frameworkVersion: 'cjpf-2023', generated: '2026-12-06', synthetic: false, sources: [], results: [],
    sections: [{ id: 'profile', title: 'Area profile and context', paragraphs: ['Text before.'], charts: [], tables }],
    baseline: narrow, warnings: [], warningGroups: [], plainSources: [], licence: 'OGL v3', annex: { paragraphs: [], tables: [] },
    disclosure: 'Counts of 1 to 4 are withheld.',
  } as unknown as SnsaPack;
}

const documentXml = async (p: SnsaPack) => strFromU8(unzipSync(await packToDocx(p))['word/document.xml']!);
const LANDSCAPE_TEXT = 16838 - 2 * 1440;
const PORTRAIT_TEXT = 11906 - 2 * 1440;

describe('packToDocx: tables a reader can read', () => {
  it('puts a table of more than seven columns on a landscape page, text and charts on portrait pages', async () => {
    const xml = await documentXml(pack([narrow, wide, narrow]));
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    // portrait (text, narrow table), landscape (wide table, and the narrow table right after it), portrait (sources, annex)
    expect(sections.length).toBe(3);
    expect(sections.map((s) => /w:orient="landscape"/.test(s))).toEqual([false, true, false]);
    // a section's properties close it: the landscape section holds both tables after the first
    const [first, landscape] = xml.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/);
    expect((first!.match(/<w:tbl>/g) ?? []).length).toBe(1);
    expect((landscape!.match(/<w:tbl>/g) ?? []).length).toBe(2);
  });

  it('keeps tables that follow a wide table on its landscape pages, not a new page each (the annual report\'s outcome tables)', async () => {
    const xml = await documentXml(pack([wide, narrow, wide, narrow, wide, narrow]));
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.map((s) => /w:orient="landscape"/.test(s))).toEqual([false, true, false]);
  });

  it('gives every column a fixed width, summing to the page text width, none narrower than a short word', async () => {
    const xml = await documentXml(pack([wide, narrow]));
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const grid = (t: string) => [...t.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    const [wideGrid, narrowGrid] = tables.map(grid);
    expect(wideGrid).toHaveLength(14);
    expect(tables[0]).toContain('<w:tblLayout w:type="fixed"/>');
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    expect(sum(wideGrid!)).toBeLessThanOrEqual(LANDSCAPE_TEXT);
    expect(sum(wideGrid!)).toBeGreaterThan(LANDSCAPE_TEXT - 14);
    // 8 pt Arial: a value such as 63.2 (four characters of about 4.4 pt) and Word's default cell margins
    // (2 × 108 twips) need about 570 twips; no column is narrower, so no number wraps
    expect(Math.min(...wideGrid!), wideGrid!.join(' ')).toBeGreaterThan(570);
    // the long indicator name gets more room than a value column
    expect(wideGrid![1]).toBeGreaterThan(wideGrid![3]!);
    expect(sum(narrowGrid!)).toBeLessThanOrEqual(PORTRAIT_TEXT);
  });
});
