import { Binary, byContentType } from '@yimen/shared/common';
import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { caseDeps } from './case-context.ts';
import { downloadDocument, listDocuments, verifyDocument } from './documents.service.ts';

const tags = ['documents'];

export default async function documentRoutes(app: App): Promise<void> {
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
    async (req) => listDocuments(caseDeps(app), req.ctx, req.params.id),
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
      const { pdf, fileName } = await downloadDocument(
        caseDeps(app),
        req.ctx,
        req.params.id,
        req.params.documentId,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
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
    async (req) => verifyDocument(app, req.params.code),
  );
}
