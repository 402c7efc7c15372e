import { Binary, byContentType } from '@yimen/shared/common';
import { Type } from 'typebox';
import { AppError, bilingual } from '../../errors.ts';
import { type App, errorResponses } from '../../http.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { DOCUMENT_KIND_ZH, documentDigest, normaliseVerificationCode } from '../documents/render.ts';
import { authorizeCaseRead } from './case-access.ts';
import { type DocumentRow, renderStored } from './case-documents.ts';
import { findCase, readNodes } from './cases.repo.ts';
import { caseNotFound } from './load-case.ts';

const tags = ['documents'];

export default async function documentRoutes(app: App): Promise<void> {
  async function readableCase(req: { ctx: Parameters<typeof authorizeCaseRead>[0] }, id: string) {
    const c = await findCase(app.db, req.ctx.districtCode, id);
    if (!c) throw caseNotFound();
    authorizeCaseRead(req.ctx, c, await readNodes(app.db, c.id));
    return c;
  }

  app.get(
    '/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'Notices and results issued on a case',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                kind: Type.String(),
                title: Type.String(),
                documentNo: Type.String(),
                verificationCode: Type.String(),
                issuedAt: Type.String(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const c = await readableCase(req, req.params.id);
      const r = await app.db.query<DocumentRow>(
        'SELECT * FROM case_documents WHERE case_id = $1 ORDER BY issued_at',
        [c.id],
      );
      return {
        items: r.rows.map((d) => ({
          id: d.id,
          kind: d.kind,
          title: DOCUMENT_KIND_ZH[d.kind],
          documentNo: d.document_no,
          verificationCode: d.verification_code,
          issuedAt: d.issued_at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Download a document as PDF (the same bytes every time)',
        params: Type.Object(
          { id: Type.String({ format: 'uuid' }), documentId: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
        response: { 200: byContentType({ 'application/pdf': Binary('application/pdf') }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const c = await readableCase(req, req.params.id);
      const r = await app.db.query<DocumentRow>(
        'SELECT * FROM case_documents WHERE id = $1 AND case_id = $2',
        [req.params.documentId, c.id],
      );
      const doc = r.rows[0];
      if (!doc)
        throw new AppError(
          'not_found',
          bilingual('没有这份文书', 'No such document on this case.'),
          'documentId',
        );
      const pdf = await renderStored(app.db, doc, c.case_no);
      await recordAudit(app.db, req.ctx, {
        action: 'document.download',
        targetType: 'case',
        targetId: c.case_no,
        details: { kind: doc.kind },
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${c.case_no}-${doc.kind}.pdf"`)
        .send(pdf);
    },
  );

  // Public: anyone holding a document can check it is genuine. It shows nothing personal.
  app.get(
    '/verify/:code',
    {
      schema: {
        tags,
        summary: 'Check a document by its verification code (public)',
        params: Type.Object(
          { code: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            valid: Type.Boolean(),
            kind: Type.String(),
            title: Type.String(),
            documentNo: Type.String(),
            issuer: Type.String(),
            issuedAt: Type.String(),
            digest: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const code = normaliseVerificationCode(req.params.code);
      if (!code) {
        throw new AppError(
          'validation_failed',
          bilingual('核验码格式不正确', 'That is not a verification code.'),
          'code',
        );
      }
      const r = await app.db.query<DocumentRow & { case_no: string }>(
        'SELECT d.*, c.case_no FROM case_documents d JOIN cases c ON c.id = d.case_id WHERE d.verification_code = $1',
        [code],
      );
      const doc = r.rows[0];
      if (!doc)
        throw new AppError(
          'not_found',
          bilingual('查无此文书，请注意文书真伪', 'No document has this code: it may be forged.'),
          'code',
        );
      // The digest is remembered at the first rendering; render once if nobody has downloaded it yet.
      const digest = doc.digest ?? documentDigest(await renderStored(app.db, doc, doc.case_no));
      return {
        valid: true,
        kind: doc.kind,
        title: DOCUMENT_KIND_ZH[doc.kind],
        documentNo: doc.document_no,
        issuer: doc.issuer,
        issuedAt: doc.issued_at.toISOString(),
        digest,
      };
    },
  );
}
