import type { Queryable } from '../../db/client.ts';

/** The integration account a token acts as: its own roles, department and jurisdiction. */
export async function insertIntegrationUser(
  db: Queryable,
  u: {
    id: string;
    districtCode: string;
    username: string;
    displayName: string;
    roles: string[];
    departmentId: string;
    jurisdictionCode: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO users (id, district_code, kind, username, display_name, roles, department_id, jurisdiction_code)
       VALUES ($1, $2, 'integration', $3, $4, $5, $6, $7)`,
    [u.id, u.districtCode, u.username, u.displayName, u.roles, u.departmentId, u.jurisdictionCode],
  );
}

export async function insertApiToken(
  db: Queryable,
  t: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    createdBy: string | null;
    expiresInDays: number | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(days => $7::int) END)`,
    [t.id, t.userId, t.name, t.tokenHash, t.prefix, t.createdBy, t.expiresInDays],
  );
}

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** Every token with its account's roles, the newest first. */
export async function listApiTokenRows(db: Queryable): Promise<ApiTokenRow[]> {
  const r = await db.query<ApiTokenRow>(
    `SELECT t.id, t.name, t.prefix, u.roles, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
       FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.created_at DESC`,
  );
  return r.rows;
}

/** Revokes a token still in force; false when there is none with that id. */
export async function revokeApiTokenRow(db: Queryable, id: string): Promise<boolean> {
  const r = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
    id,
  ]);
  return (r.rowCount ?? 0) > 0;
}
