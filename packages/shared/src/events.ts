import { type Static, type TProperties, type TSchema, Type } from 'typebox';
import { Bilingual, Located, NullableTime, Time } from './common.ts';
import { COMPONENT_STATUSES } from './components.ts';
import { GOV_ACTIONS } from './event-actions.ts';
import { EVENT_STATES } from './states.ts';

/**
 * The contract of the city-governance events (一网统管): reports, the event views, steps, photos, the import, the
 * classifier's suggestions. The server validates and serialises with these; the web reads their types.
 */

const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
/** A JSON object the server keeps as it was written (routing, classification, a task's outcome, log details). */
const OpenObject = <P extends TProperties>(properties: P, description?: string) =>
  Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) });

// The value lists the event schemas are written over (states and steps are those of states.ts and event-actions.ts).
export const CHANNELS = ['citizen', 'patrol', 'hotline', 'component', 'open311', 'import'] as const;
export const SEVERITIES = ['general', 'urgent', 'critical'] as const;
export const PHOTO_STAGES = ['report', 'confirm', 'disposal', 'check'] as const;
export const DUPLICATE_REASONS = [
  'same_component',
  'same_class',
  'sibling_class',
  'same_component_class',
] as const;
/** The longest report text taken. */
export const DESCRIPTION_MAX = 4_000;

const literals = <const T extends string[]>(list: readonly [...T]) => Type.Enum<T>(list);
export const EventStateSchema = literals(EVENT_STATES);
const State = EventStateSchema;
const ChannelSchema = literals(CHANNELS);
const SeveritySchema = literals(SEVERITIES);
const PhotoStageSchema = literals(PHOTO_STAGES);
const ComponentStatusSchema = literals(COMPONENT_STATUSES);
const ClassCode = Type.String({ pattern: '^[0-9]{5}$' });

// ---------- requests ----------

export const ReportBody = Type.Object(
  {
    channel: Type.Optional(ChannelSchema),
    description: Type.String({ minLength: 1, maxLength: DESCRIPTION_MAX }),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    addressText: Type.Optional(Type.String({ maxLength: 200 })),
    componentId: Type.Optional(Type.String({ pattern: '^[0-9]{17}$' })),
    classCode: Type.Optional(ClassCode),
    severity: Type.Optional(SeveritySchema),
    anonymous: Type.Optional(Type.Boolean()),
    reporterName: Type.Optional(Type.String({ maxLength: 50 })),
    reporterPhone: Type.Optional(Type.String({ pattern: '^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$' })),
  },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBody>;

export const ReportHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});

export const EventActionBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 2_000 })),
    reasons: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 10 })),
    classCode: Type.Optional(ClassCode),
    into: Type.Optional(Type.String({ format: 'uuid' })),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  },
  { additionalProperties: false },
);
export type EventActionBody = Static<typeof EventActionBody>;

export const EventIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const EventActionParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  action: literals(GOV_ACTIONS),
});

export const PhotoParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  photoId: Type.String({ format: 'uuid' }),
});

export const PhotoQuery = Type.Object({ stage: PhotoStageSchema });

export const EventListQuery = Type.Object({
  state: Type.Optional(State),
  open: Type.Optional(Type.Boolean()),
  actionable: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});
export type EventListQuery = Static<typeof EventListQuery>;

export const ClassifyBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: DESCRIPTION_MAX }),
    componentClass: Type.Optional(ClassCode),
  },
  { additionalProperties: false },
);

// ---------- answers ----------

export const Suggestion = Type.Object({
  code: Type.String(),
  name: Type.String(),
  confidence: Type.Number(),
});
export type Suggestion = Static<typeof Suggestion>;

export const Suggestions = Type.Object({ suggestions: Type.Array(Suggestion) });

