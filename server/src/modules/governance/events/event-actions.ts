import { randomUUID } from 'node:crypto';
import {
  allowedEventActions,
  EVENT_ACTIONS,
  type EventParties,
  type EventParty,
  type GovAction,
  missedParty,
} from '@yimen/shared/event-actions';
import { type EventState, OPEN_EVENT_STATES } from '@yimen/shared/states';
import { retryStale, runGuarded, type Statement } from '../../../db/statement.ts';
import type { AppError } from '../../../errors.ts';
import { auditStatement } from '../../audit/audit.repo.ts';
import { type Actor, authorize, type RequestContext } from '../../identity/actor.ts';
import { milestoneMessagesStatement } from '../../messages/messages.repo.ts';
import { limitsFor } from '../taxonomy/severity-limits.ts';
import { eventActionErrors } from './event-actions.errors.ts';
import { maySee } from './event-visibility.ts';
import { eventErrors } from './events.errors.ts';
import {
  closeTasksStatement,
  copyFollowersStatement,
  type EventRow,
  eventGuardStatement,
  eventLogStatement,
  findEvent,
  listFollowers,
  type TaskRow,
  taskInsertStatement,
} from './events.repo.ts';
import type { GovDeps } from './gov-deps.ts';
import { dueAfter } from './report-event.service.ts';

export interface GovActionInput {
  note?: string | undefined;
  reasons?: string[] | undefined;
  classCode?: string | undefined;
  /** merge: the event this report duplicates. */
  into?: string | undefined;
  rating?: number | undefined;
}

const needReasons = (input: GovActionInput) => {
  const reasons = (input.reasons ?? []).map((r) => r.trim()).filter(Boolean);
  if (!reasons.length) {
    throw eventActionErrors.reasonsMissing();
  }
  return reasons;
};

/** The event as the shared rules read it. */
const parties = (e: EventRow): EventParties => ({
  state: e.state,
  gridCode: e.grid_code,
  gridWorkerId: e.grid_worker_id,
  unitId: e.unit_id,
  reporterUserId: e.reporter_user_id,
});

/** Why the actor is not the party a step needs (the event's grid, its unit, its reporter), or null when they are. */
function partyRefusal(actor: Actor, e: EventRow, party: EventParty): AppError | null {
  switch (missedParty(actor, parties(e), party)) {
    case 'grid':
      return eventActionErrors.notYourGrid();
    case 'unit':
      return eventActionErrors.notYourUnit();
    case 'reporter':
      return eventActionErrors.notTheReporter();
    default:
      return null;
  }
}

function checkParty(actor: Actor, e: EventRow, party: EventParty) {
  const refusal = partyRefusal(actor, e, party);
  if (refusal) throw refusal;
}

/**
 * The steps the actor may take on the event now — role, state and party as takeEventAction checks them — so a
 * list can show only what its reader can act on.
 */
export function actionsFor(actor: Actor, e: EventRow): GovAction[] {
  return maySee(actor, e) ? allowedEventActions(actor, parties(e)) : [];
}

interface Step {
  deps: GovDeps;
  ctx: RequestContext;
  actor: Actor;
  e: EventRow;
  input: GovActionInput;
  now: Date;
  fields: Partial<EventRow>;
  writes: Statement[];
  details: Record<string, unknown>;
}

/** The unit's disposal task, due by the class's limit from now. */
function disposalTask(s: Step, unitId: string, userId: string | null) {
  const limits = limitsFor(
    s.deps.router.taxonomy.byCode.get(s.fields.class_code ?? s.e.class_code)!,
    s.e.severity,
  );
  const due = dueAfter(s.deps, s.now, limits.dispose);
  s.fields.dispose_due_at = due;
  s.writes.push(
    taskInsertStatement({
      id: randomUUID(),
      event_id: s.e.id,
      kind: 'dispose',
      unit_id: unitId,
      user_id: userId,
      state: 'open',
      due_at: due,
      created_at: s.now,
    }),
  );
}

/** Routes the event again (a corrected class, or a unit that said it is not theirs) and hands over the task. */
async function reroute(s: Step, classCode: string, exclude: Set<string>) {
  const location = s.deps.router.locate(s.e.lng, s.e.lat);
  if (!location) throw eventActionErrors.outsideDistrict({ eventNo: s.e.event_no });
  const route = s.deps.router.route(classCode, location, s.now, exclude);
  s.writes.push(
    closeTasksStatement(s.e.id, ['dispose'], 'returned', s.actor.id, s.now, {
      reason: s.details.reasons ?? null,
    }),
  );
  const history = Array.isArray(s.e.routing.history) ? s.e.routing.history : [];
  s.fields.unit_id = route.unitId;
  s.fields.assignee_user_id = route.userId;
  s.fields.routing = {
    ...route,
    gridWorkerId: s.e.grid_worker_id,
    decidedAt: s.now.toISOString(),
    excluded: [...exclude],
    history: [
      ...history,
      { unitId: s.e.unit_id, ruleId: s.e.routing.ruleId ?? null, reason: s.e.routing.reason ?? null },
    ],
  };
  s.fields.dispatched_at = s.now;
  disposalTask(s, route.unitId, route.userId);
  s.details.routing = route.reason;
  s.details.unitId = route.unitId;
}

