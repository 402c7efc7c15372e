import type { Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { formatShanghai } from '../calendar/shanghai-time.ts';
import type { RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';
import { appendEvent } from './cases.repo.ts';
import {
  claimDueSoonNodes,
  claimOverdueNodes,
  markNodeDueSoon,
  markNodeOverdue,
  notifyStaff,
} from './deadlines.repo.ts';

/** Rows taken per transaction: small enough that a sweep never holds many locks for long. */
const BATCH = 100;
/** A node is "due soon" when less than this share of its time is left (and at least during its last day). */
const DUE_SOON_SHARE = 0.25;

export interface SweepResult {
  dueSoon: number;
  overdue: number;
}

/**
 * Marks department nodes due soon and overdue, and escalates every overdue node to the supervisors as an
 * ordinary recorded transition (timeline + audit). Safe with several server processes: each batch is claimed
 * with FOR UPDATE SKIP LOCKED, so two sweepers never take the same node, and a marked node is not taken again.
 */
export async function sweepDeadlines(deps: CaseDeps, districtCode: string): Promise<SweepResult> {
  await deps.deadlines.refresh();
  const now = deps.now();
  const ctx: RequestContext = {
    actor: null,
    ip: 'scheduler',
    correlationId: `sweep-${now.toISOString()}`,
    districtCode,
  };
  const result: SweepResult = { dueSoon: 0, overdue: 0 };
  for (;;) {
    const n = await deps.db.transaction((tx) => markOverdue(tx, ctx, now));
    result.overdue += n;
    if (n < BATCH) break;
  }
  for (;;) {
    const n = await deps.db.transaction((tx) => markDueSoon(tx, ctx, now));
    result.dueSoon += n;
    if (n < BATCH) break;
  }
  return result;
}

async function markOverdue(tx: Queryable, ctx: RequestContext, now: Date): Promise<number> {
  const nodes = await claimOverdueNodes(tx, ctx.districtCode, now, BATCH);
  for (const node of nodes) {
    await markNodeOverdue(tx, node.id, now);
    const details = {
      node: node.node_id,
      nodeName: node.node_name,
      department: node.department_id,
      dueAt: node.due_at.toISOString(),
    };
    await appendEvent(tx, ctx, node.case_id, { at: now, action: 'overdue', nodeId: node.node_id, details });
    await appendEvent(tx, ctx, node.case_id, {
      at: now,
      action: 'escalate',
      nodeId: node.node_id,
      details: { ...details, to: 'supervisor' },
    });
    await notifyStaff(
      tx,
      ctx.districtCode,
      'role:supervisor',
      'node_escalated',
      `【一门】办件 ${node.case_no} 的「${node.node_name}」环节已超期，已提请督办。`,
    );
    await recordAudit(tx, ctx, {
      action: 'case.escalate',
      targetType: 'case',
      targetId: node.case_no,
      details,
    });
  }
  return nodes.length;
}

async function markDueSoon(tx: Queryable, ctx: RequestContext, now: Date): Promise<number> {
  const nodes = await claimDueSoonNodes(tx, ctx.districtCode, now, DUE_SOON_SHARE, BATCH);
  for (const node of nodes) {
    await markNodeDueSoon(tx, node.id, now);
    await appendEvent(tx, ctx, node.case_id, {
      at: now,
      action: 'due_soon',
      nodeId: node.node_id,
      details: { department: node.department_id, dueAt: node.due_at.toISOString() },
    });
    await notifyStaff(
      tx,
      ctx.districtCode,
      `department:${node.department_id}`,
      'node_due_soon',
      `【一门】办件 ${node.case_no} 的「${node.node_name}」环节即将到期（${formatShanghai(node.due_at).slice(0, 16).replace('T', ' ')}），请及时办理。`,
    );
  }
  return nodes.length;
}
