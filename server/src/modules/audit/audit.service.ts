import type { AuditQuery } from '@yimen/shared/audit';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Supervisors and administrators search the trail, newest first; nothing can change it (append-only tables). */
export async function searchAudit(db: Db, ctx: RequestContext, q: Static<typeof AuditQuery>) {
  authorize(ctx, { roles: ['supervisor', 'administrator'] });
  const where = ['district_code = $1'];
  const params: unknown[] = [ctx.districtCode];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('$?', `$${params.length}`));
  };
  if (q.actor && UUID.test(q.actor)) add('actor_id = $?::uuid', q.actor);
  else if (q.actor)
    add(
      `actor_name ILIKE '%' || $? || '%'`,
      q.actor.replace(/[\\%_]/g, (c) => `\\${c}`),
    );
  if (q.action) add(`action LIKE $? || '%'`, q.action);
  if (q.outcome) add('outcome = $?', q.outcome);
  if (q.targetId) add('target_id = $?', q.targetId);
  if (q.from) add('at >= $?::timestamptz', q.from);
  if (q.to) add('at < $?::timestamptz', q.to);
  const cond = where.join(' AND ');
  const total = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE ${cond}`,
    params,
  );
  const rows = await db.query<AuditRow>(
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
}