const handlers: Record<GovAction, (s: Step) => Promise<EventState>> = {
  async confirm(s) {
    s.writes.push(
      closeTasksStatement(s.e.id, ['confirm'], 'done', s.actor.id, s.now, { note: s.input.note ?? null }),
    );
    s.fields.registered_at = s.now;
    return 'dispatched';
  },
  async reject(s) {
    s.details.reasons = needReasons(s.input);
    s.writes.push(closeTasksStatement(s.e.id, ['confirm', 'dispose'], 'cancelled', s.actor.id, s.now));
    return 'rejected';
  },
  async void(s) {
    s.details.reasons = needReasons(s.input);
    s.writes.push(
      closeTasksStatement(s.e.id, ['confirm', 'dispose', 'check'], 'cancelled', s.actor.id, s.now),
    );
    return 'voided';
  },
  async reclassify(s) {
    const code = s.input.classCode;
    if (!code || !s.deps.router.taxonomy.byCode.has(code)) {
      throw eventActionErrors.unknownClass();
    }
    if (code === s.e.class_code) {
      throw eventActionErrors.sameClass();
    }
    s.details.from = s.e.class_code;
    s.details.to = code;
    s.fields.class_code = code;
    s.fields.classification = {
      ...s.e.classification,
      chosen: code,
      by: 'operator',
      correctedFrom: s.e.class_code,
    };
    await reroute(s, code, new Set());
    return s.e.state;
  },
  async send_back(s) {
    s.details.reasons = needReasons(s.input);
    const excluded = new Set<string>(
      Array.isArray(s.e.routing.excluded) ? (s.e.routing.excluded as string[]) : [],
    );
    excluded.add(s.e.unit_id!);
    s.fields.sendback_count = s.e.sendback_count + 1;
    await reroute(s, s.e.class_code, excluded);
    return s.e.state;
  },
  async dispose(s) {
    const note = s.input.note?.trim();
    if (!note) throw eventActionErrors.disposalNoteMissing();
    s.details.note = note;
    s.writes.push(closeTasksStatement(s.e.id, ['dispose'], 'done', s.actor.id, s.now, { note }));
    const limits = limitsFor(s.deps.router.taxonomy.byCode.get(s.e.class_code)!, s.e.severity);
    const due = dueAfter(s.deps, s.now, limits.verify);
    s.fields.disposed_at = s.now;
    s.fields.verify_due_at = due;
    const office = s.e.routing.fallback ? (s.e.unit_id ?? null) : null;
    s.writes.push(
      taskInsertStatement({
        id: randomUUID(),
        event_id: s.e.id,
        kind: 'check',
        unit_id: s.e.grid_worker_id ? null : office,
        user_id: s.e.grid_worker_id,
        state: 'open',
        due_at: due,
        created_at: s.now,
      }),
    );
    return 'disposed';
  },
  async check_pass(s) {
    s.writes.push(
      closeTasksStatement(s.e.id, ['check'], 'done', s.actor.id, s.now, {
        passed: true,
        note: s.input.note ?? null,
      }),
    );
    s.fields.closed_at = s.now;
    return 'closed';
  },
  async check_fail(s) {
    s.details.reasons = needReasons(s.input);
    s.writes.push(closeTasksStatement(s.e.id, ['check'], 'returned', s.actor.id, s.now, { passed: false }));
    s.fields.rework_count = s.e.rework_count + 1;
    s.fields.disposed_at = null;
    s.fields.verify_due_at = null;
    disposalTask(s, s.e.unit_id!, s.e.assignee_user_id);
    return 'dispatched';
  },
  async park(s) {
    s.details.reasons = needReasons(s.input);
    return 'parked';
  },
  async resume() {
    return 'dispatched';
  },
  async supervise(s) {
    s.details.note = s.input.note ?? null;
    s.fields.supervised_at = s.now;
    return s.e.state;
  },
  async merge(s) {
    const into = s.input.into;
    if (!into) throw eventActionErrors.mergeTargetMissing();
    const target = await findEvent(s.deps.db, s.ctx.districtCode, into);
    if (!target || target.id === s.e.id) {
      throw eventActionErrors.mergeTargetNotFound();
    }
    if (!OPEN_EVENT_STATES.includes(target.state)) {
      throw eventActionErrors.mergeTargetClosed();
    }
    s.fields.duplicate_of = target.id;
    s.details.into = target.event_no;
    s.writes.push(
      closeTasksStatement(s.e.id, ['confirm', 'dispose', 'check'], 'cancelled', s.actor.id, s.now),
    );
    // Every reporter of this report follows the original from now on.
    s.writes.push(copyFollowersStatement(s.e.id, target.id));
    return 'merged';
  },
  async rate(s) {
    const rating = s.input.rating;
    if (!Number.isInteger(rating) || rating! < 1 || rating! > 5) {
      throw eventActionErrors.ratingOutOfRange();
    }
    if (s.e.rating !== null) throw eventActionErrors.alreadyRated();
    s.fields.rating = rating!;
    s.fields.rating_comment = s.input.note?.trim() || null;
    s.details.rating = rating;
    return 'closed';
  },
};

