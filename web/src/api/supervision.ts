import { api } from './client.ts';

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
  departments: BoardDepartment[];
  nodes: BoardNode[];
  overdue: BoardNode[];
  escalated: BoardNode[];
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

export const getBoard = (signal?: AbortSignal) =>
  api.get<Board>('/api/v1/supervision/board', undefined, signal);

export const getDepartmentStats = (from: string, to: string, signal?: AbortSignal) =>
  api
    .get<{ items: DepartmentStats[] }>('/api/v1/supervision/departments', { from, to }, signal)
    .then((r) => r.items);
