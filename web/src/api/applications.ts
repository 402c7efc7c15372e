import { queryOptions } from '@tanstack/react-query';
import type {
  DeliveryInput,
  MyCaseEntry as MyCaseEntrySchema,
  MyCases as MyCasesSchema,
} from '@yimen/shared/cases';
import type { RatingInput, RatingResult } from '@yimen/shared/ratings';
import type { Static } from 'typebox';
import { type Applicant, type CaseFile, type CaseView, casePath } from './cases.ts';
import { api } from './client.ts';

export type { DeliveryInput } from '@yimen/shared/cases';

/** The applicant's side of the case API: their own cases, online applications, uploads, delivery, rating. */

/** One of the applicant's own cases (我的办件), as GET /my/cases answers it. */
export type MyCaseEntry = Static<typeof MyCaseEntrySchema>;

/** Query keys of the applicant's own cases (我的办件). */
export const myCaseKeys = {
  all: ['my-cases'] as const,
  list: () => ['my-cases', 'list'] as const,
};

export const listMyCases = (signal?: AbortSignal) =>
  api.get<Static<typeof MyCasesSchema>>('/api/v1/my/cases', undefined, signal).then((r) => r.items);

/** 我的办件, as the list page and the portal's figures read it. */
export const myCasesQuery = () =>
  queryOptions({ queryKey: myCaseKeys.list(), queryFn: ({ signal }) => listMyCases(signal) });

/**
 * 在线申办: the case waits for pre-review. The idempotency key belongs to one application form: a double click or
 * a retry sends the same key, and the server answers with the case it already opened.
 */
export const applyOnline = (input: { itemCode: string; applicant: Applicant }, idempotencyKey: string) =>
  api
    .post<{ case: CaseView }>('/api/v1/applications', input, { 'idempotency-key': idempotencyKey })
    .then((r) => r.case);

/** Uploads one file for one material (multipart field `file`); the case comes back with it. */
export function uploadMaterialFile(caseId: string, materialId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<{ file: CaseFile; case: CaseView }>(
    `${casePath(caseId)}/materials/${encodeURIComponent(materialId)}/files`,
    form,
  );
}

/** Removes a file the applicant uploaded, while the application waits for pre-review or a correction. */
export const removeMaterialFile = (caseId: string, fileId: string) =>
  api
    .delete<{ case: CaseView }>(`${casePath(caseId)}/files/${encodeURIComponent(fileId)}`)
    .then((r) => r.case);

/** 送达方式. Answers with the case when the server sends it; otherwise the caller loads it again. */
export const setDelivery = (caseId: string, input: DeliveryInput) =>
  api
    .put<{ case?: CaseView } | undefined>(`${casePath(caseId)}/delivery`, input)
    .then((r) => r?.case ?? null);

/** 好差评: the levels, indicators and the rating itself are the server's contract (@yimen/shared/ratings). */
export {
  RATING_INDICATORS,
  RATING_LEVELS,
  type RatingIndicator,
  type RatingInput,
  type RatingLevel,
} from '@yimen/shared/ratings';

export const rateCase = (caseId: string, input: RatingInput) =>
  api.post<RatingResult>(`${casePath(caseId)}/rating`, input);
