import type { DocumentKind } from '@yimen/shared/documents';
import { type AcceptanceNoticeData, renderAcceptanceNotice } from './acceptance-notice.ts';
import { type ApprovalDecisionData, renderApprovalDecision } from './approval-decision.ts';
import { type CertificateData, renderCertificate } from './certificate.ts';
import { type CorrectionNoticeData, renderCorrectionNotice } from './correction-notice.ts';
import { type OneTimeNoticeData, renderOneTimeNotice } from './one-time-notice.ts';
import { type RefusalNoticeData, renderRefusalNotice } from './refusal-notice.ts';

/**
 * The documents (文书) of the one-window service. Each renderer is a pure function of its data: the same data gives
 * the same PDF bytes, so the digest stored at issue (`documentDigest`) can be checked against any copy presented.
 */

export * from './acceptance-notice.ts';
export * from './approval-decision.ts';
export * from './certificate.ts';
export * from './chinese-date.ts';
export * from './correction-notice.ts';
export { DELIVERY_METHOD_ZH } from './delivery-text.ts';
export * from './document-types.ts';
export * from './one-time-notice.ts';
export * from './pickup-code.ts';
export * from './refusal-notice.ts';
export * from './verification-code.ts';

/** Every document kind with its data, for callers that store the kind beside the case. */
export type DocumentRequest =
  | { kind: 'acceptance_notice'; data: AcceptanceNoticeData }
  | { kind: 'one_time_notice'; data: OneTimeNoticeData }
  | { kind: 'refusal_notice'; data: RefusalNoticeData }
  | { kind: 'correction_notice'; data: CorrectionNoticeData }
  | { kind: 'approval_decision'; data: ApprovalDecisionData }
  | { kind: 'certificate'; data: CertificateData };

/** The kinds are the contract's (@yimen/shared/documents); the tables of the kinds are keyed by them. */
export type { DocumentKind };

/** Chinese names of the kinds, for lists and audit records (a certificate is titled by its result name). */
export const DOCUMENT_KIND_ZH: Record<DocumentKind, string> = {
  acceptance_notice: '受理通知书',
  one_time_notice: '一次性告知书',
  refusal_notice: '不予受理通知书',
  correction_notice: '补正通知书',
  approval_decision: '准予行政许可决定书',
  certificate: '证照',
};

export function renderDocument(request: DocumentRequest): Promise<Buffer> {
  switch (request.kind) {
    case 'acceptance_notice':
      return renderAcceptanceNotice(request.data);
    case 'one_time_notice':
      return renderOneTimeNotice(request.data);
    case 'refusal_notice':
      return renderRefusalNotice(request.data);
    case 'correction_notice':
      return renderCorrectionNotice(request.data);
    case 'approval_decision':
      return renderApprovalDecision(request.data);
    case 'certificate':
      return renderCertificate(request.data);
  }
}
