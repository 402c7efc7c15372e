import { formatChineseDate } from './chinese-date.ts';
import { contactLines, deliveryText } from './delivery-text.ts';
import type { ApplicantLine, Contact, Delivery, DocumentBase } from './document-types.ts';
import { assertMaskedId } from './document-types.ts';
import { addressee, field, heading, keyValueTable, paragraph, signature } from './notice-layout.ts';
import { renderPdf } from './pdf-document.ts';
import { validityText } from './validity.ts';

/** 准予行政许可决定书: the department grants the licence; the decision names the result and its validity. */
export interface ApprovalDecisionData extends DocumentBase, ApplicantLine {
  itemName: string;
  appliedAt: Date;
  /** 结果名称 of the item, e.g. 食品经营许可证. */
  resultName: string;
  /** 证件编号 of the result, when it has one. */
  resultNo?: string;
  validFrom?: Date;
  /** Absent = without time limit (长期). */
  validUntil?: Date;
  /** 许可内容, e.g. 经营场所, 主体业态, 经营项目. */
  particulars: Array<{ label: string; value: string }>;
  /** Defaults to 行政许可法 第三十八条第一款. */
  legalBasis?: string;
  delivery?: Delivery;
  contact?: Contact;
}

export const APPROVAL_DECISION_TITLE = '准予行政许可决定书';
const DEFAULT_BASIS = '《中华人民共和国行政许可法》第三十八条第一款';

export async function renderApprovalDecision(data: ApprovalDecisionData): Promise<Buffer> {
  assertMaskedId(data.applicantIdMasked);
  return renderPdf(
    {
      title: APPROVAL_DECISION_TITLE,
      issuer: data.issuer,
      issuedAt: data.issuedAt,
      verificationCode: data.verificationCode,
      verifyBaseUrl: data.verifyBaseUrl,
      keywords: [data.caseNo, data.documentNo, ...(data.resultNo ? [data.resultNo] : [])],
    },
    (doc) => {
      heading(doc, { issuer: data.issuer, title: APPROVAL_DECISION_TITLE, documentNo: data.documentNo });
      addressee(doc, `${data.applicantName}（证件号码：${data.applicantIdMasked}）`);
      paragraph(
        doc,
        `你（单位）于${formatChineseDate(data.appliedAt)}提出的“${data.itemName}”申请（办件编号：${data.caseNo}），` +
          `经审查，符合法定条件、标准。依据${data.legalBasis ?? DEFAULT_BASIS}的规定，本机关决定准予行政许可。` +
          '许可内容如下：',
      );
      keyValueTable(doc, [
        { label: '被许可人', value: `${data.applicantName}（${data.applicantIdMasked}）` },
        { label: '许可证件', value: data.resultName },
        ...(data.resultNo ? [{ label: '证件编号', value: data.resultNo }] : []),
        ...data.particulars,
        { label: '有效期限', value: validityText(data.validFrom, data.validUntil) },
      ]);
      if (data.delivery) field(doc, '证件送达', deliveryText(data.delivery, data.issuer));
      paragraph(
        doc,
        '被许可人应当按照许可内容依法从事相关活动，并接受监督检查；需要变更、延续许可的，应当依法提出申请。',
      );
      signature(doc, data.issuer, data.issuedAt, contactLines(data.contact));
    },
  );
}
