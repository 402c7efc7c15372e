import multipart from '@fastify/multipart';
import { CaseEnvelope, CaseFileEnvelope } from '@yimen/shared/case-view';
import { CaseFileParams, MaterialFileParams, MaterialFileUpload } from '@yimen/shared/cases';
import { withConflict } from '@yimen/shared/common';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { attachmentDisposition } from '../../http/file-type.ts';
import { type App, errorResponses } from '../../http.ts';
import { caseDeps } from './case-context.ts';
import { caseErrors } from './cases.errors.ts';
import { downloadCaseFile } from './download-case-file.service.ts';
import { getCase } from './get-case.service.ts';
import { removeMaterialFile } from './remove-material-file.service.ts';
import { fileTooLarge, type IncomingFile, uploadMaterialFile } from './upload-material-file.service.ts';

const tags = ['cases'];

const noFile = () => caseErrors.fileMissing();

/** Reads the one file part of a multipart request, within the configured size. */
async function readUpload(app: App, req: FastifyRequest): Promise<IncomingFile> {
  const maxBytes = app.config.uploadMaxBytes;
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file({ limits: { files: 1, fileSize: maxBytes, fields: 5, parts: 6 } });
  } catch (err) {
    if (err instanceof app.multipartErrors.InvalidMultipartContentTypeError) throw noFile();
    throw err;
  }
  if (part?.fieldname !== 'file') throw noFile();
  try {
    return { fileName: part.filename, declaredType: part.mimetype, content: await part.toBuffer() };
  } catch (err) {
    if (err instanceof app.multipartErrors.RequestFileTooLargeError) throw fileTooLarge(maxBytes);
    throw err;
  }
}

/** Files of a case's materials: upload (multipart, this plugin only), download, and the applicant's removal. */
export default async function caseFileRoutes(app: App): Promise<void> {
  // Registered here, not for the whole API: only this route takes multipart bodies.
  await app.register(multipart, { throwFileSizeLimit: true });

  app.post(
    '/cases/:id/materials/:materialId/files',
    {
      schema: {
        tags,
        summary:
          'Upload a file of one material (multipart/form-data, field "file"; PDF, JPG or PNG, checked by content)',
        params: MaterialFileParams,
        body: MaterialFileUpload,
        response: {
          201: CaseFileEnvelope,
          ...errorResponses,
          409: Type.Ref('ErrorBody'),
          413: Type.Ref('ErrorBody'),
        },
      },
    },
    async (req, reply) => {
      const deps = caseDeps(app);
      const file = await uploadMaterialFile(deps, req.ctx, req.params.id, req.params.materialId, () =>
        readUpload(app, req),
      );
      return reply.status(201).send({ file, case: await getCase(deps, req.ctx, req.params.id) });
    },
  );

  app.get(
    '/cases/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Download a material file as uploaded (its checked type; an attachment)',
        params: CaseFileParams,
        response: {
          200: Type.Unsafe<Buffer>({
            description: 'The file: application/pdf, image/png or image/jpeg',
            type: 'string',
            format: 'binary',
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const file = await downloadCaseFile(caseDeps(app), req.ctx, req.params.id, req.params.fileId);
      return reply
        .header('content-type', file.content_type)
        .header('content-disposition', attachmentDisposition(file.file_name))
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  );

  app.delete(
    '/cases/:id/files/:fileId',
    {
      schema: {
        tags,
        summary:
          'Remove a file the applicant uploaded to their own application, while it waits for pre-review or a correction',
        params: CaseFileParams,
        response: { 200: CaseEnvelope, ...withConflict },
      },
    },
    async (req) => {
      const deps = caseDeps(app);
      await removeMaterialFile(deps, req.ctx, req.params.id, req.params.fileId);
      return { case: await getCase(deps, req.ctx, req.params.id) };
    },
  );
}
