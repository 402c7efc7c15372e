import { formatChineseDate } from './chinese-date.ts';
import { COLOUR, FONT, type Pdf, SIZE } from './pdf-document.ts';
import { drawSeal } from './seal.ts';

/**
 * The building blocks of a notice in the manner of GB/T 9704-2012: a centred bold title, the document number on
 * the right, the addressee flush left, paragraphs indented two characters, the signature and date on the right
 * with the seal over them.
 */

const BODY = SIZE.si;
const LINE_GAP = 1;
const INDENT = 2 * BODY;
/** A 42 mm seal, the usual size for an agency's seal. */
const SEAL_RADIUS = 21 * (72 / 25.4);
/** How far below the top of the signature line the seal's centre sits. */
const SEAL_DROP = 14;

const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const left = (doc: Pdf) => doc.page.margins.left;

export interface Heading {
  issuer: string;
  title: string;
  documentNo: string;
}

export function heading(doc: Pdf, h: Heading): void {
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(SIZE.san).fillColor(COLOUR.ink);
  doc.text(h.issuer, left(doc), doc.page.margins.top, { width, align: 'center', characterSpacing: 1 });
  doc.moveDown(0.2);
  doc.fontSize(SIZE.er).text(h.title, { width, align: 'center', characterSpacing: 4 });
  doc.moveDown(0.1);
  doc.font(FONT.regular).fontSize(SIZE.si).text(h.documentNo, { width, align: 'right' });
  const y = doc.y + 4;
  doc
    .moveTo(left(doc), y)
    .lineTo(left(doc) + width, y)
    .lineWidth(1.2)
    .strokeColor(COLOUR.seal)
    .stroke();
  doc.x = left(doc);
  doc.y = y + 12;
  body(doc);
}

function body(doc: Pdf): void {
  doc.font(FONT.regular).fontSize(BODY).fillColor(COLOUR.ink);
}

/** 主送: the addressee, flush left, ending in a full-width colon. */
export function addressee(doc: Pdf, text: string): void {
  body(doc);
  doc.text(`${text}：`, left(doc), doc.y, { width: contentWidth(doc), lineGap: LINE_GAP });
}

/** A body paragraph, first line indented by two characters. */
export function paragraph(doc: Pdf, text: string): void {
  body(doc);
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc), indent: INDENT, lineGap: LINE_GAP });
}

/** A bold section title inside the body, e.g. 一、需要补正的材料. */
export function sectionTitle(doc: Pdf, text: string): void {
  doc.font(FONT.bold).fontSize(BODY);
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc), indent: INDENT, lineGap: LINE_GAP });
  body(doc);
}

/** A line "label：value" with the label in bold, indented like a paragraph. */
export function field(doc: Pdf, label: string, value: string): void {
  doc.font(FONT.bold).fontSize(BODY);
  doc.text(`${label}：`, left(doc), doc.y, {
    width: contentWidth(doc),
    indent: INDENT,
    lineGap: LINE_GAP,
    continued: true,
  });
  doc.font(FONT.regular).text(value);
  body(doc);
}

/** A numbered list of lines (1. … 2. …), hanging under the paragraph indent. */
export function numbered(doc: Pdf, lines: string[]): void {
  body(doc);
  lines.forEach((line, i) => {
    doc.text(`${i + 1}. ${line}`, left(doc) + INDENT, doc.y, {
      width: contentWidth(doc) - INDENT,
      lineGap: LINE_GAP,
    });
  });
}

export interface Column {
  header: string;
  /** Points, or '*' to share what is left. */
  width: number | '*';
  align?: 'left' | 'center';
}