/** What the reporters (the event's followers) are told when their event moves on. */
const TELL: Partial<Record<GovAction, (no: string, s: Step) => string>> = {
  confirm: (no) => `【一门】您上报的事件 ${no} 已核实立案，正在处置。`,
  reject: (no, s) =>
    `【一门】您上报的事件 ${no} 经核实不予立案：${(s.details.reasons as string[]).join('；')}。`,
  void: (no, s) => `【一门】您上报的事件 ${no} 已作废：${(s.details.reasons as string[]).join('；')}。`,
  dispose: (no) => `【一门】您上报的事件 ${no} 已处置完毕，网格员将到现场核查。`,
  check_fail: (no) => `【一门】您上报的事件 ${no} 核查未通过，已退回重新处置。`,
  check_pass: (no) => `【一门】您上报的事件 ${no} 已办结，欢迎对处理结果进行评价。`,
  merge: (no, s) =>
    `【一门】您上报的事件 ${no} 与事件 ${s.details.into} 为同一问题，已合并，请关注事件 ${s.details.into} 的进展。`,
};

/**
 * Messages to every follower: app users in 我的消息, hotline callers by SMS. A person who follows the event through
 * more than one report (a duplicate merged into it) is told once; the rework round names a step that recurs.
 */
async function tellFollowers(s: Step, action: GovAction, text: string): Promise<Statement | null> {
  const followers = await listFollowers(s.deps.db, s.e.id);
  return milestoneMessagesStatement(
    s.ctx.districtCode,
    followers.flatMap((f) => {
      const recipient = f.user_id
        ? `user:${f.user_id}`
        : f.phone_enc
          ? s.deps.pii.decrypt(f.phone_enc)
          : null;
      if (!recipient) return [];
      return [
        {
          channel: f.user_id ? ('app' as const) : ('sms' as const),
          recipient,
          kind: 'event_update',
          body: text,
          milestone: `event:${s.e.id}:${action}:${s.e.rework_count}`,
        },
      ];
    }),
  );
}

export const eventChangedMeanwhile = () => eventActionErrors.changedMeanwhile();

/**
 * One step of an event's life: checks role, state and party (the event's grid worker, the unit it was
 * dispatched to, the reporter), then writes the event, its tasks, the timeline and the audit record in one
 * statement that holds only if nobody changed the event since it was read.
 */
export async function takeEventAction(
  deps: GovDeps,
  ctx: RequestContext,
  eventId: string,
  action: GovAction,
  input: GovActionInput,
) {
  const rule = EVENT_ACTIONS[action];
  const actor = authorize(ctx, { roles: rule.roles });
  const result = await retryStale(async () => {
    const e = await findEvent(deps.db, ctx.districtCode, eventId);
    // Someone else's event answers as if it did not exist, as its page does; every refusal comes before a write.
    if (!e || !maySee(actor, e)) throw eventErrors.notFound();
    checkParty(actor, e, rule.party);
    if (!rule.from.includes(e.state)) {
      throw eventActionErrors.notNow({ eventNo: e.event_no, state: e.state, action });
    }
    const now = deps.now();
    const s: Step = { deps, ctx, actor, e, input, now, fields: {}, writes: [], details: {} };
    const to = await handlers[action](s);
    if (to !== e.state) s.fields.state = to;
    // A new stage (or a new disposal deadline) is judged afresh by the deadline sweep.
    if ((to !== e.state && (to === 'dispatched' || to === 'disposed')) || s.fields.dispose_due_at) {
      Object.assign(s.fields, { due_soon_at: null, overdue_at: null, escalated_at: null });
    }
    const tell = TELL[action];
    const told = tell ? await tellFollowers(s, action, tell(e.event_no, s)) : null;
    if (told) s.writes.push(told);
    await runGuarded(deps.db, eventGuardStatement(e.id, e.row_version, s.fields), [
      ...s.writes,
      eventLogStatement(ctx, e.id, { at: now, action, from: e.state, to, details: s.details }),
      auditStatement(ctx, {
        action: `gov_event.${action}`,
        targetType: 'gov_event',
        targetId: e.event_no,
        details: { from: e.state, to },
      }),
    ]);
    return { from: e.state, to, unitBefore: e.unit_id };
  }, eventChangedMeanwhile);
  const saved = await findEvent(deps.db, ctx.districtCode, eventId);
  // A unit the event was taken from (re-routed, sent back) hears it too, so its queue drops the event live.
  const before = result.unitBefore;
  if (saved)
    await deps.publish?.(
      saved,
      `event.${action}`,
      before && before !== saved.unit_id ? [`unit:${before}`] : [],
    );
  return { from: result.from, to: result.to };
}

export type { TaskRow };
