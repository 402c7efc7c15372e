import type { Queryable } from '../../db/client.ts';

export interface DueNode {
  id: string;
  case_id: string;
  case_no: string;
  node_id: string;
  node_name: string;
  department_id: string;
  activated_at: Date;
  due_at: Date;
}

/** Active nodes of running cases matching `where`, soonest due first, locked; nodes another sweeper holds are skipped. */
const claim = (where: string, batch: number) => `
  SELECT n.id, n.case_id, c.case_no, n.node_id, n.node_name, n.department_id, n.activated_at, n.due_at
    FROM case_nodes n JOIN cases c ON c.id = n.case_id
   WHERE c.district_code = $1 AND c.state = 'in_progress' AND n.state = 'active' AND ${where}
   ORDER BY n.due_at
   LIMIT ${batch}
   FOR UPDATE OF n SKIP LOCKED`;

/** Up to `batch` nodes past their deadline and not yet marked. */
export async function claimOverdueNodes(q: Queryable, districtCode: string, now: Date, batch: number) {
  const r = await q.query<DueNode>(claim('n.overdue_at IS NULL AND n.due_at < $2', batch), [
    districtCode,
    now,
  ]);
  return r.rows;
}

/** Up to `batch` nodes with less than `share` of their time left, or less than one calendar day, not yet marked. */
export async function claimDueSoonNodes(
  q: Queryable,
  districtCode: string,
  now: Date,
  share: number,
  batch: number,
) {
  const r = await q.query<DueNode>(
    claim(
      `n.due_soon_at IS NULL AND n.overdue_at IS NULL AND n.due_at >= $2
       AND (n.due_at - $2::timestamptz) < GREATEST((n.due_at - n.activated_at) * ${share}, interval '1 day')`,
      batch,
    ),
    [districtCode, now],
  );
  return r.rows;
}

/** An overdue node is escalated at the same moment. */
export async function markNodeOverdue(q: Queryable, nodeId: string, now: Date): Promise<void> {
  await q.query('UPDATE case_nodes SET overdue_at = $2, escalated_at = $2 WHERE id = $1', [nodeId, now]);
}

export async function markNodeDueSoon(q: Queryable, nodeId: string, now: Date): Promise<void> {
  await q.query('UPDATE case_nodes SET due_soon_at = $2 WHERE id = $1', [nodeId, now]);
}

/** Staff reminders go to the message outbox, addressed to a department's approvers or to a role. */
export async function notifyStaff(
  q: Queryable,
  districtCode: string,
  recipient: string,
  kind: string,
  body: string,
): Promise<void> {
  await q.query(
    `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'app', $2, $3, $4)`,
    [districtCode, recipient, kind, body],
  );
}
