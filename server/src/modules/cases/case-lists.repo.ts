import type { Queryable } from '../../db/client.ts';

/** Lists of cases as the desks see them: the windows' work, a department's queue, an applicant's own cases. */

export interface WorkRow {
  id: string;
  case_no: string;
  item_name: string;
  applicant_name: string;
  state: string;
  channel: string;
  window_no: string | null;
  created_at: Date;
  updated_at: Date;
  opened_by: string | null;
}

/** Cases waiting at the windows: pre-review, the seal, and unfinished window cases (one clerk's, or all). */
export async function casesAtWindowsRows(q: Queryable, districtCode: string, clerkId: string | null) {
  const r = await q.query<WorkRow>(
    `SELECT id, case_no, item_name, applicant_name, state, channel, window_no, created_at, updated_at, opened_by
       FROM cases
      WHERE district_code = $1
        AND (state IN ('prereview', 'awaiting_seal') OR (state = 'checking' AND ($2::uuid IS NULL OR opened_by = $2)))
      ORDER BY updated_at LIMIT 600`,
    [districtCode, clerkId],
  );
  return r.rows;
}

/** The active nodes of a department on running cases, soonest deadline first. */
export async function departmentQueueRows(q: Queryable, districtCode: string, departmentId: string | null) {
  const r = await q.query<{
    case_id: string;
    case_no: string;
    item_name: string;
    applicant_name: string;
    node_id: string;
    node_name: string;
    stage_name: string;
    activated_at: Date;
    due_at: Date;
    overdue_at: Date | null;
    escalated_at: Date | null;
  }>(
    `SELECT c.id AS case_id, c.case_no, c.item_name, c.applicant_name, n.node_id, n.node_name, n.stage_name,
            n.activated_at, n.due_at, n.overdue_at, n.escalated_at
       FROM case_nodes n JOIN cases c ON c.id = n.case_id
      WHERE c.district_code = $1 AND n.department_id = $2 AND n.state = 'active' AND c.state = 'in_progress'
      ORDER BY n.due_at, c.case_no LIMIT 500`,
    [districtCode, departmentId],
  );
  return r.rows;
}

/** The cases of the account's verified person and those it filed for enterprises it still acts for. */
export async function myCaseRows(
  q: Queryable,
  districtCode: string,
  userId: string,
  agentFor: readonly string[],
) {
  const r = await q.query<{
    id: string;
    case_no: string;
    item_name: string;
    state: string;
    channel: string;
    created_at: Date;
    promised_due_at: Date | null;
  }>(
    `SELECT c.id, c.case_no, c.item_name, c.state, c.channel, c.created_at, c.promised_due_at FROM cases c
      WHERE c.district_code = $1
        AND ((c.applicant_user_id = $2 AND c.enterprise_id IS NULL)
          OR (c.applicant_user_id = $2 AND c.enterprise_id = ANY($3::uuid[]))
          OR c.person_id IN (SELECT same.id FROM users u
                               JOIN persons mine ON mine.id = u.person_id
                               JOIN persons same ON same.district_code = mine.district_code
                                                AND same.id_number_index = mine.id_number_index
                              WHERE u.id = $2))
      ORDER BY c.created_at DESC LIMIT 200`,
    [districtCode, userId, agentFor],
  );
  return r.rows;
}
