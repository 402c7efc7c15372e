import type { Queryable } from '../../db/client.ts';

/** One return visit to the applicant, as stored in rectifications.return_visits. */
export interface StoredVisit {
  visitedAt: string;
  applicantSatisfied: boolean;
  note: string | null;
  /** The name of the staff member who recorded it. */
  by: string;
  recordedAt?: string;
}

export interface RectificationRow {
  id: string;
  case_id: string;
  case_no: string;
  item_name: string;
  department_id: string;
  department_name: string;
  created_at: Date;
  due_at: Date;
  state: 'open' | 'closed';
  measures: string | null;
  return_visits: StoredVisit[];
  closed_at: Date | null;
  closed_by_name: string | null;
  level: number;
  indicators: string[];
  comment: string | null;
  rated_at: Date;
}

export interface RectificationFilter {
  districtCode: string;
  /** Only this department's rectifications; null for all. */
  departmentId: string | null;
  state: 'open' | 'closed' | 'overdue' | null;
  now: Date;
  /** At most this many rows. */
  limit: number;
  /** Newest first (the board's latest few) instead of the most urgent first. */
  newestFirst?: boolean;
}

const SELECT = `
  SELECT x.id, x.case_id, c.case_no, c.item_name, x.department_id, d.name_zh AS department_name, x.created_at,
         x.due_at, x.state, x.measures, x.return_visits, x.closed_at, u.display_name AS closed_by_name,
         r.level, r.indicators, r.comment, r.rated_at
    FROM rectifications x
    JOIN cases c ON c.id = x.case_id
    JOIN case_ratings r ON r.case_id = x.case_id
    JOIN departments d ON d.id = x.department_id
    LEFT JOIN users u ON u.id = x.closed_by`;

/** Rectifications of a district: open ones by deadline (overdue first), then closed ones, newest closed first. */
export async function findRectifications(q: Queryable, f: RectificationFilter): Promise<RectificationRow[]> {
  const order = f.newestFirst
    ? 'x.created_at DESC'
    : `CASE x.state WHEN 'open' THEN 0 ELSE 1 END, CASE WHEN x.state = 'open' THEN x.due_at END, x.closed_at DESC`;
  const r = await q.query<RectificationRow>(
    `${SELECT}
      WHERE x.district_code = $1 AND ($2::text IS NULL OR x.department_id = $2)
        AND ($3::text IS NULL
             OR ($3 = 'closed' AND x.state = 'closed')
             OR ($3 = 'open' AND x.state = 'open')
             OR ($3 = 'overdue' AND x.state = 'open' AND x.due_at < $4))
      ORDER BY ${order}
      LIMIT ${Math.trunc(f.limit)}`,
    [f.districtCode, f.departmentId, f.state, f.now],
  );
  return r.rows;
}

/** One rectification of the district, locked for a change when `forUpdate`. */
export async function findRectification(
  q: Queryable,
  districtCode: string,
  id: string,
  forUpdate = false,
): Promise<RectificationRow | null> {
  // FOR UPDATE cannot lock the nullable side of an outer join, so lock the rectification row alone.
  const r = await q.query<RectificationRow>(
    `${SELECT} WHERE x.district_code = $1 AND x.id = $2${forUpdate ? ' FOR UPDATE OF x' : ''}`,
    [districtCode, id],
  );
  return r.rows[0] ?? null;
}

/** How many rectifications are open and how many of those are past their deadline, and how many are closed. */
export async function countRectifications(
  q: Queryable,
  districtCode: string,
  departmentId: string | null,
  now: Date,
): Promise<{ open: number; overdue: number; closed: number }> {
  const r = await q.query<{ open: number; overdue: number; closed: number }>(
    `SELECT count(*) FILTER (WHERE state = 'open')::int AS open,
            count(*) FILTER (WHERE state = 'open' AND due_at < $3)::int AS overdue,
            count(*) FILTER (WHERE state = 'closed')::int AS closed
       FROM rectifications WHERE district_code = $1 AND ($2::text IS NULL OR department_id = $2)`,
    [districtCode, departmentId, now],
  );
  return r.rows[0] ?? { open: 0, overdue: 0, closed: 0 };
}

/** Records one return visit and the measures so far; closes the rectification when the applicant is satisfied. */
export async function recordVisit(
  q: Queryable,
  id: string,
  change: { measures: string; visit: StoredVisit; close: boolean; closedBy: string; now: Date },
): Promise<void> {
  await q.query(
    `UPDATE rectifications
        SET measures = $2, return_visits = return_visits || jsonb_build_array($3::jsonb),
            state = CASE WHEN $4 THEN 'closed' ELSE state END,
            closed_at = CASE WHEN $4 THEN $5::timestamptz ELSE closed_at END,
            closed_by = CASE WHEN $4 THEN $6::uuid ELSE closed_by END
      WHERE id = $1`,
    [id, change.measures, JSON.stringify(change.visit), change.close, change.now, change.closedBy],
  );
}

/** Whether the district has this department. */
export async function departmentExists(q: Queryable, districtCode: string, id: string): Promise<boolean> {
  const r = await q.query('SELECT 1 FROM departments WHERE id = $1 AND district_code = $2', [
    id,
    districtCode,
  ]);
  return r.rows.length > 0;
}

/** A bad rating's rectification (差评整改) for the department, open until its return visit closes it. */
export async function openRectification(
  q: Queryable,
  r: { id: string; districtCode: string; caseId: string; departmentId: string; dueAt: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO rectifications (id, district_code, case_id, department_id, due_at, state) VALUES ($1,$2,$3,$4,$5,'open')`,
    [r.id, r.districtCode, r.caseId, r.departmentId, r.dueAt],
  );
}