/** A ruled table with a shaded bold header row, in 五号 (10.5 pt). */
export function table(doc: Pdf, columns: Column[], rows: string[][]): void {
  doc.moveDown(0.2);
  doc.font(FONT.regular).fontSize(SIZE.wu);
  const cell = (text: string, column: Column, header: boolean) => ({
    text,
    align: { x: header ? ('center' as const) : (column.align ?? 'left'), y: 'center' as const },
    ...(header ? { font: { src: FONT.bold }, backgroundColor: COLOUR.fill, type: 'TH' as const } : {}),
  });
  doc.table({
    position: { x: left(doc), y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: columns.map((c) => ({ width: c.width })),
    defaultStyle: { border: 0.75, borderColor: COLOUR.ink, padding: [3, 6] },
    data: [
      columns.map((c) => cell(c.header, c, true)),
      ...rows.map((row) => row.map((text, i) => cell(text, columns[i]!, false))),
    ],
  });
  doc.x = left(doc);
  body(doc);
  doc.moveDown(0.4);
}

/** A two-column table of label and value, the labels shaded, in 小四 (12 pt). */
export function keyValueTable(doc: Pdf, rows: Array<{ label: string; value: string }>): void {
  doc.moveDown(0.2);
  doc.font(FONT.regular).fontSize(SIZE.xiaoSi);
  doc.table({
    position: { x: left(doc), y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: [{ width: 110 }, { width: '*' }],
    defaultStyle: { border: 0.75, borderColor: COLOUR.ink, padding: [5, 8] },
    data: rows.map((row): PDFKit.Mixins.CellOptions[] => [
      {
        text: row.label,
        font: { src: FONT.bold },
        backgroundColor: COLOUR.fill,
        align: { x: 'center', y: 'center' },
        type: 'TH',
      },
      { text: row.value, align: { x: 'left', y: 'center' } },
    ]),
  });
  doc.x = left(doc);
  body(doc);
  doc.moveDown(0.4);
}

/**
 * 落款: the issuer's name centred over the date, the date four characters from the right margin, the seal over
 * both. Starts a new page when the seal would not fit, so it never splits from the date. `aside` lines (contact
 * details) go to the left of the seal, where they take no extra height.
 */
export function signature(doc: Pdf, issuer: string, date: Date, aside: string[] = []): void {
  body(doc);
  const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
  // GB/T 9704 7.3.5.1: the seal's top stays clear of the body text above it.
  const gapAbove = Math.max(lineHeight, SEAL_RADIUS - SEAL_DROP + 2);
  // The two lines must fit above the bottom margin; the seal may dip into the margin, not into the footer.
  const below = Math.max(2 * lineHeight, SEAL_DROP + SEAL_RADIUS - 12);
  if (doc.y + gapAbove + below > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  } else {
    doc.y += gapAbove;
  }
  const dateText = formatChineseDate(date);
  const rightEdge = left(doc) + contentWidth(doc) - 2 * BODY;
  const blockWidth = Math.max(doc.widthOfString(issuer), doc.widthOfString(dateText));
  const blockLeft = rightEdge - blockWidth;
  const top = doc.y;
  doc.text(issuer, blockLeft, top, { width: blockWidth, align: 'center', lineGap: LINE_GAP });
  doc.text(dateText, blockLeft, doc.y, { width: blockWidth, align: 'center', lineGap: LINE_GAP });
  const bottom = doc.y;
  // GB/T 9704 7.3.5.1: the seal presses on the signature and date, which sit around and below its centre.
  drawSeal(doc, { x: blockLeft + blockWidth / 2, y: top + SEAL_DROP, name: issuer, radius: SEAL_RADIUS });
  let asideBottom = top;
  if (aside.length > 0) {
    const sealLeft = blockLeft + blockWidth / 2 - SEAL_RADIUS;
    doc.font(FONT.regular).fontSize(SIZE.wu).fillColor(COLOUR.muted);
    doc.text(aside.join('\n'), left(doc), top + 4, { width: sealLeft - left(doc) - 12, lineGap: 3 });
    asideBottom = doc.y;
  }
  body(doc);
  doc.x = left(doc);
  doc.y = Math.max(bottom, asideBottom) + 8;
}
