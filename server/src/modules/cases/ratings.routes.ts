import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { type CaseDeps, caseDeps } from './case-context.ts';
import { RATING_INDICATORS, rateCase } from './ratings.service.ts';

const tags = ['ratings'];

export default async function ratingRoutes(app: App): Promise<void> {
  const deps = (): CaseDeps => caseDeps(app);
  const withConflict = { ...errorResponses, 409: Type.Ref('ErrorBody') };

  app.post(
    '/cases/:id/rating',
    {
      schema: {
        tags,
        summary:
          '好差评: rate a completed case (5 非常满意 … 1 非常不满意); a bad rating opens a rectification',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        body: Type.Object(
          {
            level: Type.Integer({ minimum: 1, maximum: 5 }),
            indicators: Type.Array(Type.Enum([...RATING_INDICATORS]), {
              maxItems: RATING_INDICATORS.length,
              uniqueItems: true,
            }),
            comment: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            level: Type.Integer(),
            label: Type.String(),
            rectificationId: Type.Union([Type.String(), Type.Null()]),
          }),
          ...withConflict,
        },
      },
    },
    async (req, reply) => reply.status(201).send(await rateCase(deps(), req.ctx, req.params.id, req.body)),
  );
}
