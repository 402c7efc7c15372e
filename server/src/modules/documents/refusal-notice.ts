import { formatChineseDate } from './chinese-date.ts';
import { contactLines } from './delivery-text.ts';
import type { ApplicantLine, Contact, DocumentBase } from './document-types.ts';
import { assertMaskedId } from './document-types.ts';
import { addressee, heading, numbered, paragraph, signature } from './notice-layout.ts';
import { renderPdf } from './pdf-document.ts';

/** 不予受理通知书: the application is not accepted, with the reasons and the applicant's remedies. */
export interface RefusalNoticeData extends DocumentBase, ApplicantLine {
  itemName: string;
  appliedAt: Date;
  /** Each reason as one sentence the applicant can check. */
  reasons: string[];
  /** e.g. 《中华人民共和国行政许可法》第三十二条第一款第（二）项 */
  legalBasis?: string;
  /** When the matter belongs to another body, the body to apply to (行政许可法 第三十二条第一款第（二）项). */
  competentAuthority?: string;
  /** The paper materials were handed back at the window. */
  materialsReturned?: boolean;
  /** 行政复议机关, e.g. 佛山市禅城区人民政府. */
  reviewBody: string;
  /** Court of first instance, e.g. 佛山市禅城区人民法院. */
  court: string;
  contact?: Contact;
}

export const REFUSAL_NOTICE_TITLE = '不予受理通知书';

/**
 * The standard statement of remedies: 行政复议 within 60 days (行政复议法 2023 第二十条) or 行政诉讼 within six
 * months (行政诉讼法 第四十六条), both counted from receipt of the notice.
 */
export function remediesText(reviewBody: string, court: string): string {
  return (
    `如不服本决定，你（单位）可以自收到本通知书之日起六十日内向${reviewBody}申请行政复议，` +
    `也可以自收到本通知书之日起六个月内依法向${court}提起行政诉讼。`
  );
}

export async function renderRefusalNotice(data: RefusalNoticeData): Promise<Buffer> {
  assertMaskedId(data.applicantIdMasked);
  if (data.reasons.length === 0) throw new Error('a refusal must give at least one reason');
  return renderPdf(
    {
      title: REFUSAL_NOTICE_TITLE,
      issuer: data.issuer,
      issuedAt: data.issuedAt,
      verificationCode: data.verificationCode,
      verifyBaseUrl: data.verifyBaseUrl,
      keywords: [data.caseNo, data.documentNo],
    },
    (doc) => {
      heading(doc, { issuer: data.issuer, title: REFUSAL_NOTICE_TITLE, documentNo: data.documentNo });
      addressee(doc, `${data.applicantName}（证件号码：${data.applicantIdMasked}）`);
      const basis = data.legalBasis ? `依据${data.legalBasis}的规定，` : '';
      paragraph(
        doc,
        `你（单位）于${formatChineseDate(data.appliedAt)}提出的“${data.itemName}”申请（办件编号：${data.caseNo}），` +
          `经审查，${basis}本机关决定不予受理。理由如下：`,
      );
      numbered(doc, data.reasons);
      if (data.competentAuthority) {
        paragraph(doc, `请向${data.competentAuthority}提出申请。`);
      }
      if (data.materialsReturned) paragraph(doc, '你（单位）提交的申请材料已全部退回。');
      paragraph(doc, remediesText(data.reviewBody, data.court));
      signature(doc, data.issuer, data.issuedAt, contactLines(data.contact));
    },
  );
}
