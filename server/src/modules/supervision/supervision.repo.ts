import type { Queryable } from '../../db/client.ts';

export interface BoardRow {
  case_id: string;
  case_no: string;
  item_name: string;
  applicant_name: string;
  department_id: string;
  department_name: string;
  node_id: string;
  node_name: string;
  limit_days: number;
  activated_at: Date;
  due_at: Date;
  due_soon_at: Date | null;
  overdue_at: Date | null;
  escalated_at: Date | null;
}

/** Every department node running now on a running or suspended case, soonest due first. */
export async function runningNodes(db: Queryable, districtCode: string) {
  const r = await db.query<BoardRow>(
    `SELECT c.id AS case_id, c.case_no, c.item_name, c.applicant_name, n.department_id, d.name_zh AS department_name,
            n.node_id, n.node_name, n.limit_days, n.activated_at, n.due_at, n.due_soon_at, n.overdue_at, n.escalated_at
       FROM case_nodes n
       JOIN cases c ON c.id = n.case_id
       JOIN departments d ON d.id = n.department_id
      WHERE c.district_code = $1 AND n.state = 'active' AND c.state IN ('in_progress', 'suspended')
      ORDER BY n.due_at
      LIMIT 1000`,
    [districtCode],
  );
  return r.rows;
}

/** Per department, the cases completed in [from, to): how many, on time, instant, hours taken and visits. */
export async function completedByDepartment(db: Queryable, districtCode: string, from: Date, to: Date) {
  const r = await db.query<{
    department_id: string;
    department_name: string;
    completed: number;
    on_time: number;
    instant: number;
    avg_hours: number | null;
    visits: number | null;
  }>(
    `SELECT c.department_id, d.name_zh AS department_name,
            count(*)::int AS completed,
            count(*) FILTER (WHERE c.handling_type = 'instant' OR c.completed_at <= c.promised_due_at)::int AS on_time,
            count(*) FILTER (WHERE c.handling_type = 'instant')::int AS instant,
            (avg(extract(epoch FROM c.completed_at - c.created_at)) / 3600)::float8 AS avg_hours,
            avg(c.visits)::float8 AS visits
       FROM cases c JOIN departments d ON d.id = c.department_id
      WHERE c.district_code = $1 AND c.state = 'completed' AND c.completed_at >= $2 AND c.completed_at < $3
      GROUP BY c.department_id, d.name_zh
      ORDER BY completed DESC`,
    [districtCode, from, to],
  );
  return r.rows;
}

/** The district's follow-up flags not yet resolved, newest first. */
export async function openFlags(db: Queryable, districtCode: string) {
  const r = await db.query<{
    case_id: string;
    case_no: string;
    item_name: string;
    applicant_name: string;
    predicate: string;
    expected: boolean;
    answer: boolean;
    raised_at: Date;
  }>(
    `SELECT f.case_id, c.case_no, c.item_name, c.applicant_name, f.predicate, f.expected, f.answer, f.raised_at
       FROM follow_up_flags f JOIN cases c ON c.id = f.case_id
      WHERE f.district_code = $1 AND f.resolved_at IS NULL
      ORDER BY f.raised_at DESC LIMIT 500`,
    [districtCode],
  );
  return r.rows;
}
