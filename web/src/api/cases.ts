import type { CaseAction } from '@yimen/shared/case-actions';
import type { CaseState } from '@yimen/shared/states';
import { api } from './client.ts';

/** Shapes of the case API (server/src/modules/cases), as the one-window screens read them. */

export { CASE_ACTIONS, type CaseAction } from '@yimen/shared/case-actions';
export { CASE_STATES, type CaseState, TERMINAL_STATES } from '@yimen/shared/states';

export type MaterialStatus = 'pending' | 'received' | 'missing' | 'defective' | 'waived';
export type Necessity = 'required' | 'conditional' | 'optional';
export type HandlingType = 'instant' | 'commitment';
export type NodeState = 'waiting' | 'active' | 'approved' | 'rejected' | 'returned' | 'cancelled';

export interface CaseMaterial {
  id: string;
  name: string;
  necessity: Necessity;
  condition: string | null;
  originalOrCopy: 'original' | 'copy' | 'original_and_copy';
  form: 'paper' | 'electronic' | 'paper_or_electronic';
  copies: number;
  status: MaterialStatus;
  note: string | null;
}

export interface CaseCondition {
  id: string;
  text: string;
  /** null until the clerk has confirmed or denied it. */
  met: boolean | null;
}

export interface Shortfall {
  materials: { id: string; name: string; status: MaterialStatus; note: string | null }[];
  conditions: { id: string; text: string }[];
}

/** A yes/no question asked of a department's own system (跳转核验); only the signed answer comes back. */
export interface CaseVerification {
  id: string;
  /** household, marriage, social_insurance, business, property. */
  system: string;
  predicate: string;
  description: string;
  /** The answer that lets the case proceed. */
  expected: boolean;
  state: 'pending' | 'answered' | 'unavailable' | 'invalid';
  answer: boolean | null;
  /** The department has no record of the subject. */
  noRecord: boolean | null;
  attempts: number;
  lastError: string | null;
  answeredAt: string | null;
}

export interface CaseNode {
  id: string;
  nodeId: string;
  name: string;
  stageIndex: number;
  stageName: string;
  departmentId: string;
  state: NodeState;
  limitDays: number;
  activatedAt: string | null;
  dueAt: string | null;
  decidedAt: string | null;
  comment: string | null;
  overdue: boolean;
  escalated: boolean;
  checklist: { id: string; text: string; checked: boolean }[];
}

export interface CaseEvent {
  at: string;
  actor: string | null;
  action: string;
  from: CaseState | null;
  to: CaseState | null;
  nodeId: string | null;
  details: Record<string, unknown> | null;
}

/** A file the applicant uploaded for one material of the checklist. */
export interface CaseFile {
  id: string;
  materialId: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
  sha256?: string;
  /** The signed-in user uploaded it: the applicant may remove it while the application waits for them. */
  uploadedByYou?: boolean;
}

/** An unresolved finding of the cross-check on one of the applicant's earlier trust-first cases (先信任后审批). */
export interface ApplicantFlag {
  caseNo: string;
  itemName: string;
  predicate: string;
  raisedAt: string;
}

export const DELIVERY_METHODS = ['pickup', 'mail', 'online'] as const;
/** 送达方式: collect at the window, by EMS, or the electronic result online. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface Delivery {
  method: DeliveryMethod;
  /** False while nobody has chosen and the default (window pickup) applies. */
  chosen?: boolean;
  recipient: string | null;
  phoneMasked: string | null;
  address: string | null;
  /** 取件码, once the result waits at the window. */
  pickupCode?: string | null;
  /** EMS 运单号, once the result is posted. */
  trackingNo?: string | null;
}

export interface CaseView {
  id: string;
  caseNo: string;
  state: CaseState;
  channel: string;
  handlingType: HandlingType;
  item: { code: string; version: number; name: string; departmentId: string };
  applicant: { kind: 'person' | 'enterprise'; name: string };
  trustFirst: boolean;
  flagged: boolean;
  /** Findings on this applicant's earlier cases, for the clerk to check; absent on servers without them. */
  applicantFlags?: ApplicantFlag[];
  windowNo: string | null;
  acceptedAt: string | null;
  promisedDueAt: string | null;
  completedAt: string | null;
  closedReason: string | null;
  visits: number;
  createdAt: string;
  checklist: { materials: CaseMaterial[]; conditions: CaseCondition[] };
  shortfall: Shortfall;
  /** Absent on servers from before jump verification. */
  verifications?: CaseVerification[];
  nodes: CaseNode[];
  /** The applicant's uploaded files; absent on servers without uploads. */
  files?: CaseFile[];
  /** The chosen delivery of the result; null before a choice, absent on servers without delivery. */
  delivery?: Delivery | null;
  timeline: CaseEvent[];
  /** Exactly the actions this user may take now; the screens offer these and no others. */
  actions: CaseAction[];
}

export type Applicant = { kind: 'person'; idNumber: string } | { kind: 'enterprise'; creditCode: string };

export interface OpenCaseInput {
  itemCode: string;
  applicant: Applicant;
  agentIdNumber?: string;
  windowNo?: string;
  /** Open it although this applicant has an open case for the item (the server answers 409 otherwise). */
  despiteOpenCase?: boolean;
}

export interface ChecklistChanges {
  materials?: { id: string; status: MaterialStatus; note?: string }[];
  conditions?: { id: string; met: boolean }[];
}

export interface ActionInput {
  comment?: string;
  reasons?: string[];
  nodeId?: string;
  checked?: string[];
}

export interface QueueEntry {
  caseId: string;
  caseNo: string;
  itemName: string;
  applicantName: string;
  nodeId: string;
  nodeName: string;
  stageName: string;
  activatedAt: string;
  dueAt: string;
  msLeft: number;
  overdue: boolean;
  escalated: boolean;
}

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

/** A case waiting for the windows (see GET /window/work). */
export interface WorkEntry {
  id: string;
  caseNo: string;
  itemName: string;
  applicantName: string;
  state: CaseState;
  channel: 'window' | 'online';
  windowNo: string | null;
  createdAt: string;
  waitingSince: string;
}
export interface WindowWork {
  prereview: WorkEntry[];
  awaitingSeal: WorkEntry[];
  unfinished: WorkEntry[];
}
export const getWindowWork = (signal?: AbortSignal) =>
  api.get<WindowWork>('/api/v1/window/work', undefined, signal);

export const listQueue = (signal?: AbortSignal) =>
  api.get<{ items: QueueEntry[] }>('/api/v1/queue', undefined, signal).then((r) => r.items);
