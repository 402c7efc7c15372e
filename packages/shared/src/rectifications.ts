import { type Static, Type } from 'typebox';

/** Request and response shapes of 差评整改 (rectifications opened by bad 好差评 ratings). */

export const RectificationStateFilter = Type.Union([
  Type.Literal('open'),
  Type.Literal('closed'),
  Type.Literal('overdue'),
]);
export type RectificationState = Static<typeof RectificationStateFilter>;

export const RectificationQuery = Type.Object(
  {
    state: Type.Optional(RectificationStateFilter),
    /** Supervisors only (a department may name its own). */
    department: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9-]+$' })),
  },
  { additionalProperties: false },
);

export const ReturnVisitBody = Type.Object(
  {
    /** What the department changed because of the rating (整改措施). */
    measures: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }),
    visitedAt: Type.String({ format: 'date-time' }),
    applicantSatisfied: Type.Boolean(),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type ReturnVisitInput = Static<typeof ReturnVisitBody>;

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const ReturnVisit = Type.Object({
  visitedAt: Type.String({ format: 'date-time' }),
  applicantSatisfied: Type.Boolean(),
  note: NullableString,
  /** Who recorded the visit. */
  by: Type.String(),
});

export const Rectification = Type.Object({
  id: Type.String({ format: 'uuid' }),
  caseId: Type.String({ format: 'uuid' }),
  caseNo: Type.String(),
  itemName: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  rating: Type.Object({
    level: Type.Integer({ minimum: 1, maximum: 5 }),
    /** The level in words (非常不满意 …). */
    label: Type.String(),
    indicators: Type.Array(Type.String()),
    comment: NullableString,
    ratedAt: Type.String({ format: 'date-time' }),
  }),
  openedAt: Type.String({ format: 'date-time' }),
  dueAt: Type.String({ format: 'date-time' }),
  /** Whole working days to the deadline's day; once overdue, minus the working days since; null when closed. */
  workingDaysLeft: Type.Union([Type.Integer(), Type.Null()]),
  overdue: Type.Boolean(),
  state: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  measures: NullableString,
  returnVisits: Type.Array(ReturnVisit),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  closedBy: NullableString,
});

export const RectificationCounts = Type.Object({
  open: Type.Integer(),
  overdue: Type.Integer(),
  closed: Type.Integer(),
});

export const RectificationList = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  /** Over everything the caller may see (not narrowed by the state filter). */
  counts: RectificationCounts,
  items: Type.Array(Rectification),
});

export const RectificationSummary = Type.Object({
  open: Type.Integer(),
  overdue: Type.Integer(),
  /** The newest open ones. */
  latest: Type.Array(Rectification),
});

export const RectificationIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export type ReturnVisit = Static<typeof ReturnVisit>;
export type Rectification = Static<typeof Rectification>;
export type RectificationCounts = Static<typeof RectificationCounts>;
export type RectificationList = Static<typeof RectificationList>;
export type RectificationSummary = Static<typeof RectificationSummary>;
