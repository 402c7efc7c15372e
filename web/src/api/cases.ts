import type { CaseAction } from '@yimen/shared/case-actions';
import type {
  ApplicantFlag as ApplicantFlagSchema,
  CaseCondition as CaseConditionSchema,
  CaseEvent as CaseEventSchema,
  CaseFileSummary,
  CaseMaterial as CaseMaterialSchema,
  CaseNode as CaseNodeSchema,
  CaseVerification as CaseVerificationSchema,
  CaseView as CaseViewSchema,
  DeliveryView,
  Shortfall as ShortfallSchema,
} from '@yimen/shared/case-view';
import type {
  ActionBody,
  ChecklistBody,
  OpenCaseBody,
  QueueEntry as QueueEntrySchema,
  WindowWork as WindowWorkSchema,
  WorkEntry as WorkEntrySchema,
} from '@yimen/shared/cases';
import type { Static } from 'typebox';
import { api } from './client.ts';

/** Shapes of the case API (server/src/modules/cases), as the server's contract (@yimen/shared) states them. */

export { CASE_ACTIONS, type CaseAction } from '@yimen/shared/case-actions';
export {
  DELIVERY_METHODS,
  type DeliveryMethod,
  type MaterialStatus,
  type NodeState,
} from '@yimen/shared/case-view';
export { CASE_STATES, type CaseState, TERMINAL_STATES } from '@yimen/shared/states';

export type CaseView = Static<typeof CaseViewSchema>;
export type CaseMaterial = Static<typeof CaseMaterialSchema>;
export type CaseCondition = Static<typeof CaseConditionSchema>;
export type Shortfall = Static<typeof ShortfallSchema>;
export type CaseVerification = Static<typeof CaseVerificationSchema>;
export type CaseNode = Static<typeof CaseNodeSchema>;
export type CaseEvent = Static<typeof CaseEventSchema>;
/** A file uploaded for one material of the checklist. */
export type CaseFile = Static<typeof CaseFileSummary>;
export type ApplicantFlag = Static<typeof ApplicantFlagSchema>;
export type Delivery = Static<typeof DeliveryView>;
export type Necessity = CaseMaterial['necessity'];
export type HandlingType = CaseView['handlingType'];

export type OpenCaseInput = Static<typeof OpenCaseBody>;
export type Applicant = OpenCaseInput['applicant'];
export type ChecklistChanges = Static<typeof ChecklistBody>;
export type ActionInput = Static<typeof ActionBody>;
export type QueueEntry = Static<typeof QueueEntrySchema>;
/** A case waiting for the windows (see GET /window/work). */
export type WorkEntry = Static<typeof WorkEntrySchema>;
export type WindowWork = Static<typeof WindowWorkSchema>;

/** Query keys of cases: one case, and the lists of the windows' and departments' work. */
export const caseKeys = {
  all: ['cases'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  windowWork: () => ['cases', 'window-work'] as const,
  queue: () => ['cases', 'queue'] as const,
};

/** The API path of one case; its sub-resources (files, documents, rating) hang below it. */
export const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

/**
 * Opens a case. The idempotency key belongs to one form submission: a double click or a retry sends the same
 * key, and the server answers with the case it already opened instead of a second one.
 */
export const openCase = (input: OpenCaseInput, idempotencyKey: string) =>
  api
    .post<{ case: CaseView }>('/api/v1/cases', input, { 'idempotency-key': idempotencyKey })
    .then((r) => r.case);

/** Where a browser downloads one uploaded file (the session cookie authorises it). */
export const caseFileUrl = (caseId: string, fileId: string) =>
  `${casePath(caseId)}/files/${encodeURIComponent(fileId)}`;

export const getCase = (id: string, signal?: AbortSignal) =>
  api.get<{ case: CaseView }>(casePath(id), undefined, signal).then((r) => r.case);

export const recordChecklist = (id: string, changes: ChecklistChanges) =>
  api.patch<{ case: CaseView }>(`${casePath(id)}/checklist`, changes).then((r) => r.case);

export const takeAction = (id: string, action: CaseAction, input: ActionInput = {}) =>
  api.post<{ case: CaseView }>(`${casePath(id)}/actions/${action}`, input).then((r) => r.case);

/** Asks the departments every question without a good answer yet; the case comes back with the answers. */
export const runVerifications = (id: string) =>
  api.post<{ case: CaseView }>(`${casePath(id)}/verifications/run`).then((r) => r.case);

/** Questions whose answer is missing or not the one needed: they hold acceptance unless the item trusts first. */
export const blockingVerifications = (c: CaseView): CaseVerification[] =>
  (c.verifications ?? []).filter((v) => v.state !== 'answered' || v.answer !== v.expected);

export const getWindowWork = (signal?: AbortSignal) =>
  api.get<WindowWork>('/api/v1/window/work', undefined, signal);

export const listQueue = (signal?: AbortSignal) =>
  api.get<{ items: QueueEntry[] }>('/api/v1/queue', undefined, signal).then((r) => r.items);
