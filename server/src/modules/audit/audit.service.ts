import type { AuditQuery } from '@yimen/shared/audit';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { searchAuditLog } from './audit.repo.ts';

/** Supervisors and administrators search the trail, newest first; nothing can change it (append-only tables). */
export async function searchAudit(db: Db, ctx: RequestContext, q: Static<typeof AuditQuery>) {
  authorize(ctx, { roles: ['supervisor', 'administrator'] });
  const { total, rows } = await searchAuditLog(db, ctx.districtCode, q);
  return {
    total,
    items: rows.map((r) => ({
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
