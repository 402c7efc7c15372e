import type { AuditQuery } from '@yimen/shared/audit';
import type { Static } from 'typebox';
import type { Queryable } from '../../db/client.ts';
import type { SqlValue, Statement } from '../../db/statement.ts';
import type { RequestContext } from '../identity/actor.ts';

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  /** A SqlValue when the target's identifier is drawn in the same statement (a new case's number). */
  targetId?: string | SqlValue | null;
  outcome?: 'success' | 'denied' | 'failure';
  details?: Record<string, unknown>;
}

/** The INSERT of one audit record, to run alone or together with the change it describes. */
export function auditStatement(ctx: RequestContext, entry: AuditEntry): Statement {
  return {
    sql: `INSERT INTO audit_log (district_code, actor_id, actor_name, actor_roles, action, target_type, target_id,
                            outcome, client_ip, correlation_id, details)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    params: [
      ctx.districtCode,
      ctx.actor?.id ?? null,
      ctx.actor?.name ?? null,
      ctx.actor?.roles ?? [],
      entry.action,
      entry.targetType ?? null,
      entry.targetId ?? null,
      entry.outcome ?? 'success',
      ctx.ip,
      ctx.correlationId,
      JSON.stringify(entry.details ?? {}),
    ],
  };
}

/** Writes one audit record. Call it with the same transaction as the change it describes. */
export async function recordAudit(tx: Queryable, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const { sql, params } = auditStatement(ctx, entry);
  await tx.query(sql, params);
}

export interface PersonAccess {
  personId: string;
  purpose: string;
  caseRef?: string | SqlValue | null;
  fields: string[];
}

/** Records that the acting official saw a person's data, and why (the citizen data tracker reads these). */
export async function recordPersonAccess(
  tx: Queryable,
  ctx: RequestContext,
  access: PersonAccess,
): Promise<void> {
  const { sql, params } = personAccessStatement(ctx, access);
  await tx.query(sql, params);
}

/** The INSERT of one person-data access record, to run alone or together with the work it served. */
export function personAccessStatement(ctx: RequestContext, access: PersonAccess): Statement {
  return {
    sql: `INSERT INTO person_access_log (district_code, person_id, actor_id, actor_name, actor_department, purpose,
                                    case_ref, fields, correlation_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    params: [
      ctx.districtCode,
      access.personId,
      ctx.actor?.id ?? null,
      ctx.actor?.name ?? 'system',
      ctx.actor?.departmentId ?? null,
      access.purpose,
      access.caseRef ?? null,
      access.fields,
      ctx.correlationId,
    ],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditRow {
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

/** One page of the district's trail matching the filters, newest first, and how many match in all. */
export async function searchAuditLog(db: Queryable, districtCode: string, q: Static<typeof AuditQuery>) {
  const where = ['district_code = $1'];
  const params: unknown[] = [districtCode];
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
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows };
}
