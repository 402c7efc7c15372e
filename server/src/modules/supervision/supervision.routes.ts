import { errorResponses } from '@yimen/shared/common';
import {
  Board,
  DepartmentStatsList,
  DepartmentStatsQuery,
  FollowUpFlagList,
} from '@yimen/shared/supervision';
import type { App } from '../../http.ts';
import { departmentStats, openFollowUpFlags, supervisionBoard } from './supervision.service.ts';

const tags = ['supervision'];

export default async function supervisionRoutes(app: App): Promise<void> {
  app.get(
    '/supervision/board',
    {
      schema: {
        tags,
        summary: 'Live board of running department nodes: time used against the limit, overdue and escalated',
        response: { 200: Board, ...errorResponses },
      },
    },
    async (req) => supervisionBoard(app.db, app.deadlines, req.ctx, app.clock()),
  );

  app.get(
    '/supervision/departments',
    {
      schema: {
        tags,
        summary: 'Per department: on-time rate, average handling time, instant share, visits per case',
        querystring: DepartmentStatsQuery,
        response: { 200: DepartmentStatsList, ...errorResponses },
      },
    },
    async (req) => ({
      items: await departmentStats(app.db, req.ctx, new Date(req.query.from), new Date(req.query.to)),
    }),
  );

  app.get(
    '/supervision/flags',
    {
      schema: {
        tags,
        summary: 'Trust-first cases whose cross-check found a declared fact untrue (先信任后审批 follow-up)',
        response: { 200: FollowUpFlagList, ...errorResponses },
      },
    },
    async (req) => ({ items: await openFollowUpFlags(app.db, req.ctx) }),
  );
}
