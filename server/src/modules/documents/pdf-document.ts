import PDFDocument from 'pdfkit';
import { FONT_FILES } from './fonts.ts';
import { formatVerificationCode, verificationPath } from './verification-code.ts';

/**
 * The frame every document is drawn in: A4, PDF/A-2b (fonts embedded, sRGB output intent, XMP metadata), Noto Sans
 * SC, and on every page a footer with the verification code. Rendering is reproducible: the PDF's dates and file
 * identifier come from `issuedAt`, so the same data always gives the same bytes (and the same digest).
 */

/** Sizes in points of the Chinese type sizes (字号) that GB/T 9704-2012 documents use. */
export const SIZE = { er: 22, xiaoEr: 18, san: 16, si: 14, xiaoSi: 12, wu: 10.5, xiaoWu: 9 } as const;
/** Fonts are named by their file paths: see fonts.ts for why. */
export const FONT = { regular: FONT_FILES.regular, bold: FONT_FILES.bold } as const;
export const COLOUR = { ink: '#000000', muted: '#4D4D4D', rule: '#8C8C8C', seal: '#D7141E', fill: '#EDEDED' };

const MM = 72 / 25.4;
/**
 * Left and right margins of GB/T 9704 (28 mm, 26 mm); top and bottom tightened from its 37/35 mm so that a notice
 * with its materials table fits one page with the footer.
 */
const MARGINS = { top: 25 * MM, left: 28 * MM, right: 26 * MM, bottom: 30 * MM };

export interface PdfFrame {
  /** PDF title, e.g. 受理通知书 — shown by viewers instead of the file name. */
  title: string;
  issuer: string;
  /** Becomes the PDF creation date and seeds the file identifier. */
  issuedAt: Date;
  /** The document's 核验码, printed in every footer; absent on a blank form, which certifies nothing. */
  verificationCode?: string;
  /** The footer of a document without a verification code. */
  footerNote?: string;
  /** e.g. https://yimen.chancheng.gov.cn; when absent the footer prints the path alone. */
  verifyBaseUrl?: string;
  /** Searchable metadata: case number, document number. */
  keywords: string[];
}

export type Pdf = PDFKit.PDFDocument;

/** Draws a document with `draw` inside the standard frame and returns the finished PDF. */
export function renderPdf(frame: PdfFrame, draw: (doc: Pdf) => void): Promise<Buffer> {
  // Validate before any drawing so a bad code never reaches paper.
  const code = frame.verificationCode;
  const footer: Footer = code
    ? {
        display: formatVerificationCode(code),
        url: `${(frame.verifyBaseUrl ?? '').replace(/\/+$/, '')}${verificationPath(code)}`,
      }
    : { note: frame.footerNote ?? '' };
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: 'zh-CN',
    displayTitle: true,
    bufferPages: true,
    // Start in Noto Sans SC, so pdfkit never loads its default Helvetica (PDF/A wants every font embedded).
    font: FONT.regular,
    info: {
      Title: frame.title,
      Author: frame.issuer,
      Subject: `${frame.title} ${frame.keywords.join(' ')}`,
      Keywords: frame.keywords.join(' '),
      Creator: 'Yimen 一门',
      Producer: 'Yimen 一门 (PDFKit)',
      CreationDate: frame.issuedAt,
      ModDate: frame.issuedAt,
    },
  });
  doc.fontSize(SIZE.si).fillColor(COLOUR.ink);

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      stampFooters(doc, footer);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

type Footer = { display: string; url: string } | { note: string };

function stampFooters(doc: Pdf, footer: Footer): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    const left = margins.left;
    const lineWidth = width - margins.left - margins.right;
    const top = height - bottom + 14;
    doc
      .moveTo(left, top)
      .lineTo(left + lineWidth, top)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.fillColor(COLOUR.muted).font(FONT.bold).fontSize(SIZE.xiaoWu);
    if ('url' in footer) doc.text(`文书核验码：${footer.display}`, left, top + 6, { lineBreak: false });
    else doc.font(FONT.regular).text(footer.note, left, top + 6, { lineBreak: false });
    doc.font(FONT.regular);
    doc.text(`第 ${i - start + 1} 页 / 共 ${count} 页`, left, top + 6, {
      width: lineWidth,
      align: 'right',
      lineBreak: false,
    });
    if ('url' in footer) {
      doc.text(`可在 ${footer.url} 核验本文书真伪`, left, top + 20, { lineBreak: false });
      doc.text(`Verify at ${footer.url}`, left, top + 32, { lineBreak: false });
    }
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(COLOUR.ink);
}
