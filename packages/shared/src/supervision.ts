import { type Static, Type } from 'typebox';
import { WindowWork } from './cases.ts';
import { Time } from './common.ts';
import { RectificationSummary } from './rectifications.ts';

/** The contract of 在线监察: the live board, the departments' statistics per period, the follow-up flags. */

/** A running department node, with the time used against its limit. */
export const BoardNode = Type.Object({
  caseId: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  nodeId: Type.String(),
  nodeName: Type.String(),
  limitDays: Type.Integer(),
  activatedAt: Time,
  dueAt: Time,
  /** Time used against the node's limit: 0.5 = half gone, 1 = due now, above 1 = overdue. */
  usedShare: Type.Number(),
  dueSoon: Type.Boolean(),
  overdue: Type.Boolean(),
  escalated: Type.Boolean(),
});
export type BoardNode = Static<typeof BoardNode>;

export const BoardDepartment = Type.Object({
  departmentId: Type.String(),
  departmentName: Type.String(),
  open: Type.Integer(),
  dueSoon: Type.Integer(),
  overdue: Type.Integer(),
});
export type BoardDepartment = Static<typeof BoardDepartment>;

export const Board = Type.Object({
  generatedAt: Time,
  /** What waits at the windows rather than at a department. */
  windows: WindowWork,
  departments: Type.Array(BoardDepartment),
  nodes: Type.Array(BoardNode),
  overdue: Type.Array(BoardNode),
  escalated: Type.Array(BoardNode),
  /** Bad ratings awaiting rectification: the counts and the newest open ones. */
  rectifications: RectificationSummary,
});
export type Board = Static<typeof Board>;

export const DepartmentStatsQuery = Type.Object(
  { from: Type.String({ format: 'date-time' }), to: Type.String({ format: 'date-time' }) },
  { additionalProperties: false },
);

export const DepartmentStats = Type.Object({
  departmentId: Type.String(),
  departmentName: Type.String(),
  completed: Type.Integer(),
  /** Shares are 0–1. */
  onTimeRate: Type.Number(),
  instantShare: Type.Number(),
  averageHandlingHours: Type.Number(),
  visitsPerCase: Type.Number(),
});
export type DepartmentStats = Static<typeof DepartmentStats>;

export const DepartmentStatsList = Type.Object({ items: Type.Array(DepartmentStats) });

/** 先信任后审批 follow-up: a trust-first case whose after-the-fact cross-check found a declared fact untrue. */
export const FollowUpFlag = Type.Object({
  caseId: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  /** The yes/no question asked of the department system, e.g. household_registered_in_district. */
  predicate: Type.String(),
  /** What the applicant declared, and what the department's system answered. */
  declared: Type.Boolean(),
  found: Type.Boolean(),
  raisedAt: Time,
});
export type FollowUpFlag = Static<typeof FollowUpFlag>;

export const FollowUpFlagList = Type.Object({ items: Type.Array(FollowUpFlag) });
