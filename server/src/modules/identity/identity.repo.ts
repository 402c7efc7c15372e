import type { Role } from '@yimen/shared/roles';
import type { Queryable } from '../../db/client.ts';
import type { Actor } from './actor.ts';

export interface UserRow {
  id: string;
  district_code: string;
  kind: 'staff' | 'citizen' | 'integration';
  username: string | null;
  phone: string | null;
  display_name: string;
  password_hash: string | null;
  roles: Role[];
  department_id: string | null;
  jurisdiction_code: string | null;
  active: boolean;
  locale: string;
  /** The verified person (实名) of a citizen's account; null until verified. */
  person_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toActor = (u: UserRow, via: Actor['via']): Actor => ({
  id: u.id,
  kind: u.kind,
  name: u.display_name,
  roles: u.roles,
  departmentId: u.department_id,
  jurisdictionCode: u.jurisdiction_code,
  districtCode: u.district_code,
  via,
  ...(u.kind === 'citizen' ? { personId: u.person_id } : {}),
});

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const r = await db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
  return r.rows[0] ?? null;
}

export async function findUserByPhone(db: Queryable, phone: string): Promise<UserRow | null> {
  const r = await db.query<UserRow>('SELECT * FROM users WHERE phone = $1', [phone]);
  return r.rows[0] ?? null;
}

/** The user behind a live session, with the session's CSRF token. */
/** The mobile number an account signs in with (citizens and agents), null when it has none. */
export async function accountPhone(db: Queryable, userId: string): Promise<string | null> {
  const r = await db.query<{ phone: string | null }>('SELECT phone FROM users WHERE id = $1', [userId]);
  return r.rows[0]?.phone ?? null;
}

export async function findSessionUser(
  db: Queryable,
  sessionHash: string,
): Promise<{ user: UserRow; csrfToken: string } | null> {
  const r = await db.query<UserRow & { csrf_token: string }>(
    `SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now() AND u.active`,
    [sessionHash],
  );
  const row = r.rows[0];
  if (!row) return null;
  const { csrf_token, ...user } = row;
  return { user, csrfToken: csrf_token };
}

export async function findTokenUser(db: Queryable, tokenHash: string): Promise<UserRow | null> {
  const r = await db.query<UserRow>(
    `UPDATE api_tokens t SET last_used_at = now() FROM users u
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
        AND u.id = t.user_id AND u.active
     RETURNING u.*`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}

export async function insertSession(
  db: Queryable,
  s: { id: string; userId: string; csrfToken: string; ttlHours: number; ip: string },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id, user_id, csrf_token, expires_at, client_ip)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4::int), $5)`,
    [s.id, s.userId, s.csrfToken, s.ttlHours, s.ip],
  );
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1', [id]);
}

export async function deleteSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

/** Failed logins for one username in the last window (read from the audit trail, so it holds across processes). */
export async function countRecentLoginFailures(
  db: Queryable,
  username: string,
  minutes: number,
): Promise<number> {
  const r = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log
      WHERE action = 'auth.login' AND outcome = 'failure' AND target_id = $1
        AND at > now() - make_interval(mins => $2::int)`,
    [username, minutes],
  );
  return r.rows[0]?.n ?? 0;
}

/** Expired sessions of a user go as a new one starts, so the table does not grow without bound. */
export async function deleteExpiredSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()', [userId]);
}

/** A citizen's account for a phone, named by the masked number until they verify who they are. */
export async function insertCitizen(
  db: Queryable,
  c: { id: string; districtCode: string; phone: string; displayName: string },
): Promise<void> {
  await db.query(
    `INSERT INTO users (id, district_code, kind, phone, display_name, roles) VALUES ($1, $2, 'citizen', $3, $4, '{citizen}')`,
    [c.id, c.districtCode, c.phone, c.displayName],
  );
}

export interface MeRow {
  id: string;
  kind: 'staff' | 'citizen' | 'integration';
  display_name: string;
  username: string | null;
  phone: string | null;
  roles: Role[];
  department_id: string | null;
  name_zh: string | null;
  name_en: string | null;
  jurisdiction_code: string | null;
  area_name: string | null;
  area_level: string | null;
}

/** A user with the names of their department and jurisdiction. */
export async function findMeRow(db: Queryable, userId: string): Promise<MeRow | null> {
  const r = await db.query<MeRow>(
    `SELECT u.id, u.kind, u.display_name, u.username, u.phone, u.roles, u.department_id, d.name_zh, d.name_en,
            u.jurisdiction_code, g.name AS area_name, g.level AS area_level
       FROM users u
       LEFT JOIN departments d ON d.id = u.department_id
       LEFT JOIN geo_areas g ON g.code = u.jurisdiction_code
      WHERE u.id = $1`,
    [userId],
  );
  return r.rows[0] ?? null;
}

/** The last ten messages to a recipient (the demo's stand-in for an SMS inbox). */
export async function recentMessagesTo(db: Queryable, recipient: string) {
  const r = await db.query<{ id: number; recipient: string; kind: string; body: string; created_at: Date }>(
    `SELECT id::int AS id, recipient, kind, body, created_at FROM message_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 10`,
    [recipient],
  );
  return r.rows;
}
