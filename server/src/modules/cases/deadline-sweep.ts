import type { Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { formatShanghai } from '../calendar/shanghai-time.ts';
import type { RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';
import { appendEvent } from './cases.repo.ts';

/** Rows taken per transaction: small enough that a sweep never holds many locks for long. */
const BATCH = 100;
/** A node is "due soon" when less than this share of its time is left (and at least during its last day). */
const DUE_SOON_SHARE = 0.25;

interface DueNode {
  id: string;
  case_id: string;
  case_no: string;
  node_id: string;
  node_name: string;
  department_id: string;
  activated_at: Date;
  due_at: Date;
}

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

const CLAIM = `
  SELECT n.id, n.case_id, c.case_no, n.node_id, n.node_name, n.department_id, n.activated_at, n.due_at
    FROM case_nodes n JOIN cases c ON c.id = n.case_id
   WHERE c.district_code = $1 AND c.state = 'in_progress' AND n.state = 'active' AND %s
   ORDER BY n.due_at
   LIMIT ${BATCH}
   FOR UPDATE OF n SKIP LOCKED`;

async function markOverdue(tx: Queryable, ctx: RequestContext, now: Date): Promise<number> {
  const r = await tx.query<DueNode>(CLAIM.replace('%s', 'n.overdue_at IS NULL AND n.due_at < $2'), [
    ctx.districtCode,
    now,
  ]);
  for (const node of r.rows) {
    await tx.query('UPDATE case_nodes SET overdue_at = $2, escalated_at = $2 WHERE id = $1', [node.id, now]);
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
    await notify(
      tx,
      ctx,
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
  return r.rows.length;
}

async function markDueSoon(tx: Queryable, ctx: RequestContext, now: Date): Promise<number> {
  // Due soon: less than a quarter of the node's time is left, or less than one calendar day.
  const r = await tx.query<DueNode>(
    CLAIM.replace(
      '%s',
      `n.due_soon_at IS NULL AND n.overdue_at IS NULL AND n.due_at >= $2
       AND (n.due_at - $2::timestamptz) < GREATEST((n.due_at - n.activated_at) * ${DUE_SOON_SHARE}, interval '1 day')`,
    ),
    [ctx.districtCode, now],
  );
  for (const node of r.rows) {
    await tx.query('UPDATE case_nodes SET due_soon_at = $2 WHERE id = $1', [node.id, now]);
    await appendEvent(tx, ctx, node.case_id, {
      at: now,
      action: 'due_soon',
      nodeId: node.node_id,
      details: { department: node.department_id, dueAt: node.due_at.toISOString() },
    });
    await notify(
      tx,
      ctx,
      `department:${node.department_id}`,
      'node_due_soon',
      `【一门】办件 ${node.case_no} 的「${node.node_name}」环节即将到期（${formatShanghai(node.due_at).slice(0, 16).replace('T', ' ')}），请及时办理。`,
    );
  }
  return r.rows.length;
}

/** Staff reminders go to the message outbox, addressed to a department's approvers or to a role. */
async function notify(tx: Queryable, ctx: RequestContext, recipient: string, kind: string, body: string) {
  await tx.query(
    `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'app', $2, $3, $4)`,
    [ctx.districtCode, recipient, kind, body],
  );
}
