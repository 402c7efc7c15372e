import { api, request } from './client.ts';
import type { AreaRef } from './types.ts';

/** Shapes of the city-governance API (server/src/modules/governance/events), as the 一网统管 screens read them. */

export const EVENT_STATES = [
  'reported',
  'dispatched',
  'disposed',
  'closed',
  'parked',
  'rejected',
  'voided',
  'merged',
] as const;
/** 上报 → 立案/派遣 → 处置 → 核查 → 结案, and the side roads (不予立案, 作废, 挂账, 合并). */
export type EventState = (typeof EVENT_STATES)[number];
export const OPEN_STATES: ReadonlySet<EventState> = new Set(['reported', 'dispatched', 'disposed', 'parked']);

export const GOV_ACTIONS = [
  'confirm',
  'reject',
  'void',
  'reclassify',
  'send_back',
  'dispose',
  'check_pass',
  'check_fail',
  'park',
  'resume',
  'supervise',
  'merge',
  'rate',
] as const;
export type GovAction = (typeof GOV_ACTIONS)[number];

export type Severity = 'general' | 'urgent' | 'critical';
export const SEVERITIES: readonly Severity[] = ['general', 'urgent', 'critical'];
export type Channel = 'citizen' | 'patrol' | 'hotline' | 'component' | 'open311' | 'import';
export type PhotoStage = 'report' | 'disposal' | 'check';

/** A text in both languages, as the server writes routing reasons. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface Suggestion {
  code: string;
  name: string;
  confidence: number;
}

/** Why the event went to its unit: a line of the responsibility list (规则), or the street's fallback (兜底). */
export interface Routing {
  reason?: Bilingual | null;
  fallback?: boolean;
  ruleId?: string | null;
  unitId?: string;
  /** Units before this one (a send-back or a corrected class routed the event again). */
  history?: { unitId: string | null; ruleId: string | null; reason: Bilingual | null }[];
  excluded?: string[];
}

export interface Classification {
  suggestions?: Suggestion[];
  chosen?: string;
  /** classifier, reporter (named by whoever reported) or operator (corrected at the centre). */
  by?: string;
  correctedFrom?: string;
}

/** An event as the lists show it (and as the live stream sends it). */
export interface EventSummary {
  id: string;
  eventNo: string;
  channel: Channel;
  state: EventState;
  classCode: string;
  className: string;
  classNameEn?: string;
  severity: Severity;
  description: string;
  address: string | null;
  lng: number;
  lat: number;
  streetCode?: string;
  communityCode?: string | null;
  gridCode: string;
  gridName: string;
  unitId: string | null;
  unitName: string | null;
  gridWorkerId?: string | null;
  routing: Routing;
  classification: Classification;
  reporter: { anonymous: boolean; name: string | null };
  reporterPhone?: string | null;
  duplicateOf?: string | null;
  supervisedAt: string | null;
  reworkCount: number;
  sendbackCount: number;
  reportedAt: string;
  registeredAt: string | null;
  dispatchedAt: string | null;
  disposedAt: string | null;
  closedAt: string | null;
  acceptDueAt: string | null;
  disposeDueAt: string | null;
  verifyDueAt: string | null;
  overdueAt: string | null;
  rating: number | null;
}

export interface EventTask {
  id: string;
  kind: 'confirm' | 'dispose' | 'check';
  unitId: string | null;
  userId: string | null;
  state: 'open' | 'done' | 'returned' | 'cancelled';
  dueAt: string | null;
  createdAt: string;
  doneAt: string | null;
  outcome: Record<string, unknown>;
}

export interface EventLogEntry {
  at: string;
  actor: string | null;
  /** An action (report, confirm, dispose …), or what the system did (photo, overdue …). */
  action: string;
  from: EventState | null;
  to: EventState | null;
  details: Record<string, unknown> | null;
}

export interface EventPhoto {
  id: string;
  stage: PhotoStage;
  mime: string;
  size: number;
  uploadedAt: string;
  url: string;
}

