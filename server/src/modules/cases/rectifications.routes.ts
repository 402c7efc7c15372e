import { withConflict } from '@yimen/shared/common';
import {
  Rectification,
  RectificationIdParams,
  RectificationList,
  RectificationQuery,
  ReturnVisitBody,
} from '@yimen/shared/rectifications';
import { type App, errorResponses } from '../../http.ts';
import { type CaseDeps, caseDeps } from './case-context.ts';
import { listRectifications, recordReturnVisit } from './rectifications.service.ts';

const tags = ['ratings'];

/** 差评整改: the rectifications bad 好差评 ratings open, and the return visits that close them. */
export default async function rectificationRoutes(app: App): Promise<void> {
  const deps = (): CaseDeps => caseDeps(app);

  app.get(
    '/rectifications',
    {
      schema: {
        tags,
        summary:
          'Rectifications opened by bad ratings, most urgent first (a department sees its own; supervisors all)',
        querystring: RectificationQuery,
        response: { 200: RectificationList, ...errorResponses },
      },
    },
    async (req) => listRectifications(deps(), req.ctx, req.query),
  );

  app.post(
    '/rectifications/:id/return-visits',
    {
      schema: {
        tags,
        summary:
          '回访: record the measures taken and a return visit; the applicant satisfied closes the rectification, not satisfied keeps it open',
        params: RectificationIdParams,
        body: ReturnVisitBody,
        response: { 200: Rectification, ...withConflict },
      },
    },
    async (req) => recordReturnVisit(deps(), req.ctx, req.params.id, req.body),
  );
}
