import { formatChineseDate, formatChineseDateTime } from './chinese-date.ts';
import { deficiencySections, ORDINALS } from './deficiency-section.ts';
import { contactLines } from './delivery-text.ts';
import type { ApplicantLine, Contact, DocumentBase, MaterialDeficiency } from './document-types.ts';
import { assertMaskedId } from './document-types.ts';
import { addressee, field, heading, numbered, paragraph, sectionTitle, signature } from './notice-layout.ts';
import { renderPdf } from './pdf-document.ts';

/**
 * 补正通知书: the application needs corrections, all listed at once, to be resubmitted by a deadline. Usually from
 * the online pre-review (网上预审), where the applicant comes to a window only after the pre-review passes; also
 * when a department returns an accepted case for a correction.
 */
export interface CorrectionNoticeData extends DocumentBase, ApplicantLine {
  itemName: string;
  /** When the application was submitted. */
  submittedAt: Date;
  /** How it was submitted: online (the default) or at a window, where the correction is brought too. */
  channel?: 'online' | 'window';
  /** Which review found the gaps; 网上预审 by default, e.g. 部门审查 when a department returns the case. */
  reviewStage?: string;
  /** What the reviewer wrote, one line each; printed before the list of materials. */
  reasons?: string[];
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
  const online = (data.channel ?? 'online') === 'online';
  const reasons = data.reasons ?? [];
  if (!reasons.length && !data.deficiencies.length && !data.unmetConditions.length) {
    throw new Error('a correction notice must give a reason or list a material or condition');
  }
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
      const submitted = online
        ? `通过${portal}提交的“${data.itemName}”网上申请`
        : `提交的“${data.itemName}”申请`;
      paragraph(
        doc,
        `你（单位）于${formatChineseDateTime(data.submittedAt)}${submitted}` +
          `（办件编号：${data.caseNo}），经${data.reviewStage ?? '网上预审'}，需要补正以下内容：`,
      );
      let next = 0;
      if (reasons.length) {
        sectionTitle(doc, `${ORDINALS[next++]}、补正事项`);
        numbered(doc, reasons);
      }
      if (data.deficiencies.length || data.unmetConditions.length) {
        const gaps = { materials: '需要补正的材料', conditions: '尚不具备的条件' };
        next += deficiencySections(doc, data.deficiencies, data.unmetConditions, gaps, next);
      }
      const where = online ? `登录${portal}，按上述要求补正后重新提交` : '携带上述材料到任一综合窗口补正';
      const lapse = online ? '本次网上申请视为撤回' : '本次申请视为撤回';
      field(
        doc,
        `${ORDINALS[next++]}、补正期限`,
        `请于${formatChineseDate(data.deadline)}前${where}。逾期未补正的，${lapse}，你（单位）可重新申请。`,
      );
      if (data.legalBasis) field(doc, `${ORDINALS[next++]}、法律依据`, `${data.legalBasis}。`);
      if (online && !data.reviewStage) {
        paragraph(doc, '预审通过后，本机关将告知你（单位）办理方式；需要到场的，只需到窗口一次。');
      }
      paragraph(doc, '本通知一次性告知全部补正内容，除上述内容外不再要求补正其他材料。');
      signature(doc, data.issuer, data.issuedAt, contactLines(data.contact));
    },
  );
}
