import { CaseIdParams } from '@yimen/shared/cases';
import { Binary, byContentType, errorResponses } from '@yimen/shared/common';
import {
  CaseDocumentList,
  CaseDocumentParams,
  DocumentCheck,
  VerificationCodeParams,
} from '@yimen/shared/documents';
import type { App } from '../../http.ts';
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
        params: CaseIdParams,
        response: { 200: CaseDocumentList, ...errorResponses },
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
        params: CaseDocumentParams,
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
        params: VerificationCodeParams,
        response: { 200: DocumentCheck, ...errorResponses },
      },
    },
    async (req) => verifyDocument(app, req.params.code),
  );
}
