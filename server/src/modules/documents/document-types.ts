import { idCheckChar, isCalendarDate } from '@yimen/shared/id-checks';

/** Input shapes shared by the documents (文书) of the one-window service. */

/** What every document carries: who issues it, its number, the case, and the code that proves it. */
export interface DocumentBase {
  /** 出具机关, e.g. 佛山市禅城区行政服务中心: heads the document, signs it and rings the seal. */
  issuer: string;
  /** 文书编号, e.g. 禅行服受字〔2026〕123号 (see `formatDocumentNo`). */
  documentNo: string;
  /** 办件编号 of the case. */
  caseNo: string;
  /** 成文日期: printed above the seal; also the PDF's creation date, so re-rendering gives identical bytes. */
  issuedAt: Date;
  /** From `newVerificationCode()`; any accepted spelling. */
  verificationCode: string;
  /** Origin of the public site, e.g. https://yimen.chancheng.gov.cn; without it the footer prints /verify/{code}. */
  verifyBaseUrl?: string;
}

/** The applicant as printed: a person's ID number must arrive masked, an organisation's credit code may be whole. */
export interface ApplicantLine {
  applicantName: string;
  /** e.g. 440604********1234, or an 统一社会信用代码 for an organisation. */
  applicantIdMasked: string;
}

export interface Contact {
  /** 联系电话, e.g. 0757-83030000 */
  phone: string;
  /** Office or window, e.g. 禅城区行政服务中心一楼综合窗口 */
  office?: string;
  address?: string;
}

/** The catalogue's own vocabulary (catalogue/item-definition.ts Material), rendered in Chinese. */
export type OriginalOrCopy = 'original' | 'copy' | 'original_and_copy';
export type MaterialForm = 'paper' | 'electronic' | 'paper_or_electronic';

export interface ReceivedMaterial {
  name: string;
  copies: number;
  originalOrCopy?: OriginalOrCopy;
  form: MaterialForm;
}

/** One missing or defective material, with why and what exactly to bring. */
export interface MaterialDeficiency {
  name: string;
  problem: 'missing' | 'defective';
  /** e.g. 复印件未加盖公章 */
  reason: string;
  /** e.g. 提交加盖公章的营业执照复印件1份 */
  bring: string;
}

/** How the result reaches the applicant (送达方式). */
export interface Delivery {
  method: 'pickup' | 'mail' | 'online';
  /** 取件码 for collection at the window (`newPickupCode()`). */
  pickupCode?: string;
  /** Where to collect (pickup) or where it is posted (mail). */
  address?: string;
}

export const ORIGINAL_OR_COPY_ZH: Record<OriginalOrCopy, string> = {
  original: '原件',
  copy: '复印件',
  original_and_copy: '原件及复印件',
};

export const MATERIAL_FORM_ZH: Record<MaterialForm, string> = {
  paper: '纸质',
  electronic: '电子',
  paper_or_electronic: '纸质或电子',
};

/**
 * 文书编号 in the usual form 机关代字 + 〔年份〕 + 序号 + 号, e.g. 禅行服受字〔2026〕123号. The year sits in 六角括号 and
 * the serial has no leading zeros (GB/T 9704-2012 7.2.4).
 */
export function formatDocumentNo(prefix: string, year: number, serial: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(serial) || serial < 1) {
    throw new Error('document number needs a whole year and a positive serial');
  }
  return `${prefix}〔${year}〕${serial}号`;
}

/**
 * Refuses a whole resident ID number (sensitive personal information, BRIEF §3): a valid birth date and a valid
 * GB 11643 check character mean it is one. An all-digit credit code of an organisation passes.
 */
export function assertMaskedId(value: string): void {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (isCalendarDate(birth) && idCheckChar(id.slice(0, 17)) === id[17]) {
    throw new Error('applicantIdMasked holds a whole resident ID number; pass the masked form');
  }
}