/** The component (部件) an event is about, as the lists show it. */
export const EventComponent = Type.Object({
  id: Type.String({ description: '17 digits: district (6) + class (5) + serial (6)' }),
  classCode: Type.String(),
  className: Type.String(),
  classNameEn: Type.String(),
  status: Nullable(ComponentStatusSchema),
});
export type EventComponent = Static<typeof EventComponent>;

/** Why the event went to its unit: a line of the responsibility list, or the street's fallback. */
export const Routing = OpenObject(
  {
    reason: Type.Optional(Nullable(Bilingual)),
    fallback: Type.Optional(Type.Boolean()),
    ruleId: Type.Optional(Nullable(Type.String())),
    unitId: Type.Optional(Type.String()),
    history: Type.Optional(
      Type.Array(
        OpenObject({
          unitId: Nullable(Type.String()),
          unitName: Type.Optional(Nullable(Type.String())),
          ruleId: Type.Optional(Nullable(Type.String())),
          reason: Type.Optional(Nullable(Bilingual)),
        }),
      ),
    ),
    excluded: Type.Optional(Type.Array(Type.String())),
  },
  'As the router wrote it; history names the units the event went to before',
);

export const Classification = OpenObject({
  suggestions: Type.Optional(Type.Array(Suggestion)),
  chosen: Type.Optional(Type.String()),
  by: Type.Optional(Type.String({ description: 'classifier, reporter or operator' })),
  correctedFrom: Type.Optional(Type.String()),
  componentClass: Type.Optional(Nullable(Type.String())),
});

export type Routing = Static<typeof Routing>;
export type Classification = Static<typeof Classification>;

const summaryFields = {
  id: Type.String(),
  eventNo: Type.String(),
  channel: ChannelSchema,
  state: State,
  classCode: Type.String(),
  className: Type.String(),
  classNameEn: Type.String(),
  severity: SeveritySchema,
  description: Type.String(),
  address: Nullable(Type.String()),
  lng: Type.Number(),
  lat: Type.Number(),
  streetCode: Type.String(),
  communityCode: Nullable(Type.String()),
  gridCode: Type.String(),
  gridName: Type.String(),
  componentId: Nullable(Type.String()),
  component: Nullable(EventComponent),
  unitId: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  unitNameEn: Nullable(Type.String()),
  gridWorkerId: Nullable(Type.String()),
  routing: Routing,
  classification: Classification,
  reporter: Type.Object({ anonymous: Type.Boolean(), name: Nullable(Type.String()) }),
  reporterPhone: Nullable(Type.String({ description: 'Masked, e.g. 138****1234' })),
  duplicateOf: Nullable(Type.String()),
  supervisedAt: NullableTime,
  reworkCount: Type.Integer(),
  sendbackCount: Type.Integer(),
  reportedAt: Time,
  registeredAt: NullableTime,
  dispatchedAt: NullableTime,
  disposedAt: NullableTime,
  closedAt: NullableTime,
  acceptDueAt: NullableTime,
  disposeDueAt: NullableTime,
  verifyDueAt: NullableTime,
  overdueAt: NullableTime,
  rating: Nullable(Type.Integer()),
};

/** An event as the lists show it (and as the live stream sends it). */
export const EventSummary = Type.Object(summaryFields);
export type EventSummary = Static<typeof EventSummary>;

export const EventTask = Type.Object({
  id: Type.String(),
  kind: literals(['confirm', 'dispose', 'check'] as const),
  unitId: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  userId: Nullable(Type.String()),
  state: literals(['open', 'done', 'returned', 'cancelled'] as const),
  dueAt: NullableTime,
  createdAt: Time,
  doneAt: NullableTime,
  outcome: Type.Record(Type.String(), Type.Unknown()),
});
export type EventTask = Static<typeof EventTask>;

