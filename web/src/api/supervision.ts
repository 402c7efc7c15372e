import type { Board, DepartmentStats, FollowUpFlag } from '@yimen/shared/supervision';
import { api } from './client.ts';

/** Shapes of the supervision API (在线监察): the server's contract (@yimen/shared/supervision). */
export type {
  Board,
  BoardDepartment,
  BoardNode,
  DepartmentStats,
  FollowUpFlag,
} from '@yimen/shared/supervision';

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
