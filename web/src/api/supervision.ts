import type { WindowWork } from './cases.ts';
import { api } from './client.ts';
import type { Rectification } from './rectifications.ts';

/** Shapes of the supervision API (server/src/modules/supervision): 在线监察. */

export interface BoardDepartment {
  departmentId: string;
  departmentName: string;
  open: number;
  dueSoon: number;
  overdue: number;
}

export interface BoardNode {
  caseId: string;
  caseNo: string;
  itemName: string;
  applicantName: string;
  departmentId: string;
  departmentName: string;
  nodeId: string;
  nodeName: string;
  limitDays: number;
  activatedAt: string;
  dueAt: string;
  /** Time used against the node's limit: 0.5 = half gone, 1 = due now, above 1 = overdue. */
  usedShare: number;
  dueSoon: boolean;
  overdue: boolean;
  escalated: boolean;
}

export interface Board {
  generatedAt: string;
  /** What waits at the windows rather than at a department. */
  windows: WindowWork;
  departments: BoardDepartment[];
  nodes: BoardNode[];
  overdue: BoardNode[];
  escalated: BoardNode[];
  /** Bad ratings awaiting rectification: the counts and the newest open ones. */
  rectifications: { open: number; overdue: number; latest: Rectification[] };
}

export interface DepartmentStats {
  departmentId: string;
  departmentName: string;
  completed: number;
  /** Shares are 0–1. */
  onTimeRate: number;
  instantShare: number;
  averageHandlingHours: number;
  visitsPerCase: number;
}

/** 先信任后审批 follow-up: a trust-first case whose after-the-fact cross-check found a declared fact untrue. */
export interface FollowUpFlag {
  caseId: string;
  caseNo: string;
  itemName: string;
  applicantName: string;
  /** The yes/no question asked of the department system, e.g. household_registered_in_district. */
  predicate: string;
  /** What the applicant declared, and what the department's system answered. */
  declared: boolean;
  found: boolean;
  raisedAt: string;
}

/** Query keys of 督办: the board, the departments' statistics per period, the follow-up flags. */
export const supervisionKeys = {
  all: ['supervision'] as const,
  board: () => ['supervision', 'board'] as const,
  departmentStats: (from: string, to: string) => ['supervision', 'departments', from, to] as const,
  flags: () => ['supervision', 'flags'] as const,
};

export const getBoard = (signal?: AbortSignal) =>
  api.get<Board>('/api/v1/supervision/board', undefined, signal);

export const getDepartmentStats = (from: string, to: string, signal?: AbortSignal) =>
  api
    .get<{ items: DepartmentStats[] }>('/api/v1/supervision/departments', { from, to }, signal)
    .then((r) => r.items);

/** The open (unresolved) follow-up flags of the district, newest first. */
export const getFollowUpFlags = (signal?: AbortSignal) =>
  api.get<{ items: FollowUpFlag[] }>('/api/v1/supervision/flags', undefined, signal).then((r) => r.items);
