/**
 * The city-governance API as the 一网统管 screens call it. The shapes are the server's contract
 * (@yimen/shared/events); the value lists below are what the screens offer.
 */

import type { Located } from '@yimen/shared/common';
import type {
  COMPONENT_STATUSES,
  ComponentItem as ComponentItemT,
  ComponentNearList,
} from '@yimen/shared/components';
import type { GovAction } from '@yimen/shared/event-actions';
import type {
  EventActionBody,
  EventActionResult,
  EventPhoto,
  EventSummary,
  GovEvent,
  ImportOutcome,
  IndicatorReport,
  PossibleDuplicate,
  ReportBody,
  RoutePreview,
  RoutingRule,
  RoutingRuleInput,
  MinorClass as SharedMinorClass,
  Taxonomy as SharedTaxonomy,
  Suggestion,
} from '@yimen/shared/events';
import { type EventState, OPEN_EVENT_STATES } from '@yimen/shared/states';
import { api, buildUrl, request } from './client.ts';

export type { Bilingual, Located } from '@yimen/shared/common';
export type {
  Classification,
  EventComponent,
  EventLogEntry,
  EventPhoto,
  EventSummary,
  EventTask,
  GovEvent,
  ImportOutcome,
  IndicatorReport,
  IndicatorRow,
  MajorClass,
  PossibleDuplicate,
  RoutePreview,
  RoutingRule,
  RoutingRuleInput,
  RuleTimeWindow,
  Suggestion,
  TimeLimit,
} from '@yimen/shared/events';
export type ReportInput = ReportBody;
export type ActionInput = EventActionBody;
/** Why a nearby report is likely the same problem, strongest first. */
export type DuplicateReason = PossibleDuplicate['reason'];
/** A minor class as the pickers read it (the taxonomy answers the whole class, TaxonomyMinor). */
export type MinorClass = Omit<TaxonomyMinor, 'keywords' | 'limits' | 'severityLimits' | 'components'>;
/** A minor class with everything an administrator edits; other fields the server keeps are passed through. */
export type TaxonomyMinor = SharedMinorClass;
/** The taxonomy in force as a whole document, as it is edited and saved. */
export type TaxonomyDocument = SharedTaxonomy;
/** The taxonomy as the pickers read it. */
export type Taxonomy = { majors: TaxonomyDocument['majors']; minors: MinorClass[] };
/** An event state the server wrote where its contract says only "a state" (timeline steps, likely duplicates). */
export const asEventState = (state: string) => state as EventState;

export { GOV_ACTIONS, type GovAction } from '@yimen/shared/event-actions';
export { EVENT_STATES, type EventState } from '@yimen/shared/states';
/** The open states as a set, for the lists' filters. */
export const OPEN_STATES: ReadonlySet<EventState> = new Set(OPEN_EVENT_STATES);

export type Severity = 'general' | 'urgent' | 'critical';
export const SEVERITIES: readonly Severity[] = ['general', 'urgent', 'critical'];
export type Channel = 'citizen' | 'patrol' | 'hotline' | 'component' | 'open311' | 'import';
export type PhotoStage = 'report' | 'confirm' | 'disposal' | 'check';

/**
 * The query keys of the governance screens. Everything about events sits under `events` (a change or a live message
 * invalidates the lot); lists are keyed by their query, details by id.
 */
export const govKeys = {
  all: ['gov'] as const,
  events: ['gov', 'events'] as const,
  eventLists: ['gov', 'events', 'list'] as const,
  eventList: (query: ListQuery) => ['gov', 'events', 'list', query] as const,
  eventDetails: ['gov', 'events', 'detail'] as const,
  event: (id: string) => ['gov', 'events', 'detail', id] as const,
  /** The classes in force: the pickers' view and the administrator's whole document share this prefix. */
  taxonomy: ['gov', 'taxonomy'] as const,
  taxonomyClasses: ['gov', 'taxonomy', 'classes'] as const,
  taxonomyDocument: ['gov', 'taxonomy', 'document'] as const,
  classify: (text: string, componentClass?: string) =>
    ['gov', 'classify', text, componentClass ?? null] as const,
  locate: (lng: number, lat: number) => ['gov', 'locate', lng, lat] as const,
  nearComponents: (query: NearQuery) => ['gov', 'components', 'near', query] as const,
  indicators: (query: IndicatorQuery) => ['gov', 'indicators', query] as const,
  routingRules: ['gov', 'routing-rules'] as const,
};

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
  api.post<EventActionResult>(`${eventPath(id)}/actions/${action}`, input);

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

