import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PackChart, PackTable, SnsaPack } from '../snsa/pack-model.js';
import { columnLabel, displayCell } from './display-cell.js';
import { ANNEX_TITLE, SYNTHETIC_BANNER } from './html-report.js';
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

function tableBlock(t: PackTable): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map(
      (c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlText(columnLabel(c)), bold: true })] })] }),
    ),
  });
  const body = t.rows.map(
    (r) =>
      new TableRow({
        children: r.map((v, i) => new TableCell({ children: [new Paragraph(cellText(t.columns[i] ?? '', v))] })),
      }),
  );
  return [
    new Paragraph({ text: xmlText(t.title), heading: HeadingLevel.HEADING_3 }),
    new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
    ...t.notes.map((n) => new Paragraph({ children: [new TextRun({ text: xmlText(n), italics: true, size: 18 })] })),
  ];
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
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: xmlText(`${pack.topicTitle}: ${pack.areaName}`), heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: xmlText(`Strategic Needs and Strengths Assessment data pack. Generated ${pack.generated} by cjsnsa (framework ${pack.frameworkVersion}).`),
        }),
      ],
    }),
  ];
  children.push(new Paragraph({ children: [new TextRun({ text: xmlText(`Disclosure control: ${pack.disclosure}`) })] }));
  if (pack.synthetic) {
    children.push(
      new Paragraph({
        children: [
          new TextRun({
            text: 'This pack includes synthetic demonstration data. Figures marked synthetic are not official statistics and must not be quoted as such.',
            bold: true,
          }),
        ],
      }),
      new Paragraph(xmlText(SYNTHETIC_BANNER)),
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
      children.push(...tableBlock(csvToTable(chart)));
    }
    for (const t of section.tables) children.push(...tableBlock(t));
  }
  children.push(new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1 }));
  for (const s of pack.plainSources) children.push(new Paragraph(xmlText(s)));
  children.push(new Paragraph(xmlText(`Licence: ${pack.licence}.`)));
  children.push(new Paragraph({ text: ANNEX_TITLE, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
  for (const p of pack.annex.paragraphs) children.push(new Paragraph(xmlText(p)));
  for (const t of pack.annex.tables) children.push(...tableBlock(t));
  const doc = new Document({
    creator: 'cjsnsa',
    title: xmlText(`${pack.topicTitle}: ${pack.areaName}`),
    description: 'Strategic Needs and Strengths Assessment data pack',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}

/** The chart's data as a pack table, so the Word document carries each chart's data beside it. */
function csvToTable(chart: PackChart): PackTable {
  return { id: `${chart.id}-data`, title: `Data: ${chart.title}`, columns: chart.data.columns, rows: chart.data.rows, notes: [] };
}