export const EventLogEntry = Type.Object({
  at: Time,
  actor: Nullable(Type.String()),
  anonymousActor: Type.Optional(Type.Boolean({ description: 'The actor is an anonymous reporter' })),
  action: Type.String(),
  from: Nullable(Type.String({ description: 'The state before the step (an event state)' })),
  to: Nullable(Type.String({ description: 'The state after the step (an event state)' })),
  details: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export type EventLogEntry = Static<typeof EventLogEntry>;

export const EventPhoto = Type.Object({
  id: Type.String(),
  stage: PhotoStageSchema,
  mime: Type.String(),
  size: Type.Integer(),
  uploadedAt: Time,
  url: Type.String(),
});
export type EventPhoto = Static<typeof EventPhoto>;

export const PossibleDuplicate = Type.Object({
  id: Type.String(),
  eventNo: Type.String(),
  description: Type.String(),
  classCode: Type.String(),
  className: Type.String(),
  classNameEn: Type.String(),
  reason: literals(DUPLICATE_REASONS),
  reportedAt: Time,
  state: Type.String({ description: 'An event state' }),
  distanceM: Type.Number(),
});
export type PossibleDuplicate = Static<typeof PossibleDuplicate>;

/** One event with its tasks, timeline, photos and (staff, while open) likely duplicates. */
export const GovEvent = Type.Object({
  ...summaryFields,
  tasks: Type.Array(EventTask),
  timeline: Type.Array(EventLogEntry),
  possibleDuplicates: Type.Array(PossibleDuplicate),
  photos: Type.Array(EventPhoto),
});
export type GovEvent = Static<typeof GovEvent>;

export const EventEnvelope = Type.Object({ event: GovEvent });
export const EventList = Type.Object({ events: Type.Array(EventSummary) });
export const PhotoEnvelope = Type.Object({ photo: EventPhoto });

/** A step taken; `event` is null when the caller no longer sees it (a unit that sent it back). */
export const EventActionResult = Type.Object({ from: State, to: State, event: Nullable(GovEvent) });
export type EventActionResult = Static<typeof EventActionResult>;

export const ImportFailure = Type.Object({
  row: Type.Integer(),
  field: Type.String(),
  message: Type.String(),
});

/** What an accepted import did: the events made, and rows only the database could refuse. */
export const ImportOutcome = Type.Object({
  imported: Type.Integer(),
  eventNos: Type.Array(Type.String()),
  events: Type.Array(EventSummary),
  failed: Type.Array(ImportFailure),
});
export type ImportOutcome = Static<typeof ImportOutcome>;

// ---------- taxonomy ----------

const ClassKind = literals(['component', 'event'] as const);
const LimitUnit = literals(['working_hours', 'working_days'] as const);
export const TimeLimit = Type.Object({ amount: Type.Number(), unit: LimitUnit });
export type TimeLimit = Static<typeof TimeLimit>;
const StageLimits = Type.Object({
  accept: TimeLimit,
  dispatch: TimeLimit,
  dispose: TimeLimit,
  verify: TimeLimit,
});
const SomeStageLimits = Type.Partial(StageLimits);

export const MajorClass = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  kind: ClassKind,
});
export type MajorClass = Static<typeof MajorClass>;

export const MinorClass = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    nameEn: Type.String(),
    majorCode: Type.String(),
    kind: ClassKind,
    defaultSeverity: SeveritySchema,
    keywords: Type.Array(Type.String()),
    limits: StageLimits,
    severityLimits: Type.Optional(
      Type.Object({
        general: Type.Optional(SomeStageLimits),
        urgent: Type.Optional(SomeStageLimits),
        critical: Type.Optional(SomeStageLimits),
      }),
    ),
    components: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: true },
);
export type MinorClass = Static<typeof MinorClass>;

/** The taxonomy in force as a whole document, as it is read, edited and saved. */
export const Taxonomy = Type.Object({ majors: Type.Array(MajorClass), minors: Type.Array(MinorClass) });
export type Taxonomy = Static<typeof Taxonomy>;

export const TaxonomyBody = Type.Object(
  {
    majors: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 100 }),
    minors: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 2_000 }),
  },
  { additionalProperties: false },
);

