import { authorize, type RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';

/**
 * An approver's queue: the active nodes of their department, soonest deadline first, with the time used
 * against the limit. Window clerks see the cases they opened that still need them.
 */
export async function departmentQueue(deps: CaseDeps, ctx: RequestContext) {
  const actor = authorize(ctx, { roles: ['department_approver'] });
  const r = await deps.db.query<{
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
    [ctx.districtCode, actor.departmentId],
  );
  const now = deps.now().getTime();
  return r.rows.map((n) => ({
    caseId: n.case_id,
    caseNo: n.case_no,
    itemName: n.item_name,
    applicantName: n.applicant_name,
    nodeId: n.node_id,
    nodeName: n.node_name,
    stageName: n.stage_name,
    activatedAt: n.activated_at.toISOString(),
    dueAt: n.due_at.toISOString(),
    msLeft: n.due_at.getTime() - now,
    overdue: n.overdue_at !== null || n.due_at.getTime() < now,
    escalated: n.escalated_at !== null,
  }));
}

/**
 * 我的办件: the applicant's own cases — every case whose applicant is the account's verified person, found through
 * the ID number's blind index (window cases too, never matched by name), and the enterprises' applications this
 * account filed while those enterprises still authorize it.
 */
export async function myCases(deps: CaseDeps, ctx: RequestContext) {
  const actor = authorize(ctx, { roles: ['citizen', 'enterprise_agent'] });
  const r = await deps.db.query<{
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
    [ctx.districtCode, actor.id, actor.agentFor ?? []],
  );
  return r.rows.map((c) => ({
    id: c.id,
    caseNo: c.case_no,
    itemName: c.item_name,
    state: c.state,
    channel: c.channel,
    createdAt: c.created_at.toISOString(),
    promisedDueAt: c.promised_due_at?.toISOString() ?? null,
  }));
}
