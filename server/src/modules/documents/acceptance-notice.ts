import { formatChineseDate, formatChineseDateTime } from './chinese-date.ts';
import { contactLines, deliveryText, materialFormText } from './delivery-text.ts';
import type { ApplicantLine, Contact, Delivery, DocumentBase, ReceivedMaterial } from './document-types.ts';

/** A material the applicant did not have to bring, and why (e.g. proven by a jump verification). */
export interface WaivedMaterial {
  name: string;
  reason: string;
}

import { assertMaskedId } from './document-types.ts';
import { addressee, field, heading, paragraph, signature, table } from './notice-layout.ts';
import { renderPdf } from './pdf-document.ts';

/** 受理通知书: the application is complete and accepted; here is what we received and when it will be done. */
export interface AcceptanceNoticeData extends DocumentBase, ApplicantLine {
  itemName: string;
  acceptedAt: Date;
  /** 承诺办结日期, computed by the case module on the working-day calendar. */
  promisedDate: Date;
  /** 承诺办结时限 in working days; 0 marks an instant item (即办件). */
  promisedWorkingDays?: number;
  /** Exactly the materials the checklist marks received. */
  materials: ReceivedMaterial[];
  /** Materials the applicant need not bring (免于提交), each with why; listed apart, never as received. */
  waivedMaterials?: WaivedMaterial[];
  delivery: Delivery;
  contact: Contact;
  /** e.g. 《中华人民共和国行政许可法》第三十二条第一款第（五）项 (licensing items only). */
  legalBasis?: string;
}

export const ACCEPTANCE_NOTICE_TITLE = '受理通知书';

export async function renderAcceptanceNotice(data: AcceptanceNoticeData): Promise<Buffer> {
  assertMaskedId(data.applicantIdMasked);
  return renderPdf(
    {
      title: ACCEPTANCE_NOTICE_TITLE,
      issuer: data.issuer,
      issuedAt: data.issuedAt,
      verificationCode: data.verificationCode,
      verifyBaseUrl: data.verifyBaseUrl,
      keywords: [data.caseNo, data.documentNo],
    },
    (doc) => {
      heading(doc, { issuer: data.issuer, title: ACCEPTANCE_NOTICE_TITLE, documentNo: data.documentNo });
      addressee(doc, `${data.applicantName}（证件号码：${data.applicantIdMasked}）`);
      const basis = data.legalBasis ? `根据${data.legalBasis}的规定，` : '';
      paragraph(
        doc,
        `你（单位）于${formatChineseDate(data.acceptedAt)}提出的“${data.itemName}”申请（办件编号：${data.caseNo}），` +
          `经审查，申请材料齐全、符合法定形式，${basis}本机关决定予以受理。`,
      );
      paragraph(doc, '一、本机关收到你（单位）提交的申请材料如下：');
      table(
        doc,
        [
          { header: '序号', width: 40, align: 'center' },
          { header: '材料名称', width: '*' },
          { header: '材料形式', width: 96, align: 'center' },
          { header: '份数', width: 44, align: 'center' },
        ],
        data.materials.map((m, i) => [String(i + 1), m.name, materialFormText(m), String(m.copies)]),
      );
      const waived = data.waivedMaterials ?? [];
      if (waived.length > 0) {
        paragraph(doc, '下列材料经核实免于提交（未计入上表）：');
        table(
          doc,
          [
            { header: '序号', width: 40, align: 'center' },
            { header: '材料名称', width: '*' },
            { header: '免交理由', width: 180 },
          ],
          waived.map((m, i) => [String(i + 1), m.name, m.reason]),
        );
      }
      field(doc, '二、受理时间', formatChineseDateTime(data.acceptedAt));
      field(doc, '三、办结时限', promiseText(data));
      field(doc, '四、结果送达', deliveryText(data.delivery, data.issuer));
      paragraph(
        doc,
        '五、办理期间可凭办件编号在网上办事大厅或任一综合窗口查询进度；需现场核查的，本机关将另行通知。',
      );
      signature(doc, data.issuer, data.issuedAt, contactLines(data.contact));
    },
  );
}

function promiseText(data: AcceptanceNoticeData): string {
  const date = formatChineseDate(data.promisedDate);
  if (data.promisedWorkingDays === 0) return `即办件，当场办结（${date}）。`;
  if (data.promisedWorkingDays === undefined) return `${date}前办结。`;
  return `${data.promisedWorkingDays}个工作日，${date}前办结。`;
}