export const TaxonomySaved = Type.Object({ version: Type.Integer() });

// ---------- responsibility list (责任清单) ----------

export const RuleTimeWindow = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 }),
    from: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
    to: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
  },
  { additionalProperties: false },
);
export type RuleTimeWindow = Static<typeof RuleTimeWindow>;

/** One line as it is saved: the order of the list is the order of the lines. */
export const RoutingRuleInput = Type.Object(
  {
    classPattern: Type.String({ pattern: '^(\\*|\\d{2}|\\d{5})$' }),
    areaCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{9,17}$' }), Type.Null()])),
    timeWindow: Type.Optional(Type.Union([RuleTimeWindow, Type.Null()])),
    unitId: Type.String({ minLength: 1, maxLength: 40 }),
    userId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: 200 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RoutingRuleInput = Static<typeof RoutingRuleInput>;

export const RoutingRulesBody = Type.Object(
  { rules: Type.Array(RoutingRuleInput, { maxItems: 500 }) },
  { additionalProperties: false },
);

/** One line of the responsibility list as the server keeps it. */
export const RoutingRule = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  classPattern: Type.String({
    description: 'A minor class (06013), a major class (06) or * for every class',
  }),
  areaCode: Nullable(Type.String()),
  timeWindow: Nullable(
    Type.Object({ days: Type.Array(Type.Integer()), from: Type.String(), to: Type.String() }),
  ),
  unitId: Type.String(),
  unitName: Type.Optional(
    Type.String({ description: 'On the list as read; the answer to a save leaves it out' }),
  ),
  userId: Nullable(Type.String()),
  note: Type.String(),
  active: Type.Boolean(),
});
export type RoutingRule = Static<typeof RoutingRule>;

export const RoutingRules = Type.Object({ rules: Type.Array(RoutingRule) });

export const RoutePreviewBody = Type.Object(
  {
    classCode: ClassCode,
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    at: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

export const RouteDecision = Type.Object({
  unitId: Type.String(),
  userId: Nullable(Type.String()),
  ruleId: Nullable(Type.String()),
  fallback: Type.Boolean(),
  reason: Bilingual,
});

export const RoutePreview = Type.Object({
  location: Located,
  decision: RouteDecision,
  gridWorkerId: Nullable(Type.String()),
});
export type RoutePreview = Static<typeof RoutePreview>;

// ---------- indicators (指标分析) ----------

export const INDICATOR_GROUPINGS = ['street', 'unit', 'major', 'class', 'day', 'week', 'month'] as const;
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' });
const Rate = Nullable(Type.Number({ description: 'A share 0–1; null where there is nothing to divide by' }));

export const IndicatorQuery = Type.Object(
  {
    groupBy: Type.Optional(literals(INDICATOR_GROUPINGS)),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    format: Type.Optional(literals(['json', 'csv', 'xlsx'] as const)),
  },
  { additionalProperties: false },
);

export const IndicatorRow = Type.Object({
  key: Type.String({
    description: "Street code, unit id ('' = not dispatched), class code or the period's first day",
  }),
  name: Type.String(),
  reported: Type.Integer(),
  registered: Type.Integer(),
  registrationRate: Rate,
  onTimeRegistrationRate: Rate,
  accurateDispatchRate: Rate,
  onTimeDisposalRate: Rate,
  onTimeClosureRate: Rate,
  reworkRate: Rate,
  duplicateRate: Rate,
  averageDisposalHours: Nullable(Type.Number()),
});
export type IndicatorRow = Static<typeof IndicatorRow>;

export const IndicatorReport = Type.Object({
  groupBy: literals(INDICATOR_GROUPINGS),
  from: Type.String(),
  to: Type.String(),
  rows: Type.Array(IndicatorRow),
  total: IndicatorRow,
});
export type IndicatorReport = Static<typeof IndicatorReport>;
