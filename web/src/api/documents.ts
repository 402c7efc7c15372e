import type { CaseDocument } from '@yimen/shared/documents';
import { casePath } from './cases.ts';
import { api } from './client.ts';

/** Notices and results issued on a case: the server's contract (@yimen/shared/documents). */
export type { CaseDocument, DocumentKind } from '@yimen/shared/documents';

/** Query keys of a case's documents (文书). */
export const documentKeys = {
  all: ['documents'] as const,
  ofCase: (caseId: string) => ['documents', caseId] as const,
  /** The documents as of the case's `version`-th event: a new event may have issued one. */
  atVersion: (caseId: string, version: number) => ['documents', caseId, version] as const,
};

export const listDocuments = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: CaseDocument[] }>(`${casePath(caseId)}/documents`, undefined, signal).then((r) => r.items);

/** Where a browser opens the PDF (the same bytes every time). */
export const documentUrl = (caseId: string, documentId: string) =>
  `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}`;
