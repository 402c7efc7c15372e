import type { Db } from '../../db/client.ts';
import type { Deadlines } from '../cases/case-context.ts';
import { rectificationSummary } from '../cases/rectifications.service.ts';
import { casesAtWindows } from '../cases/window-work.service.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { supervisionErrors } from './supervision.errors.ts';
import { completedByDepartment, openFlags, runningNodes } from './supervision.repo.ts';

const SUPERVISORS = ['supervisor', 'administrator'] as const;

/**
 * 在线监察: every department node that is running now, with the time used against its limit; overdue and
 * escalated nodes first; and the bad ratings awaiting rectification. Supervisors see the whole district.
 */
export async function supervisionBoard(db: Db, deadlines: Deadlines, ctx: RequestContext, now: Date) {
  authorize(ctx, { roles: SUPERVISORS });
  const rows = await runningNodes(db, ctx.districtCode);
  const t = now.getTime();
  const nodes = rows.map((n) => {
    const total = Math.max(1, n.due_at.getTime() - n.activated_at.getTime());
    const overdue = n.overdue_at !== null || n.due_at.getTime() < t;
    return {
      caseId: n.case_id,
      caseNo: n.case_no,
      itemName: n.item_name,
      applicantName: n.applicant_name,
      departmentId: n.department_id,
      departmentName: n.department_name,
      nodeId: n.node_id,
      nodeName: n.node_name,
      limitDays: n.limit_days,
      activatedAt: n.activated_at.toISOString(),
      dueAt: n.due_at.toISOString(),
      usedShare: Math.round(((t - n.activated_at.getTime()) / total) * 100) / 100,
      dueSoon: n.due_soon_at !== null,
      overdue,
      escalated: n.escalated_at !== null,
    };
  });
  const byDepartment = new Map<
    string,
    { departmentId: string; departmentName: string; open: number; dueSoon: number; overdue: number }
  >();
  for (const n of nodes) {
    const d = byDepartment.get(n.departmentId) ?? {
      departmentId: n.departmentId,
      departmentName: n.departmentName,
      open: 0,
      dueSoon: 0,
      overdue: 0,
    };
    d.open += 1;
    if (n.dueSoon && !n.overdue) d.dueSoon += 1;
    if (n.overdue) d.overdue += 1;
    byDepartment.set(n.departmentId, d);
  }
  nodes.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.usedShare - a.usedShare);
  return {
    generatedAt: now.toISOString(),
    // What waits at the windows, not at a department: pre-review, the seal, and cases still being checked.
    windows: await casesAtWindows(db, ctx.districtCode, null),
    departments: [...byDepartment.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open),
    nodes,
    overdue: nodes.filter((n) => n.overdue),
    escalated: nodes.filter((n) => n.escalated),
    rectifications: await rectificationSummary(db, deadlines, ctx.districtCode, now),
  };
}

/**
 * Per department over a period: on-time rate (completed by the promised date; instant items are on time by
 * definition), average handling time, share of instant completions, and visits per case.
 */
export async function departmentStats(db: Db, ctx: RequestContext, from: Date, to: Date) {
  authorize(ctx, { roles: SUPERVISORS });
  if (to <= from) throw supervisionErrors.periodBackwards();
  const rows = await completedByDepartment(db, ctx.districtCode, from, to);
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  return rows.map((x) => ({
    departmentId: x.department_id,
    departmentName: x.department_name,
    completed: x.completed,
    onTimeRate: round(x.on_time / x.completed),
    instantShare: round(x.instant / x.completed),
    averageHandlingHours: round(x.avg_hours ?? 0, 1),
    visitsPerCase: round(x.visits ?? 0, 2),
  }));
}

/** 先信任后审批 follow-up: cases whose after-the-fact cross-check found a declared fact untrue. */
export async function openFollowUpFlags(db: Db, ctx: RequestContext) {
  authorize(ctx, { roles: SUPERVISORS });
  const rows = await openFlags(db, ctx.districtCode);
  return rows.map((f) => ({
    caseId: f.case_id,
    caseNo: f.case_no,
    itemName: f.item_name,
    applicantName: f.applicant_name,
    predicate: f.predicate,
    declared: f.expected,
    found: f.answer,
    raisedAt: f.raised_at.toISOString(),
  }));
}
