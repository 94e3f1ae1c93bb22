import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { PackChart, PackTable, SnsaPack } from '../snsa/pack-model.js';
import { columnLabel, displayCell } from './display-cell.js';
import { ANNEX_TITLE, packNoun, SYNTHETIC_BANNER } from './html-report.js';
import { warningGroupLine } from './group-warnings.js';

/**
 * Text as XML 1.0 allows it: C0 control characters other than tab and line
 * breaks (a vertical tab from a spreadsheet cell, say) become spaces, so the
 * words either side stay apart (the docx library would silently drop them),
 * and unpaired surrogates become U+FFFD. Markup characters are escaped by the
 * docx library itself.
 */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Width of the text block on an A4 page with 2.54 cm margins, in pixels at 96 dpi. */
const A4_TEXT_WIDTH_PX = 602;

function cellText(column: string, raw: string | number | null): string {
  const v = displayCell(column, raw);
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? formatNumber(v) : xmlText(v);
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString('en-GB');
  return v.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** Text width of an A4 page with 2.54 cm margins, in twentieths of a point: portrait and landscape. */
const TEXT_WIDTH_TWIPS = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 };
/** Tables with more columns than this go on a landscape page, so no column is squeezed to a letter's width. */
const MAX_PORTRAIT_COLUMNS = 7;

/** Whether a table needs a landscape page. */
const isWide = (t: PackTable) => t.columns.length > MAX_PORTRAIT_COLUMNS;

/**
 * A table as Word draws it legibly: a font that steps down with the number
 * of columns (10, 9 or 8 pt), and fixed column widths that give each column
 * room for what it holds (its longest value, or its heading's longest word),
 * the long-text columns wrapping when the page is too narrow for all.
 */
function tableBlock(t: PackTable): (Paragraph | Table)[] {
  const width = isWide(t) ? TEXT_WIDTH_TWIPS.landscape : TEXT_WIDTH_TWIPS.portrait;
  const size = t.columns.length > 8 ? 16 : t.columns.length > 5 ? 18 : 20;
  const texts = t.rows.map((r) => r.map((v, i) => cellText(t.columns[i] ?? '', v)));
  // each column as wide as its longest value (or its heading's longest word: headings wrap between words),
  // at about 0.6 em a character (bold headings are wider) plus the cell's margins; if that is wider than the page, the widest
  // columns (long text, which wraps) give way first, down to the width that fits
  const charWidth = size * 6;
  const margins = 250;
  const need = t.columns.map((c, i) => {
    const heading = Math.max(...columnLabel(c).split(/\s+/).map((w) => w.length));
    const longest = texts.reduce((m, r) => Math.max(m, (r[i] ?? '').length), 0);
    return margins + charWidth * Math.max(3, heading, Math.min(60, longest));
  });
  let cap = Math.max(...need);
  const fitted = (c: number) => need.reduce((sum, n) => sum + Math.min(n, c), 0);
  if (fitted(cap) > width) {
    let lo = 0;
    let hi = cap;
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (fitted(mid) > width) hi = mid;
      else lo = mid;
    }
    cap = lo;
  }
  const sized = need.map((n) => Math.min(n, cap));
  const spare = Math.max(0, width - sized.reduce((a, b) => a + b, 0));
  const columnWidths = sized.map((w) => Math.floor(w + (spare * w) / sized.reduce((a, b) => a + b, 0)));
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({ width: { size: columnWidths[i]!, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold, size })] })] });
  const header = new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(xmlText(columnLabel(c)), i, true)) });
  const body = texts.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) }));
  return [
    new Paragraph({ text: xmlText(t.title), heading: HeadingLevel.HEADING_3 }),
    new Table({ rows: [header, ...body], width: { size: width, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED }),
    ...t.notes.map((n) => new Paragraph({ children: [new TextRun({ text: xmlText(n), italics: true, size: 18 })] })),
  ];
}

/**
 * The document's sections: portrait pages, with each wide table on
 * landscape pages (Word and LibreOffice change orientation only between
 * sections). Tables that follow a wide table with nothing between them stay
 * on its landscape pages, narrow ones too, rather than each starting a new
 * page (the annual report's outcome tables and their evidence tables: a
 * landscape page and a portrait page per outcome, mostly blank, before);
 * the next text or chart goes back to portrait.
 */
