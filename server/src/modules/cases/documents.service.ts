import type { Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import {
  DOCUMENT_KIND_ZH,
  type DocumentRequest,
  documentDigest,
  normaliseVerificationCode,
  renderDocument,
} from '../documents/render.ts';
import type { RequestContext } from '../identity/actor.ts';
import { authorizeCaseRead } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import {
  type DocumentRow,
  findCaseDocument,
  findDocumentByCode,
  listCaseDocuments,
  rememberDigest,
} from './case-documents.repo.ts';
import { caseErrors } from './cases.errors.ts';
import { findCase, readNodes } from './cases.repo.ts';

const DATE_FIELDS = [
  'acceptedAt',
  'promisedDate',
  'appliedAt',
  'submittedAt',
  'deadline',
  'validFrom',
  'validUntil',
];

/** Renders a stored document to the same PDF bytes every time, and remembers their digest. */
async function renderStored(q: Queryable, doc: DocumentRow, caseNo: string): Promise<Buffer> {
  const data: Record<string, unknown> = { ...doc.data };
  for (const f of DATE_FIELDS) if (typeof data[f] === 'string') data[f] = new Date(data[f] as string);
  const request = {
    kind: doc.kind,
    data: {
      ...data,
      issuer: doc.issuer,
      documentNo: doc.document_no,
      caseNo,
      issuedAt: doc.issued_at,
      verificationCode: doc.verification_code,
    },
  } as DocumentRequest;
  const pdf = await renderDocument(request);
  if (!doc.digest) await rememberDigest(q, doc.id, documentDigest(pdf));
  return pdf;
}

/** The case, if this reader may read it (the same rule as the case itself). */
async function readableCase(deps: CaseDeps, ctx: RequestContext, id: string) {
  const c = await findCase(deps.db, ctx.districtCode, id);
  if (!c) throw caseErrors.notFound();
  authorizeCaseRead(ctx, c, await readNodes(deps.db, c.id));
  return c;
}

/** Notices and results issued on a case. */
export async function listDocuments(deps: CaseDeps, ctx: RequestContext, caseId: string) {
  const c = await readableCase(deps, ctx, caseId);
  const docs = await listCaseDocuments(deps.db, c.id);
  return {
    items: docs.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: DOCUMENT_KIND_ZH[d.kind],
      documentNo: d.document_no,
      verificationCode: d.verification_code,
      issuedAt: d.issued_at.toISOString(),
    })),
  };
}

/** One document as PDF (the same bytes every time), the download audited. */
export async function downloadDocument(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  documentId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const c = await readableCase(deps, ctx, caseId);
  const doc = await findCaseDocument(deps.db, c.id, documentId);
  if (!doc) throw caseErrors.noSuchDocument();
  const pdf = await renderStored(deps.db, doc, c.case_no);
  await recordAudit(deps.db, ctx, {
    action: 'document.download',
    targetType: 'case',
    targetId: c.case_no,
    details: { kind: doc.kind },
  });
  return { pdf, fileName: `${c.case_no}-${doc.kind}.pdf` };
}

/** Public: anyone holding a document can check it is genuine. It shows nothing personal. */
export async function verifyDocument(deps: Pick<CaseDeps, 'db'>, rawCode: string) {
  const code = normaliseVerificationCode(rawCode);
  if (!code) throw caseErrors.notAVerificationCode();
  const doc = await findDocumentByCode(deps.db, code);
  if (!doc) throw caseErrors.noDocumentWithCode();
  // The digest is remembered at the first rendering; render once if nobody has downloaded it yet.
  const digest = doc.digest ?? documentDigest(await renderStored(deps.db, doc, doc.case_no));
  return {
    valid: true,
    kind: doc.kind,
    title: DOCUMENT_KIND_ZH[doc.kind],
    documentNo: doc.document_no,
    issuer: doc.issuer,
    issuedAt: doc.issued_at.toISOString(),
    digest,
  };
}
