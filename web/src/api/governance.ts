import { api, buildUrl, request } from './client.ts';
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
export type PhotoStage = 'report' | 'confirm' | 'disposal' | 'check';

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
  /** The class of the component (部件) the report was about, when one was picked. */
  componentClass?: string | null;
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
  /** The city component (部件) the report is about, when one was picked: its 17-digit id. */
  componentId?: string | null;
  /** That component as the registry has it now: its class and state. */
  component?: EventComponent | null;
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

/** The component (部件) an event is about, as the lists show it. */
export interface EventComponent {
  /** 17 digits: district (6) + class (5) + serial (6). */
  id: string;
  classCode: string;
  className: string;
  classNameEn: string;
  /** Null when the event was read without the registry. */
  status: ComponentStatus | null;
}

export interface EventTask {
  id: string;
  kind: 'confirm' | 'dispose' | 'check';
  unitId: string | null;
  /** The unit's name, as the server names it. */
  unitName: string | null;
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
  /** The actor is an anonymous reporter, hidden from this viewer. */
  anonymousActor?: boolean;
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

/** Why a nearby report is likely the same problem, strongest first. */
export type DuplicateReason = 'same_component' | 'same_class' | 'sibling_class' | 'same_component_class';

export interface PossibleDuplicate {
  id: string;
  eventNo: string;
  description: string;
  classCode: string;
  className: string;
  classNameEn: string;
  reason: DuplicateReason;
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

// ---------- 部件 (server/src/modules/governance/components) ----------

export const COMPONENT_STATUSES = ['intact', 'damaged', 'lost', 'abandoned', 'removed'] as const;
/** 完好 / 破损 / 丢失 / 废弃 / 移除. */
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** A city component as the registry lists it. */
export interface ComponentItem {
  /** 17 digits: district (6) + class (5) + serial (6). */
  id: string;
  classCode: string;
  /** The class's Chinese name, e.g. 上水井盖. */
  className: string;
  status: ComponentStatus;
  ownerUnit: string;
  maintenanceUnit: string;
  lng: number;
  lat: number;
  gridCode: string;
  microGridCode: string;
  address: string | null;
}

export interface NearComponent extends ComponentItem {
  distanceM: number;
}

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

/** What an accepted import did: the events made, and rows only the database could refuse. */
export interface ImportOutcome {
  imported: number;
  eventNos: string[];
  events: EventSummary[];
  failed: { row: number; field: string; message: string }[];
}

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

/** One group's indicators; rates are shares 0–1, null where there is nothing to divide by. */
export interface IndicatorRow {
  /** The street code, unit id ('' = not dispatched), class code, or the period's first day (YYYY-MM-DD / YYYY-MM). */
  key: string;
  name: string;
  reported: number;
  registered: number;
  registrationRate: number | null;
  onTimeRegistrationRate: number | null;
  accurateDispatchRate: number | null;
  onTimeDisposalRate: number | null;
  onTimeClosureRate: number | null;
  reworkRate: number | null;
  duplicateRate: number | null;
  averageDisposalHours: number | null;
}

export interface IndicatorQuery {
  groupBy: IndicatorGrouping;
  /** China dates, YYYY-MM-DD, both included; left out, the server takes its last 30 days. */
  from?: string;
  to?: string;
}

export interface IndicatorReport {
  groupBy: IndicatorGrouping;
  /** The period counted (the server's default when none was asked for). */
  from: string;
  to: string;
  rows: IndicatorRow[];
  total: IndicatorRow;
}

const INDICATORS_PATH = '/api/v1/gov/indicators';

export const getIndicators = (query: IndicatorQuery, signal?: AbortSignal) =>
  api.get<IndicatorReport>(INDICATORS_PATH, { ...query }, signal);

/** The address of the same indicators as a file: the browser downloads it with the session cookie. */
export const indicatorsExportUrl = (query: IndicatorQuery, format: 'csv' | 'xlsx') =>
  buildUrl(INDICATORS_PATH, { ...query, format });

// ---------- 责任清单 (server/src/modules/governance/routing) ----------

/** When a rule applies, China time: days 1 (Monday) … 7 (Sunday); `to` before `from` runs past midnight. */
export interface RuleTimeWindow {
  days: number[];
  from: string;
  to: string;
}

/** One line of the responsibility list as the server keeps it. */
export interface RoutingRule {
  id: string;
  position: number;
  /** A minor class (06013), a major class (06) or * for every class. */
  classPattern: string;
  /** A street, community or grid code; null for the whole district. */
  areaCode: string | null;
  timeWindow: RuleTimeWindow | null;
  unitId: string;
  /** Present on the list as read; the answer to a save leaves it out. */
  unitName?: string;
  userId: string | null;
  note: string;
  active: boolean;
}

/** One line as it is saved: the order of the list is the order of the lines. */
export interface RoutingRuleInput {
  classPattern: string;
  areaCode: string | null;
  timeWindow: RuleTimeWindow | null;
  unitId: string;
  userId: string | null;
  note: string;
  active: boolean;
}

const RULES_PATH = '/api/v1/gov/routing-rules';

export const getRoutingRules = (signal?: AbortSignal) =>
  api.get<{ rules: RoutingRule[] }>(RULES_PATH, undefined, signal).then((r) => r.rules);

/** Replaces the whole list; a refusal names the line and field, e.g. `rules.3.unitId`. */
export const saveRoutingRules = (rules: RoutingRuleInput[]) =>
  api.put<{ rules: RoutingRule[] }>(RULES_PATH, { rules }).then((r) => r.rules);

export interface RoutePreview {
  location: Located;
  decision: {
    unitId: string;
    userId?: string | null;
    reason: Bilingual;
    fallback: boolean;
    ruleId: string | null;
  };
  gridWorkerId: string | null;
}

/** Where an event of this class at this point would go now (or at `at`), by the list as saved. */
export const previewRouting = (input: { classCode: string; lng: number; lat: number; at?: string }) =>
  api.post<RoutePreview>('/api/v1/gov/routing/preview', input);

// ---------- 事件分类 (server/src/modules/governance/taxonomy) ----------

/** The four timed stages of an event: 受理 → 派遣 → 处置 → 核查. */
export const LIMIT_STAGES = ['accept', 'dispatch', 'dispose', 'verify'] as const;
export type LimitStage = (typeof LIMIT_STAGES)[number];
export const LIMIT_UNITS = ['working_hours', 'working_days'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export interface TimeLimit {
  amount: number;
  unit: LimitUnit;
}

/** A minor class with everything an administrator edits; other fields the server keeps are passed through. */
export interface TaxonomyMinor extends MinorClass {
  keywords: string[];
  limits: Record<LimitStage, TimeLimit>;
  severityLimits?: Partial<Record<Severity, Partial<Record<LimitStage, TimeLimit>>>>;
  components?: string[];
}

/** The taxonomy in force as a whole document, as it is edited and saved. */
export interface TaxonomyDocument {
  majors: MajorClass[];
  minors: TaxonomyMinor[];
}

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
