import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from './actor.ts';
import { newSecret, sha256 } from './secrets.ts';
import { departmentExists, jurisdictionAreaExists } from './staff.repo.ts';

export interface CreateTokenInput {
  name: string;
  roles: string[];
  departmentId: string;
  jurisdictionCode: string;
  expiresInDays?: number;
}

/**
 * API tokens let department systems call Yimen. Each token acts as its own integration account with roles,
 * department and jurisdiction, so the ordinary authorization rules apply to it. The secret is shown once.
 */
export async function createApiToken(db: Db, ctx: RequestContext, input: CreateTokenInput) {
  authorize(ctx, { roles: ['administrator'], area: input.jurisdictionCode });
  const token = `ymt_${newSecret()}`;
  const tokenId = randomUUID();
  const userId = randomUUID();
  await db.transaction(async (tx) => {
    if (!(await departmentExists(tx, input.departmentId))) {
      throw new AppError('validation_failed', `Unknown department "${input.departmentId}".`, 'departmentId');
    }
    if (!(await jurisdictionAreaExists(tx, input.jurisdictionCode))) {
      throw new AppError(
        'validation_failed',
        `Unknown area "${input.jurisdictionCode}".`,
        'jurisdictionCode',
      );
    }
    await tx.query(
      `INSERT INTO users (id, district_code, kind, username, display_name, roles, department_id, jurisdiction_code)
       VALUES ($1, $2, 'integration', $3, $4, $5, $6, $7)`,
      [
        userId,
        ctx.districtCode,
        `token:${tokenId}`,
        input.name,
        input.roles,
        input.departmentId,
        input.jurisdictionCode,
      ],
    );
    await tx.query(
      `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(days => $7::int) END)`,
      [
        tokenId,
        userId,
        input.name,
        sha256(token),
        token.slice(0, 10),
        ctx.actor?.id ?? null,
        input.expiresInDays ?? null,
      ],
    );
    await recordAudit(tx, ctx, {
      action: 'api_token.create',
      targetType: 'api_token',
      targetId: tokenId,
      details: {
        name: input.name,
        roles: input.roles,
        departmentId: input.departmentId,
        jurisdictionCode: input.jurisdictionCode,
      },
    });
  });
  return { id: tokenId, token, prefix: token.slice(0, 10) };
}

export async function listApiTokens(db: Db, ctx: RequestContext) {
  authorize(ctx, { roles: ['administrator'] });
  const r = await db.query<{
    id: string;
    name: string;
    prefix: string;
    roles: string[];
    created_at: Date;
    expires_at: Date | null;
    revoked_at: Date | null;
    last_used_at: Date | null;
  }>(
    `SELECT t.id, t.name, t.prefix, u.roles, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
       FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.created_at DESC`,
  );
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return r.rows.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    roles: t.roles,
    createdAt: t.created_at.toISOString(),
    expiresAt: iso(t.expires_at),
    revokedAt: iso(t.revoked_at),
    lastUsedAt: iso(t.last_used_at),
  }));
}

export async function revokeApiToken(db: Db, ctx: RequestContext, id: string): Promise<void> {
  authorize(ctx, { roles: ['administrator'] });
  await db.transaction(async (tx) => {
    const r = await tx.query(
      'UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [id],
    );
    if (r.rowCount === 0) throw notFound('Active API token', 'id');
    await recordAudit(tx, ctx, { action: 'api_token.revoke', targetType: 'api_token', targetId: id });
  });
}
