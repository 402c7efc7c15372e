import type { Db } from '../../db/client.ts';
import type { Deadlines } from '../cases/case-context.ts';
import { rectificationSummary } from '../cases/rectifications.ts';
import { casesAtWindows } from '../cases/window-work.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';

const SUPERVISORS = ['supervisor', 'administrator'] as const;

interface BoardRow {
  case_id: string;
  case_no: string;
  item_name: string;
  applicant_name: string;
  department_id: string;
  department_name: string;
  node_id: string;
  node_name: string;
  limit_days: number;
  activated_at: Date;
  due_at: Date;
  due_soon_at: Date | null;
  overdue_at: Date | null;
  escalated_at: Date | null;
}

/**
 * 在线监察: every department node that is running now, with the time used against its limit; overdue and
 * escalated nodes first; and the bad ratings awaiting rectification. Supervisors see the whole district.
 */
export async function supervisionBoard(db: Db, deadlines: Deadlines, ctx: RequestContext, now: Date) {
  authorize(ctx, { roles: SUPERVISORS });
  const r = await db.query<BoardRow>(
    `SELECT c.id AS case_id, c.case_no, c.item_name, c.applicant_name, n.department_id, d.name_zh AS department_name,
            n.node_id, n.node_name, n.limit_days, n.activated_at, n.due_at, n.due_soon_at, n.overdue_at, n.escalated_at
       FROM case_nodes n
       JOIN cases c ON c.id = n.case_id
       JOIN departments d ON d.id = n.department_id
      WHERE c.district_code = $1 AND n.state = 'active' AND c.state IN ('in_progress', 'suspended')
      ORDER BY n.due_at
      LIMIT 1000`,
    [ctx.districtCode],
  );
  const t = now.getTime();
  const nodes = r.rows.map((n) => {
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
  const r = await db.query<{
    department_id: string;
    department_name: string;
    completed: number;
    on_time: number;
    instant: number;
    avg_hours: number | null;
    visits: number | null;
  }>(
    `SELECT c.department_id, d.name_zh AS department_name,
            count(*)::int AS completed,
            count(*) FILTER (WHERE c.handling_type = 'instant' OR c.completed_at <= c.promised_due_at)::int AS on_time,
            count(*) FILTER (WHERE c.handling_type = 'instant')::int AS instant,
            (avg(extract(epoch FROM c.completed_at - c.created_at)) / 3600)::float8 AS avg_hours,
            avg(c.visits)::float8 AS visits
       FROM cases c JOIN departments d ON d.id = c.department_id
      WHERE c.district_code = $1 AND c.state = 'completed' AND c.completed_at >= $2 AND c.completed_at < $3
      GROUP BY c.department_id, d.name_zh
      ORDER BY completed DESC`,
    [ctx.districtCode, from, to],
  );
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  return r.rows.map((x) => ({
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
  const r = await db.query<{
    case_id: string;
    case_no: string;
    item_name: string;
    applicant_name: string;
    predicate: string;
    expected: boolean;
    answer: boolean;
    raised_at: Date;
  }>(
    `SELECT f.case_id, c.case_no, c.item_name, c.applicant_name, f.predicate, f.expected, f.answer, f.raised_at
       FROM follow_up_flags f JOIN cases c ON c.id = f.case_id
      WHERE f.district_code = $1 AND f.resolved_at IS NULL
      ORDER BY f.raised_at DESC LIMIT 500`,
    [ctx.districtCode],
  );
  return r.rows.map((f) => ({
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