// ---------- 部件 (server/src/modules/governance/components) ----------

/** 完好 / 破损 / 丢失 / 废弃 / 移除. */
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** A city component as the registry lists it (id: district (6) + class (5) + serial (6)). */
export type ComponentItem = ComponentItemT;
export type NearComponent = ComponentNearList['items'][number];

export interface NearQuery {
  lng: number;
  lat: number;
  /** Metres, at most 1,000. */
  radius?: number;
  /** At most 20. */
  limit?: number;
}

/** The components nearest to a point, within the radius, nearest first (staff only). */
export const nearComponents = (query: NearQuery, signal?: AbortSignal) =>
  api.get<{ items: NearComponent[] }>('/api/v1/components/near', { ...query }, signal).then((r) => r.items);

/** Adds a photo to a stage of the event: the image itself is the body. */
export const uploadEventPhoto = (eventId: string, stage: PhotoStage, file: Blob) =>
  api.uploadRaw<{ photo: EventPhoto }>(`${eventPath(eventId)}/photos`, file, { stage }).then((r) => r.photo);

/**
 * 事件批量导入: the CSV text as the body. A file with any bad row is refused whole (400, nothing stored) with
 * `details.problems` naming each row and column.
 */
export const importEvents = (csv: string) =>
  api.uploadRaw<ImportOutcome>('/api/v1/gov/events/import', new Blob([csv], { type: 'text/csv' }));

// ---------- 指标分析 (server/src/modules/governance/indicators) ----------

export const INDICATOR_GROUPINGS = ['street', 'unit', 'major', 'class', 'day', 'week', 'month'] as const;
/** What the indicators are counted by: a place, a unit, a class or a period. */
export type IndicatorGrouping = (typeof INDICATOR_GROUPINGS)[number];

export interface IndicatorQuery {
  groupBy: IndicatorGrouping;
  /** China dates, YYYY-MM-DD, both included; left out, the server takes its last 30 days. */
  from?: string;
  to?: string;
}

const INDICATORS_PATH = '/api/v1/gov/indicators';

export const getIndicators = (query: IndicatorQuery, signal?: AbortSignal) =>
  api.get<IndicatorReport>(INDICATORS_PATH, { ...query }, signal);

/** The address of the same indicators as a file: the browser downloads it with the session cookie. */
export const indicatorsExportUrl = (query: IndicatorQuery, format: 'csv' | 'xlsx') =>
  buildUrl(INDICATORS_PATH, { ...query, format });

// ---------- 责任清单 (server/src/modules/governance/routing) ----------

const RULES_PATH = '/api/v1/gov/routing-rules';

export const getRoutingRules = (signal?: AbortSignal) =>
  api.get<{ rules: RoutingRule[] }>(RULES_PATH, undefined, signal).then((r) => r.rules);

/** Replaces the whole list; a refusal names the line and field, e.g. `rules.3.unitId`. */
export const saveRoutingRules = (rules: RoutingRuleInput[]) =>
  api.put<{ rules: RoutingRule[] }>(RULES_PATH, { rules }).then((r) => r.rules);

/** Where an event of this class at this point would go now (or at `at`), by the list as saved. */
export const previewRouting = (input: { classCode: string; lng: number; lat: number; at?: string }) =>
  api.post<RoutePreview>('/api/v1/gov/routing/preview', input);

// ---------- 事件分类 (server/src/modules/governance/taxonomy) ----------

/** The four timed stages of an event: 受理 → 派遣 → 处置 → 核查. */
export const LIMIT_STAGES = ['accept', 'dispatch', 'dispose', 'verify'] as const;
export type LimitStage = (typeof LIMIT_STAGES)[number];
export const LIMIT_UNITS = ['working_hours', 'working_days'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** A problem of a refused taxonomy: `field` is its path in the document sent, e.g. `minors.12.limits.dispose`. */
export interface TaxonomyProblem {
  id: string;
  field: string;
  message: string;
}

export const getTaxonomyDocument = (signal?: AbortSignal) =>
  api.get<TaxonomyDocument>('/api/v1/gov/taxonomy', undefined, signal);

/**
 * Saves the whole taxonomy as a new version. A refusal carries `details.problems` (400) or, when classes that
 * events are filed under were left out, `details.dropped` (422).
 */
export const saveTaxonomy = (taxonomy: TaxonomyDocument) =>
  api.put<{ version: number }>('/api/v1/gov/taxonomy', taxonomy);
