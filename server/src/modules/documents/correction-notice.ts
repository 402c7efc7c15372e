import { formatChineseDate, formatChineseDateTime } from './chinese-date.ts';
import { deficiencySections, ORDINALS } from './deficiency-section.ts';
import { contactLines } from './delivery-text.ts';
import type { ApplicantLine, Contact, DocumentBase, MaterialDeficiency } from './document-types.ts';
import { assertMaskedId } from './document-types.ts';
import { addressee, field, heading, paragraph, signature } from './notice-layout.ts';
import { renderPdf } from './pdf-document.ts';

/**
 * 补正通知书 of the online pre-review (网上预审): the online application needs corrections, all listed at once,
 * to be resubmitted online by a deadline. The applicant comes to a window only after the pre-review passes.
 */
export interface CorrectionNoticeData extends DocumentBase, ApplicantLine {
  itemName: string;
  /** When the online application was submitted. */
  submittedAt: Date;
  deficiencies: MaterialDeficiency[];
  unmetConditions: string[];
  /** 补正期限: after it the online application counts as withdrawn. */
  deadline: Date;
  /** Where to resubmit; 网上办事大厅 by default. */
  portal?: string;
  legalBasis?: string;
  contact: Contact;
}

export const CORRECTION_NOTICE_TITLE = '补正通知书';

export async function renderCorrectionNotice(data: CorrectionNoticeData): Promise<Buffer> {
  assertMaskedId(data.applicantIdMasked);
  const portal = data.portal ?? '网上办事大厅';
  return renderPdf(
    {
      title: CORRECTION_NOTICE_TITLE,
      issuer: data.issuer,
      issuedAt: data.issuedAt,
      verificationCode: data.verificationCode,
      verifyBaseUrl: data.verifyBaseUrl,
      keywords: [data.caseNo, data.documentNo],
    },
    (doc) => {
      heading(doc, { issuer: data.issuer, title: CORRECTION_NOTICE_TITLE, documentNo: data.documentNo });
      addressee(doc, `${data.applicantName}（证件号码：${data.applicantIdMasked}）`);
      paragraph(
        doc,
        `你（单位）于${formatChineseDateTime(data.submittedAt)}通过${portal}提交的“${data.itemName}”网上申请` +
          `（办件编号：${data.caseNo}），经网上预审，需要补正以下内容：`,
      );
      const n = deficiencySections(doc, data.deficiencies, data.unmetConditions, {
        materials: '需要补正的材料',
        conditions: '尚不具备的条件',
      });
      let next = n;
      field(
        doc,
        `${ORDINALS[next++]}、补正期限`,
        `请于${formatChineseDate(data.deadline)}前登录${portal}，按上述要求补正后重新提交。` +
          '逾期未补正的，本次网上申请视为撤回，你（单位）可重新申请。',
      );
      if (data.legalBasis) field(doc, `${ORDINALS[next++]}、法律依据`, `${data.legalBasis}。`);
      paragraph(doc, '预审通过后，本机关将告知你（单位）办理方式；需要到场的，只需到窗口一次。');
      paragraph(doc, '本通知一次性告知全部补正内容，除上述内容外不再要求补正其他材料。');
      signature(doc, data.issuer, data.issuedAt, contactLines(data.contact));
    },
  );
}
