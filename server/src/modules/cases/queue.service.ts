import { authorize, type RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';
import { departmentQueueRows, myCaseRows } from './case-lists.repo.ts';

/**
 * An approver's queue: the active nodes of their department, soonest deadline first, with the time used
 * against the limit. Window clerks see the cases they opened that still need them.
 */
export async function departmentQueue(deps: CaseDeps, ctx: RequestContext) {
  const actor = authorize(ctx, { roles: ['department_approver'] });
  const rows = await departmentQueueRows(deps.db, ctx.districtCode, actor.departmentId);
  const now = deps.now().getTime();
  return rows.map((n) => ({
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
  const rows = await myCaseRows(deps.db, ctx.districtCode, actor.id, actor.agentFor ?? []);
  return rows.map((c) => ({
    id: c.id,
    caseNo: c.case_no,
    itemName: c.item_name,
    state: c.state,
    channel: c.channel,
    createdAt: c.created_at.toISOString(),
    promisedDueAt: c.promised_due_at?.toISOString() ?? null,
  }));
}
