import { type Static, Type } from 'typebox';

/** The contract of the notices and results (文书) issued on a case, and of checking one by its code. */

export const DOCUMENT_KINDS = [
  'acceptance_notice', // 受理通知书
  'one_time_notice', // 一次性告知书
  'refusal_notice', // 不予受理通知书
  'correction_notice', // 补正通知书
  'approval_decision', // 准予行政许可决定书
  'certificate', // 证照
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const Kind = Type.Enum([...DOCUMENT_KINDS]);

export const CaseDocument = Type.Object({
  id: Type.String(),
  kind: Kind,
  /** The document's Chinese title, e.g. 受理通知书. */
  title: Type.String(),
  documentNo: Type.String(),
  /** Anyone holding the document can check it at /api/v1/verify/{code}. */
  verificationCode: Type.String(),
  issuedAt: Type.String(),
});
export type CaseDocument = Static<typeof CaseDocument>;

export const CaseDocumentList = Type.Object({ items: Type.Array(CaseDocument) });

export const CaseDocumentParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), documentId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const VerificationCodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

/** What anyone holding a document may learn of it: nothing personal. */
export const DocumentCheck = Type.Object({
  valid: Type.Boolean(),
  kind: Kind,
  title: Type.String(),
  documentNo: Type.String(),
  issuer: Type.String(),
  issuedAt: Type.String(),
  digest: Type.Union([Type.String(), Type.Null()]),
});
export type DocumentCheck = Static<typeof DocumentCheck>;
