import { RATING_LABELS, type RatingLevel } from '@yimen/shared/ratings';
import type { RectificationState, ReturnVisitInput } from '@yimen/shared/rectifications';
import type { Role } from '@yimen/shared/roles';
import type { Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
import type { CaseDeps, Deadlines } from './case-context.ts';
import { caseErrors } from './cases.errors.ts';
import { appendEvent } from './cases.repo.ts';
import {
  countRectifications,
  departmentExists,
  findRectification,
  findRectifications,
  type RectificationRow,
  recordVisit,
  type StoredVisit,
} from './rectifications.repo.ts';

/**
 * Who works on 差评整改: the approvers of the item's department (the department rated), and supervisors and
 * administrators for the whole district. The same roles that may close a rectification may read the list.
 */
const RECTIFIERS: readonly Role[] = ['department_approver', 'supervisor', 'administrator'];
const seesAll = (actor: Actor) => actor.roles.includes('supervisor') || actor.roles.includes('administrator');
/** A visit may be dated a little after the server's clock: the recording machine's clock may run ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;
const LIST_LIMIT = 500;

/** One rectification as every screen shows it. */
export function presentRectification(x: RectificationRow, now: Date, deadlines: Deadlines) {
  const open = x.state === 'open';
  const overdue = open && x.due_at.getTime() < now.getTime();
  // Whole working days: after today up to the deadline's day, or after that day up to today once it has passed.
  const left = !open
    ? null
    : overdue
      ? -deadlines.workingDaysBetween(x.due_at, now)
      : deadlines.workingDaysBetween(now, x.due_at);
  return {
    id: x.id,
    caseId: x.case_id,
    caseNo: x.case_no,
    itemName: x.item_name,
    departmentId: x.department_id,
    departmentName: x.department_name,
    rating: {
      level: x.level,
      label: RATING_LABELS[x.level as RatingLevel],
      indicators: x.indicators,
      comment: x.comment,
      ratedAt: x.rated_at.toISOString(),
    },
    openedAt: x.created_at.toISOString(),
    dueAt: x.due_at.toISOString(),
    workingDaysLeft: left,
    overdue,
    state: x.state,
    measures: x.measures,
    returnVisits: x.return_visits.map((v) => ({
      visitedAt: v.visitedAt,
      applicantSatisfied: v.applicantSatisfied,
      note: v.note,
      by: v.by,
    })),
    closedAt: x.closed_at?.toISOString() ?? null,
    closedBy: x.closed_by_name,
  };
}

async function assertDepartmentExists(q: Queryable, districtCode: string, id: string) {
  if (!(await departmentExists(q, districtCode, id))) throw caseErrors.noSuchDepartment({ id });
}

/**
 * 差评整改 list: a department sees its own rectifications, supervisors the district's (and may filter by
 * department). Open ones come first, most urgent first.
 */
export async function listRectifications(
  deps: CaseDeps,
  ctx: RequestContext,
  filter: { state?: RectificationState | undefined; department?: string | undefined },
) {
  const actor = authorize(ctx, { roles: RECTIFIERS });
  let departmentId = seesAll(actor) ? null : actor.departmentId;
  if (filter.department) {
    authorize(ctx, { roles: RECTIFIERS, department: filter.department });
    await assertDepartmentExists(deps.db, ctx.districtCode, filter.department);
    departmentId = filter.department;
  }
  if (!seesAll(actor) && !departmentId) return emptyList(deps.now());
  const now = deps.now();
  const rows = await findRectifications(deps.db, {
    districtCode: ctx.districtCode,
    departmentId,
    state: filter.state ?? null,
    now,
    limit: LIST_LIMIT,
  });
  return {
    generatedAt: now.toISOString(),
    counts: await countRectifications(deps.db, ctx.districtCode, departmentId, now),
    items: rows.map((x) => presentRectification(x, now, deps.deadlines)),
  };
}

const emptyList = (now: Date) => ({
  generatedAt: now.toISOString(),
  counts: { open: 0, overdue: 0, closed: 0 },
  items: [],
});

/** The supervisor's board: how many bad ratings await rectification, how many are overdue, the latest few. */
export async function rectificationSummary(
  q: Queryable,
  deadlines: Deadlines,
  districtCode: string,
  now: Date,
) {
  const counts = await countRectifications(q, districtCode, null, now);
  const latest = await findRectifications(q, {
    districtCode,
    departmentId: null,
    state: 'open',
    now,
    limit: 5,
    newestFirst: true,
  });
  return {
    open: counts.open,
    overdue: counts.overdue,
    latest: latest.map((x) => presentRectification(x, now, deadlines)),
  };
}

/**
 * 回访: the department records the measures it took and a return visit to the applicant. The applicant satisfied
 * closes the rectification; not satisfied, it stays open and the department keeps rectifying (and visits again)
 * within the same 15 working days. A closed rectification takes no more visits.
 */
export async function recordReturnVisit(
  deps: CaseDeps,
  ctx: RequestContext,
  id: string,
  input: ReturnVisitInput,
) {
  const actor = authorize(ctx, { roles: RECTIFIERS });
  const now = deps.now();
  const visitedAt = new Date(input.visitedAt);
  return deps.db.transaction(async (tx) => {
    const rect = await findRectification(tx, ctx.districtCode, id, true);
    if (!rect) throw caseErrors.noSuchRectification();
    authorize(ctx, { roles: RECTIFIERS, department: rect.department_id });
    if (rect.state !== 'open') throw caseErrors.rectificationClosed();
    if (visitedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw caseErrors.visitInFuture();
    if (visitedAt < rect.rated_at) throw caseErrors.visitBeforeRating();
    const visit: StoredVisit = {
      visitedAt: visitedAt.toISOString(),
      applicantSatisfied: input.applicantSatisfied,
      note: input.note?.trim() || null,
      by: actor.name,
      recordedAt: now.toISOString(),
    };
    const last = rect.return_visits.at(-1);
    // A retry of the visit just recorded (same time, same answer, same measures) records nothing new.
    const repeat =
      last !== undefined &&
      last.visitedAt === visit.visitedAt &&
      last.applicantSatisfied === visit.applicantSatisfied &&
      rect.measures === input.measures.trim();
    if (!repeat) {
      if (last && visitedAt < new Date(last.visitedAt)) throw caseErrors.visitBeforePrevious();
      const close = input.applicantSatisfied;
      await recordVisit(tx, id, { measures: input.measures.trim(), visit, close, closedBy: actor.id, now });
      await appendEvent(tx, ctx, rect.case_id, {
        action: close ? 'rectified' : 'return_visit',
        details: { measures: input.measures.trim(), returnVisit: visit },
      });
      await recordAudit(tx, ctx, {
        action: close ? 'rectification.close' : 'rectification.visit',
        targetType: 'rectification',
        targetId: id,
        details: { caseNo: rect.case_no, applicantSatisfied: input.applicantSatisfied },
      });
    }
    const updated = await findRectification(tx, ctx.districtCode, id);
    return presentRectification(updated as RectificationRow, now, deps.deadlines);
  });
}
