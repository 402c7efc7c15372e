import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from './actor.ts';
import {
  insertApiToken,
  insertIntegrationUser,
  listApiTokenRows,
  revokeApiTokenRow,
} from './api-tokens.repo.ts';
import { identityErrors } from './identity.errors.ts';
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
      throw identityErrors.unknownDepartment({ id: input.departmentId });
    }
    if (!(await jurisdictionAreaExists(tx, input.jurisdictionCode))) {
      throw identityErrors.unknownJurisdiction({ code: input.jurisdictionCode });
    }
    await insertIntegrationUser(tx, {
      id: userId,
      districtCode: ctx.districtCode,
      username: `token:${tokenId}`,
      displayName: input.name,
      roles: input.roles,
      departmentId: input.departmentId,
      jurisdictionCode: input.jurisdictionCode,
    });
    await insertApiToken(tx, {
      id: tokenId,
      userId,
      name: input.name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      createdBy: ctx.actor?.id ?? null,
      expiresInDays: input.expiresInDays ?? null,
    });
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
  const rows = await listApiTokenRows(db);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return rows.map((t) => ({
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
    if (!(await revokeApiTokenRow(tx, id))) throw identityErrors.tokenNotFound();
    await recordAudit(tx, ctx, { action: 'api_token.revoke', targetType: 'api_token', targetId: id });
  });
}
