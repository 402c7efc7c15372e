import type { Db, Queryable } from '../../../db/client.ts';
import { runTogether } from '../../../db/statement.ts';
import { auditStatement } from '../../audit/audit.repo.ts';
import type { RequestContext } from '../../identity/actor.ts';
import { eventLogStatement } from './events.repo.ts';

/** Rows taken per transaction: a sweep never holds many locks for long. */
const BATCH = 100;
/** An event is "due soon" when less than this share of its stage's time is left. */
const DUE_SOON_SHARE = 0.25;

/** The running stage's deadline and start: 受理 (on-site confirmation), 处置, 核查. */
const STAGE_DUE = `CASE state WHEN 'reported' THEN accept_due_at WHEN 'dispatched' THEN dispose_due_at
                                WHEN 'disposed' THEN verify_due_at END`;
const STAGE_START = `CASE state WHEN 'reported' THEN reported_at WHEN 'dispatched' THEN COALESCE(registered_at, dispatched_at)
                                  WHEN 'disposed' THEN disposed_at END`;
const STAGE_NAME: Record<string, string> = { reported: '核实立案', dispatched: '处置', disposed: '核查' };

interface Due {
  id: string;
  event_no: string;
  state: string;
  unit_id: string | null;
  due_at: Date;
}

export interface EventSweepResult {
  dueSoon: number;
  overdue: number;
}

const message = (districtCode: string, recipient: string, kind: string, body: string) => ({
  sql: `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'app', $2, $3, $4)`,
  params: [districtCode, recipient, kind, body],
});

/**
 * Marks events whose running stage is due soon or overdue, and escalates every overdue one to the supervisors
 * (督办提醒) as a recorded step (timeline, audit, message). Each stage is judged once: a step that starts the
 * next stage clears the marks. Safe with several server processes: batches are claimed with FOR UPDATE SKIP
 * LOCKED, and a marked event moves its row version on, so an action decided before the mark is decided again.
 */
export async function sweepEventDeadlines(
  deps: { db: Db; now: () => Date; deadlines: { refresh(): Promise<void> } },
  districtCode: string,
): Promise<EventSweepResult> {
  await deps.deadlines.refresh();
  const now = deps.now();
  const ctx: RequestContext = {
    actor: null,
    ip: 'scheduler',
    correlationId: `event-sweep-${now.toISOString()}`,
    districtCode,
  };
  const result: EventSweepResult = { dueSoon: 0, overdue: 0 };
  for (;;) {
    const n = await deps.db.transaction((tx) => mark(tx, ctx, now, 'overdue'));
    result.overdue += n;
    if (n < BATCH) break;
  }
  for (;;) {
    const n = await deps.db.transaction((tx) => mark(tx, ctx, now, 'due_soon'));
    result.dueSoon += n;
    if (n < BATCH) break;
  }
  return result;
}

async function mark(
  tx: Queryable,
  ctx: RequestContext,
  now: Date,
  kind: 'overdue' | 'due_soon',
): Promise<number> {
  const condition =
    kind === 'overdue'
      ? `overdue_at IS NULL AND ${STAGE_DUE} < $2`
      : `due_soon_at IS NULL AND overdue_at IS NULL AND ${STAGE_DUE} >= $2
         AND (${STAGE_DUE} - $2::timestamptz) < (${STAGE_DUE} - ${STAGE_START}) * ${DUE_SOON_SHARE}`;
  const r = await tx.query<Due>(
    `SELECT id, event_no, state, unit_id, ${STAGE_DUE} AS due_at FROM gov_events
      WHERE district_code = $1 AND state IN ('reported','dispatched','disposed') AND ${condition}
      ORDER BY ${STAGE_DUE} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    [ctx.districtCode, now],
  );
  for (const e of r.rows) {
    const stage = STAGE_NAME[e.state] ?? e.state;
    // Not `stage`: on the timeline that names a photo's stage.
    const details = { during: e.state, unit: e.unit_id, dueAt: e.due_at.toISOString() };
    if (kind === 'overdue') {
      await runTogether(tx, [
        {
          sql: 'UPDATE gov_events SET overdue_at = $2, escalated_at = $2, row_version = row_version + 1 WHERE id = $1',
          params: [e.id, now],
        },
        // Both entries in one INSERT, so the timeline keeps them in this order: overdue, then escalate.
        {
          sql: `INSERT INTO gov_event_log (event_id, at, actor_id, actor_name, action, details)
                VALUES ($1, $2, NULL, '系统', 'overdue', $3), ($1, $2, NULL, '系统', 'escalate', $4)`,
          params: [e.id, now, JSON.stringify(details), JSON.stringify({ ...details, to: 'supervisor' })],
        },
        message(
          ctx.districtCode,
          'role:supervisor',
          'event_escalated',
          `【一门】事件 ${e.event_no} 的「${stage}」已超时，已提请督办。`,
        ),
        ...(e.unit_id
          ? [
              message(
                ctx.districtCode,
                `department:${e.unit_id}`,
                'event_overdue',
                `【一门】事件 ${e.event_no} 的「${stage}」已超时，请尽快办理。`,
              ),
            ]
          : []),
        auditStatement(ctx, {
          action: 'gov_event.escalate',
          targetType: 'gov_event',
          targetId: e.event_no,
          details,
        }),
      ]);
    } else {
      await runTogether(tx, [
        {
          sql: 'UPDATE gov_events SET due_soon_at = $2, row_version = row_version + 1 WHERE id = $1',
          params: [e.id, now],
        },
        eventLogStatement(ctx, e.id, { at: now, action: 'due_soon', details }),
        ...(e.unit_id
          ? [
              message(
                ctx.districtCode,
                `department:${e.unit_id}`,
                'event_due_soon',
                `【一门】事件 ${e.event_no} 的「${stage}」即将到期。`,
              ),
            ]
          : []),
      ]);
    }
  }
  return r.rows.length;
}