export interface PossibleDuplicate {
  id: string;
  eventNo: string;
  description: string;
  reportedAt: string;
  state: EventState;
  distanceM: number;
}

export interface GovEvent extends EventSummary {
  tasks: EventTask[];
  timeline: EventLogEntry[];
  /** Staff only, while the event is open. */
  possibleDuplicates: PossibleDuplicate[];
  /** Absent on servers without event photos. */
  photos?: EventPhoto[];
}

export interface MajorClass {
  code: string;
  name: string;
  nameEn: string;
  kind: 'component' | 'event';
}

export interface MinorClass {
  code: string;
  name: string;
  nameEn: string;
  majorCode: string;
  kind: 'component' | 'event';
  defaultSeverity: Severity;
}

export interface Taxonomy {
  majors: MajorClass[];
  minors: MinorClass[];
}

export interface ReportInput {
  description: string;
  lng?: number;
  lat?: number;
  addressText?: string;
  componentId?: string;
  classCode?: string;
  severity?: Severity;
  anonymous?: boolean;
  reporterName?: string;
  reporterPhone?: string;
  channel?: Channel;
}

export interface ActionInput {
  note?: string;
  reasons?: string[];
  classCode?: string;
  into?: string;
  rating?: number;
}

export interface Located {
  district: AreaRef;
  street: AreaRef;
  community: AreaRef;
  grid: AreaRef;
  microGrid: AreaRef;
}

export const eventPath = (id: string) => `/api/v1/gov/events/${encodeURIComponent(id)}`;

/** The live stream of the caller's scope (Server-Sent Events; the session cookie goes along). */
export const EVENT_STREAM_URL = '/api/v1/gov/stream';

/**
 * Reports a problem. The idempotency key belongs to one form submission: a double click or a retry sends the same
 * key and gets the event already created instead of a second one.
 */
export const reportEvent = (input: ReportInput, idempotencyKey: string) =>
  api
    .post<{ event: GovEvent }>('/api/v1/gov/events', input, { 'idempotency-key': idempotencyKey })
    .then((r) => r.event);

export interface ListQuery {
  open?: boolean;
  state?: EventState;
  limit?: number;
}

export const listEvents = (query: ListQuery, signal?: AbortSignal) =>
  api.get<{ events: EventSummary[] }>('/api/v1/gov/events', { ...query }, signal).then((r) => r.events);

export const getEvent = (id: string, signal?: AbortSignal) =>
  api.get<{ event: GovEvent }>(eventPath(id), undefined, signal).then((r) => r.event);

/** One step of the event; `event` is null when the caller no longer sees it (a unit that sent it back). */
export const takeEventAction = (id: string, action: GovAction, input: ActionInput = {}) =>
  api.post<{ from: EventState; to: EventState; event: GovEvent | null }>(
    `${eventPath(id)}/actions/${action}`,
    input,
  );

/** The classifier's top three for a report text (asked while the reporter types). */
export const classifyText = (text: string, signal?: AbortSignal, componentClass?: string) =>
  request<{ suggestions: Suggestion[] }>('POST', '/api/v1/gov/classify', {
    body: { text, componentClass },
    signal,
  }).then((r) => r.suggestions);

export const getTaxonomy = (signal?: AbortSignal) =>
  api.get<Taxonomy>('/api/v1/gov/taxonomy', undefined, signal);

/** The street, community and grid of a point; 422 with field `lng` when it lies outside the district. */
export const locatePoint = (lng: number, lat: number, signal?: AbortSignal) =>
  api.get<Located>('/api/v1/geo/locate', { lng, lat }, signal);

/** Adds a photo to a stage of the event: the image itself is the body. */
export const uploadEventPhoto = (eventId: string, stage: PhotoStage, file: Blob) =>
  api.uploadRaw<{ photo: EventPhoto }>(`${eventPath(eventId)}/photos`, file, { stage }).then((r) => r.photo);
