import { CaseIdParams } from '@yimen/shared/cases';
import { withConflict } from '@yimen/shared/common';
import { RatingBody, RatingResult } from '@yimen/shared/ratings';
import type { App } from '../../http.ts';
import { type CaseDeps, caseDeps } from './case-context.ts';
import { rateCase } from './ratings.service.ts';

const tags = ['ratings'];

export default async function ratingRoutes(app: App): Promise<void> {
  const deps = (): CaseDeps => caseDeps(app);

  app.post(
    '/cases/:id/rating',
    {
      schema: {
        tags,
        summary:
          '好差评: rate a completed case (5 非常满意 … 1 非常不满意); a bad rating opens a rectification',
        params: CaseIdParams,
        body: RatingBody,
        response: { 201: RatingResult, ...withConflict },
      },
    },
    async (req, reply) => reply.status(201).send(await rateCase(deps(), req.ctx, req.params.id, req.body)),
  );
}
