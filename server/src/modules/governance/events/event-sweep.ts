import type { Db, Queryable } from '../../../db/client.ts';
import { runTogether } from '../../../db/statement.ts';
import { auditStatement } from '../../audit/audit.repo.ts';
import type { RequestContext } from '../../identity/actor.ts';
import {
  appMessageStatement,
  claimDueEvents,
  markDueSoonStatement,
  markOverdueStatement,
  overdueLogStatement,
} from './event-sweep.repo.ts';
import { eventLogStatement } from './events.repo.ts';

/** Rows taken per transaction: a sweep never holds many locks for long. */
const BATCH = 100;
/** An event is "due soon" when less than this share of its stage's time is left. */
const DUE_SOON_SHARE = 0.25;

const STAGE_NAME: Record<string, string> = { reported: '核实立案', dispatched: '处置', disposed: '核查' };

export interface EventSweepResult {
  dueSoon: number;
  overdue: number;
}

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
  const due = await claimDueEvents(tx, ctx.districtCode, now, kind, BATCH, DUE_SOON_SHARE);
  for (const e of due) {
    const stage = STAGE_NAME[e.state] ?? e.state;
    // Not `stage`: on the timeline that names a photo's stage.
    const details = { during: e.state, unit: e.unit_id, dueAt: e.due_at.toISOString() };
    if (kind === 'overdue') {
      await runTogether(tx, [
        markOverdueStatement(e.id, now),
        overdueLogStatement(e.id, now, details, { ...details, to: 'supervisor' }),
        appMessageStatement(
          ctx.districtCode,
          'role:supervisor',
          'event_escalated',
          `【一门】事件 ${e.event_no} 的「${stage}」已超时，已提请督办。`,
        ),
        ...(e.unit_id
          ? [
              appMessageStatement(
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
        markDueSoonStatement(e.id, now),
        eventLogStatement(ctx, e.id, { at: now, action: 'due_soon', details }),
        ...(e.unit_id
          ? [
              appMessageStatement(
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
  return due.length;
}
