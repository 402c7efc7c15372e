import { formatChineseDate } from './chinese-date.ts';
import { deficiencySections, ORDINALS } from './deficiency-section.ts';
import { contactLines } from './delivery-text.ts';
import type { ApplicantLine, Contact, DocumentBase, MaterialDeficiency } from './document-types.ts';
import { assertMaskedId } from './document-types.ts';
import { addressee, field, heading, paragraph, signature } from './notice-layout.ts';
import { renderPdf } from './pdf-document.ts';

/**
 * 一次性告知书: at the window, everything that is missing or wrong, told once and completely, so the applicant comes
 * back only once (行政许可法 第三十二条第一款第（四）项: 当场或者在五日内一次告知申请人需要补正的全部内容).
 */
export interface OneTimeNoticeData extends DocumentBase, ApplicantLine {
  itemName: string;
  appliedAt: Date;
  deficiencies: MaterialDeficiency[];
  /** 受理条件 the applicant does not yet meet, each as one sentence. */
  unmetConditions: string[];
  /** Defaults to the Administrative Licensing Law article above. */
  legalBasis?: string;
  contact: Contact;
}

export const ONE_TIME_NOTICE_TITLE = '一次性告知书';
export const DEFAULT_DEFICIENCY_BASIS = '《中华人民共和国行政许可法》第三十二条第一款第（四）项';

export async function renderOneTimeNotice(data: OneTimeNoticeData): Promise<Buffer> {
  assertMaskedId(data.applicantIdMasked);
  return renderPdf(
    {
      title: ONE_TIME_NOTICE_TITLE,
      issuer: data.issuer,
      issuedAt: data.issuedAt,
      verificationCode: data.verificationCode,
      verifyBaseUrl: data.verifyBaseUrl,
      keywords: [data.caseNo, data.documentNo],
    },
    (doc) => {
      heading(doc, { issuer: data.issuer, title: ONE_TIME_NOTICE_TITLE, documentNo: data.documentNo });
      addressee(doc, `${data.applicantName}（证件号码：${data.applicantIdMasked}）`);
      paragraph(
        doc,
        `你（单位）于${formatChineseDate(data.appliedAt)}申请办理的“${data.itemName}”（办件编号：${data.caseNo}），` +
          '经审查，申请材料不齐全或者不符合法定形式，暂不予受理。现将需要补正的全部内容一次性告知如下：',
      );
      const n = deficiencySections(doc, data.deficiencies, data.unmetConditions, {
        materials: '需要补正的材料',
        conditions: '尚不具备的受理条件',
      });
      field(doc, `${ORDINALS[n]}、法律依据`, `${data.legalBasis ?? DEFAULT_DEFICIENCY_BASIS}。`);
      paragraph(
        doc,
        '请按上述要求补齐全部材料后，到任一综合窗口或通过网上办事大厅重新提交申请；材料齐全、符合法定形式的，本机关当场受理。',
      );
      paragraph(doc, '本告知书一次性告知。除上述内容外，本机关不再要求你（单位）补正其他材料。');
      signature(doc, data.issuer, data.issuedAt, contactLines(data.contact));
    },
  );
}