class Sections {
  readonly list: ISectionOptions[] = [];
  private current: (Paragraph | Table)[] = [];
  private landscape: (Paragraph | Table)[] | null = null;
  push(...blocks: (Paragraph | Table)[]): void {
    this.closeLandscape();
    this.current.push(...blocks);
  }
  table(t: PackTable): void {
    if (this.landscape) return void this.landscape.push(...tableBlock(t));
    if (!isWide(t)) return this.push(...tableBlock(t));
    this.closePortrait();
    this.landscape = [...tableBlock(t)];
  }
  close(): void {
    this.closeLandscape();
    this.closePortrait();
  }
  private closePortrait(): void {
    if (this.current.length) this.list.push({ properties: {}, children: this.current });
    this.current = [];
  }
  private closeLandscape(): void {
    if (this.landscape) this.list.push({ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: this.landscape });
    this.landscape = null;
  }
}

/**
 * Write an SNSA pack as a Word document: headings, narrative, each chart as a
 * PNG with its alt text set on the image (Word's "Alt Text" pane), the chart's
 * data as a table beneath it, and the baseline table for the CJOIP.
 *
 * @param pack - the assembled pack
 * @returns the `.docx` file as bytes
 * @example
 * ```ts
 * const bytes = await packToDocx(pack);
 * await writeFile('snsa.docx', bytes); // opens in Word with alt text on every chart
 * ```
 */
export async function packToDocx(pack: SnsaPack): Promise<Uint8Array> {
  const children = new Sections();
  children.push(
    new Paragraph({ text: xmlText(`${pack.topicTitle}: ${pack.areaName}`), heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: xmlText(`${pack.documentKind ?? 'Strategic Needs and Strengths Assessment data pack'}. Generated ${pack.generated} by cjsnsa (framework ${pack.frameworkVersion}).`),
        }),
      ],
    }),
  );
  children.push(new Paragraph({ children: [new TextRun({ text: xmlText(`Disclosure control: ${pack.disclosure}`) })] }));
  if (pack.synthetic) {
    children.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `This ${packNoun(pack)} includes synthetic demonstration data. Figures marked synthetic are not official statistics and must not be quoted as such.`,
            bold: true,
          }),
        ],
      }),
      new Paragraph(xmlText(pack.syntheticNote ?? SYNTHETIC_BANNER)),
    );
  }
  if (pack.warningGroups.length) {
    const total = pack.warningGroups.reduce((n, g) => n + g.count, 0);
    children.push(
      new Paragraph({ text: `Warnings about the data: ${total.toLocaleString('en-GB')}, of ${pack.warningGroups.length} kind${pack.warningGroups.length === 1 ? '' : 's'}`, heading: HeadingLevel.HEADING_2 }),
      ...pack.warningGroups.map((g) => new Paragraph({ text: xmlText(warningGroupLine(g)), bullet: { level: 0 } })),
    );
  }
  for (const section of pack.sections) {
    children.push(new Paragraph({ text: xmlText(section.title), heading: HeadingLevel.HEADING_1 }));
    for (const p of section.paragraphs) children.push(new Paragraph(xmlText(p)));
    for (const chart of section.charts) {
      const width = Math.min(A4_TEXT_WIDTH_PX, chart.width);
      const height = Math.round((chart.height * width) / chart.width);
      children.push(new Paragraph({ text: xmlText(chart.title), heading: HeadingLevel.HEADING_2 }));
      children.push(
        new Paragraph({
          alignment: AlignmentType.LEFT,
          children: [
            new ImageRun({
              type: 'png',
              data: chart.png,
              transformation: { width, height },
              altText: { name: xmlText(chart.id), title: xmlText(chart.title), description: xmlText(chart.altText) },
            }),
          ],
        }),
      );
      for (const n of chart.notes) children.push(new Paragraph({ children: [new TextRun({ text: xmlText(n), italics: true, size: 18 })] }));
      children.table(csvToTable(chart));
    }
    for (const t of section.tables) children.table(t);
  }
  children.push(new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1 }));
  for (const s of pack.plainSources) children.push(new Paragraph(xmlText(s)));
  children.push(new Paragraph(xmlText(`Licence: ${pack.licence}.`)));
  children.push(new Paragraph({ text: ANNEX_TITLE, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
  for (const p of pack.annex.paragraphs) children.push(new Paragraph(xmlText(p)));
  for (const t of pack.annex.tables) children.table(t);
  children.close();
  const doc = new Document({
    creator: 'cjsnsa',
    title: xmlText(`${pack.topicTitle}: ${pack.areaName}`),
    description: xmlText(pack.documentKind ?? 'Strategic Needs and Strengths Assessment data pack'),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: children.list,
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}

/** The chart's data as a pack table, so the Word document carries each chart's data beside it. */
function csvToTable(chart: PackChart): PackTable {
  return { id: `${chart.id}-data`, title: `Data: ${chart.title}`, columns: chart.data.columns, rows: chart.data.rows, notes: [] };
}
