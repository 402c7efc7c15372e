import type { Queryable } from '../../../db/client.ts';
import type { Statement } from '../../../db/statement.ts';

/** The running stage's deadline and start: 受理 (on-site confirmation), 处置, 核查. */
const STAGE_DUE = `CASE state WHEN 'reported' THEN accept_due_at WHEN 'dispatched' THEN dispose_due_at
                                WHEN 'disposed' THEN verify_due_at END`;
const STAGE_START = `CASE state WHEN 'reported' THEN reported_at WHEN 'dispatched' THEN COALESCE(registered_at, dispatched_at)
                                  WHEN 'disposed' THEN disposed_at END`;

export interface DueEvent {
  id: string;
  event_no: string;
  state: string;
  unit_id: string | null;
  due_at: Date;
}

/**
 * Claims up to `batch` open events whose running stage is overdue, or due soon (less than `dueSoonShare` of its
 * time left), not marked yet; locked for the transaction, skipping rows another process holds.
 */
export async function claimDueEvents(
  tx: Queryable,
  districtCode: string,
  now: Date,
  kind: 'overdue' | 'due_soon',
  batch: number,
  dueSoonShare: number,
): Promise<DueEvent[]> {
  const condition =
    kind === 'overdue'
      ? `overdue_at IS NULL AND ${STAGE_DUE} < $2`
      : `due_soon_at IS NULL AND overdue_at IS NULL AND ${STAGE_DUE} >= $2
         AND (${STAGE_DUE} - $2::timestamptz) < (${STAGE_DUE} - ${STAGE_START}) * ${dueSoonShare}`;
  const r = await tx.query<DueEvent>(
    `SELECT id, event_no, state, unit_id, ${STAGE_DUE} AS due_at FROM gov_events
      WHERE district_code = $1 AND state IN ('reported','dispatched','disposed') AND ${condition}
      ORDER BY ${STAGE_DUE} LIMIT ${batch} FOR UPDATE SKIP LOCKED`,
    [districtCode, now],
  );
  return r.rows;
}

/** An in-app message to a recipient (a role or a department), through the outbox. */
export const appMessageStatement = (
  districtCode: string,
  recipient: string,
  kind: string,
  body: string,
): Statement => ({
  sql: `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'app', $2, $3, $4)`,
  params: [districtCode, recipient, kind, body],
});

export const markOverdueStatement = (id: string, now: Date): Statement => ({
  sql: 'UPDATE gov_events SET overdue_at = $2, escalated_at = $2, row_version = row_version + 1 WHERE id = $1',
  params: [id, now],
});

/** Both timeline entries in one INSERT, so the timeline keeps them in this order: overdue, then escalate. */
export const overdueLogStatement = (
  id: string,
  now: Date,
  details: Record<string, unknown>,
  escalation: Record<string, unknown>,
): Statement => ({
  sql: `INSERT INTO gov_event_log (event_id, at, actor_id, actor_name, action, details)
                VALUES ($1, $2, NULL, '系统', 'overdue', $3), ($1, $2, NULL, '系统', 'escalate', $4)`,
  params: [id, now, JSON.stringify(details), JSON.stringify(escalation)],
});

export const markDueSoonStatement = (id: string, now: Date): Statement => ({
  sql: 'UPDATE gov_events SET due_soon_at = $2, row_version = row_version + 1 WHERE id = $1',
  params: [id, now],
});
