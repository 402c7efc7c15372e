import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { authorize } from '../identity/actor.ts';

const Outcome = Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('failure')]);

const AuditQuery = Type.Object(
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

const AuditItem = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRoles: Type.Array(Type.String()),
  action: Type.String(),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.String(),
  clientIp: Type.Union([Type.String(), Type.Null()]),
  correlationId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});

interface AuditRow {
  id: number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_roles: string[];
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  client_ip: string | null;
  correlation_id: string | null;
  details: Record<string, unknown>;
}

/** Supervisors and administrators search the trail; nothing here can change it (the table is append-only). */
export default async function auditRoutes(app: App): Promise<void> {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail (newest first)',
        querystring: AuditQuery,
        response: {
          200: Type.Object({ items: Type.Array(AuditItem), total: Type.Integer() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      authorize(req.ctx, { roles: ['supervisor', 'administrator'] });
      const q = req.query;
      const where = ['district_code = $1'];
      const params: unknown[] = [req.ctx.districtCode];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replaceAll('$?', `$${params.length}`));
      };
      if (q.actor)
        add('(actor_name ILIKE $? OR actor_id::text = $?)', q.actor.includes('%') ? q.actor : `%${q.actor}%`);
      if (q.action) add(`action LIKE $? || '%'`, q.action);
      if (q.outcome) add('outcome = $?', q.outcome);
      if (q.targetId) add('target_id = $?', q.targetId);
      if (q.from) add('at >= $?::timestamptz', q.from);
      if (q.to) add('at < $?::timestamptz', q.to);
      const cond = where.join(' AND ');
      const total = await app.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE ${cond}`,
        params,
      );
      const rows = await app.db.query<AuditRow>(
        `SELECT id::int AS id, at, actor_id, actor_name, actor_roles, action, target_type, target_id, outcome,
                client_ip, correlation_id, details
           FROM audit_log WHERE ${cond} ORDER BY id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
        params,
      );
      return {
        total: total.rows[0]?.n ?? 0,
        items: rows.rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actor_id,
          actorName: r.actor_name,
          actorRoles: r.actor_roles,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          outcome: r.outcome,
          clientIp: r.client_ip,
          correlationId: r.correlation_id,
          details: r.details,
        })),
      };
    },
  );
}
