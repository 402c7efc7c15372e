import { type Static, Type } from 'typebox';

/** The audit trail's search (supervisors and administrators). */

const Outcome = Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('failure')]);

export const AuditQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 64, description: 'actor name or id' })),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'action prefix, e.g. staff.' })),
    outcome: Type.Optional(Outcome),
    targetId: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

export const AuditItem = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRoles: Type.Array(Type.String()),
  action: Type.String(),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  outcome: Outcome,
  clientIp: Type.Union([Type.String(), Type.Null()]),
  correlationId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditItem = Static<typeof AuditItem>;
export type AuditQuery = Static<typeof AuditQuery>;
export type AuditOutcome = Static<typeof Outcome>;

/** One page of the trail, newest first, and how many entries match. */
export const AuditPage = Type.Object({ items: Type.Array(AuditItem), total: Type.Integer() });
export type AuditPage = Static<typeof AuditPage>;
