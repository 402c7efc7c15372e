import type { DocumentBase } from './document-types.ts';
import { assertMaskedId } from './document-types.ts';
import { signature } from './notice-layout.ts';
import { COLOUR, FONT, type Pdf, renderPdf, SIZE } from './pdf-document.ts';
import { validityText } from './validity.ts';

/** A certificate-like result page for registrations and licences (登记证, 备案证明, 许可证). */
export interface CertificateData extends DocumentBase {
  /** 结果名称, the big title, e.g. 食品经营许可证, 个体工商户登记证. */
  resultName: string;
  /** 证书编号 */
  certificateNo: string;
  /** 持证人: a person's or an organisation's name. */
  holderName: string;
  /** A person's masked ID number or an organisation's credit code. */
  holderIdMasked: string;
  /** The item under which it was issued. */
  itemName: string;
  /** Registered particulars, in order, e.g. 经营场所, 经营项目. */
  particulars: Array<{ label: string; value: string }>;
  validFrom?: Date;
  validUntil?: Date;
}

const FRAME = '#8E1B1F';
const MM = 72 / 25.4;

export async function renderCertificate(data: CertificateData): Promise<Buffer> {
  assertMaskedId(data.holderIdMasked);
  return renderPdf(
    {
      title: data.resultName,
      issuer: data.issuer,
      issuedAt: data.issuedAt,
      verificationCode: data.verificationCode,
      verifyBaseUrl: data.verifyBaseUrl,
      keywords: [data.caseNo, data.documentNo, data.certificateNo],
    },
    (doc) => {
      drawFrame(doc);
      doc.on('pageAdded', () => drawFrame(doc));
      const { left, right, top } = doc.page.margins;
      const width = doc.page.width - left - right;
      doc.font(FONT.regular).fontSize(SIZE.wu).fillColor(COLOUR.muted);
      doc.text(`文书编号：${data.documentNo}　办件编号：${data.caseNo}`, left, top, {
        width,
        align: 'right',
      });
      doc.font(FONT.bold).fontSize(30).fillColor(COLOUR.ink);
      doc.text(data.resultName, left, top + 20 * MM, { width, align: 'center', characterSpacing: 6 });
      doc.moveDown(0.4);
      doc.font(FONT.regular).fontSize(SIZE.si);
      doc.text(`证书编号：${data.certificateNo}`, { width, align: 'center' });
      doc.y += 16 * MM;
      const rows = [
        { label: '持证人', value: data.holderName },
        { label: '证件号码', value: data.holderIdMasked },
        { label: '办理事项', value: data.itemName },
        ...data.particulars,
        { label: '有效期限', value: validityText(data.validFrom, data.validUntil) },
        { label: '发证机关', value: data.issuer },
      ];
      for (const row of rows) fieldRow(doc, row.label, row.value);
      doc.y += 10 * MM;
      signature(doc, data.issuer, data.issuedAt);
    },
  );
}

/** A double rule round the page, stopping above the footer. */
function drawFrame(doc: Pdf): void {
  const { width, height, margins } = doc.page;
  const x = 16 * MM;
  const y = 14 * MM;
  const w = width - 2 * x;
  const h = height - margins.bottom - y;
  doc.save();
  doc.lineWidth(2.5).strokeColor(FRAME).rect(x, y, w, h).stroke();
  doc
    .lineWidth(0.8)
    .rect(x + 5, y + 5, w - 10, h - 10)
    .stroke();
  doc.restore();
}

const LABEL_WIDTH = 88;

/** Label spread over a fixed width (持 证 人), value beside it with a hairline under it. */
function fieldRow(doc: Pdf, label: string, value: string): void {
  const left = doc.page.margins.left + 12;
  const width = doc.page.width - doc.page.margins.right - 12 - left;
  doc.font(FONT.bold).fontSize(SIZE.si).fillColor(COLOUR.ink);
  const valueHeight = doc.heightOfString(value, { width: width - LABEL_WIDTH - 24, lineGap: 2 });
  // Keep a label with its value: start the row on a new page when it would not fit.
  if (doc.y + valueHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  const chars = Array.from(label);
  const spacing = chars.length > 1 ? (LABEL_WIDTH - doc.widthOfString(label)) / (chars.length - 1) : 0;
  doc.text(label, left, top, { lineBreak: false, characterSpacing: Math.max(0, spacing) });
  doc.font(FONT.regular);
  doc.text(value, left + LABEL_WIDTH + 24, top, { width: width - LABEL_WIDTH - 24, lineGap: 2 });
  const bottom = doc.y + 2;
  doc
    .moveTo(left + LABEL_WIDTH + 20, bottom)
    .lineTo(left + width, bottom)
    .lineWidth(0.4)
    .strokeColor(COLOUR.rule)
    .stroke();
  doc.y = bottom + 10;
}
