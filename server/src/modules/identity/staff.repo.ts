import type { Queryable } from '../../db/client.ts';

export interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  department_id: string;
  dept_zh: string;
  dept_en: string;
  jurisdiction_code: string;
  area_name: string;
  area_level: string;
  active: boolean;
  created_at: Date;
}

const SELECT_STAFF = `
  SELECT u.id, u.username, u.display_name, u.roles, u.department_id, d.name_zh AS dept_zh, d.name_en AS dept_en,
         u.jurisdiction_code, g.name AS area_name, g.level AS area_level, u.active, u.created_at
    FROM users u
    JOIN departments d ON d.id = u.department_id
    JOIN geo_areas g ON g.code = u.jurisdiction_code
   WHERE u.kind = 'staff'`;

export interface StaffFilter {
  /** Only staff whose jurisdiction lies inside this area (the administrator's own). */
  within: string;
  q?: string;
  role?: string;
  departmentId?: string;
  limit: number;
  offset: number;
}

export async function searchStaff(
  db: Queryable,
  f: StaffFilter,
): Promise<{ rows: StaffRow[]; total: number }> {
  const where = [`u.jurisdiction_code LIKE $1 || '%'`];
  const params: unknown[] = [f.within];
  if (f.q) {
    params.push(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(u.username ILIKE $${params.length} OR u.display_name ILIKE $${params.length})`);
  }
  if (f.role) {
    params.push(f.role);
    where.push(`$${params.length} = ANY(u.roles)`);
  }
  if (f.departmentId) {
    params.push(f.departmentId);
    where.push(`u.department_id = $${params.length}`);
  }
  const cond = where.join(' AND ');
  const total = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (${SELECT_STAFF} AND ${cond}) s`,
    params,
  );
  const rows = await db.query<StaffRow>(
    `${SELECT_STAFF} AND ${cond} ORDER BY u.created_at, u.username LIMIT ${f.limit} OFFSET ${f.offset}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export async function findStaff(db: Queryable, id: string): Promise<StaffRow | null> {
  const r = await db.query<StaffRow>(`${SELECT_STAFF} AND u.id = $1`, [id]);
  return r.rows[0] ?? null;
}

export async function departmentExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM departments WHERE id = $1', [id])).rows.length > 0;
}

/** Jurisdictions are district, street, community or grid areas (micro-grids are too small to own). */
export async function jurisdictionAreaExists(db: Queryable, code: string): Promise<boolean> {
  return (
    (await db.query(`SELECT 1 FROM geo_areas WHERE code = $1 AND level <> 'micro_grid'`, [code])).rows
      .length > 0
  );
}

export async function usernameTaken(db: Queryable, username: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM users WHERE username = $1', [username])).rows.length > 0;
}

export async function insertStaff(
  db: Queryable,
  s: {
    id: string;
    districtCode: string;
    username: string;
    displayName: string;
    passwordHash: string;
    roles: string[];
    departmentId: string;
    jurisdictionCode: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO users (id, district_code, kind, username, display_name, password_hash, roles, department_id, jurisdiction_code)
       VALUES ($1, $2, 'staff', $3, $4, $5, $6, $7, $8)`,
    [
      s.id,
      s.districtCode,
      s.username,
      s.displayName,
      s.passwordHash,
      s.roles,
      s.departmentId,
      s.jurisdictionCode,
    ],
  );
}

/** Changes the fields given (null leaves a field as it is). */
export async function updateStaffRow(
  db: Queryable,
  id: string,
  p: {
    displayName: string | null;
    passwordHash: string | null;
    roles: string[] | null;
    departmentId: string | null;
    jurisdictionCode: string | null;
    active: boolean | null;
  },
): Promise<void> {
  await db.query(
    `UPDATE users SET display_name = COALESCE($2, display_name), password_hash = COALESCE($3, password_hash),
              roles = COALESCE($4, roles), department_id = COALESCE($5, department_id),
              jurisdiction_code = COALESCE($6, jurisdiction_code), active = COALESCE($7, active), updated_at = now()
        WHERE id = $1`,
    [id, p.displayName, p.passwordHash, p.roles, p.departmentId, p.jurisdictionCode, p.active],
  );
}

export const toStaffView = (s: StaffRow) => ({
  id: s.id,
  username: s.username,
  displayName: s.display_name,
  roles: s.roles,
  department: { id: s.department_id, nameZh: s.dept_zh, nameEn: s.dept_en },
  jurisdiction: { code: s.jurisdiction_code, name: s.area_name, level: s.area_level },
  active: s.active,
  createdAt: s.created_at.toISOString(),
});
