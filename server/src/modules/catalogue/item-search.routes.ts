import { Type } from 'typebox';
import type { App } from '../../http.ts';
import { publicRateLimit, publicResponses, withEtag } from './public-cache.ts';

const Hit = Type.Object({
  code: Type.String(),
  name: Type.String(),
  score: Type.Number(),
  matched: Type.String(),
  highlight: Type.Optional(Type.Array(Type.Array(Type.Integer()))),
  departmentId: Type.String(),
  handlingType: Type.String(),
  serviceObjects: Type.Array(Type.String()),
  /** Set when the query itself found nothing and these are the items closest to its parts. */
  suggestion: Type.Optional(Type.Boolean()),
});

export default async function itemSearchRoutes(app: App): Promise<void> {
  app.get(
    '/items',
    {
      config: { rateLimit: publicRateLimit(app) },
      schema: {
        tags: ['catalogue'],
        summary:
          'Find published items by official name, colloquial words (上户口), pinyin (shebaoka), initials (yyzz), with typo tolerance; public, without signing in',
        querystring: Type.Object(
          {
            q: Type.String({ maxLength: 200 }),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            serviceObject: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('2')])),
            /** 个人 (1) or 法人 (2): that audience ranks first, the other is kept after it. */
            prefer: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('2')])),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Hit) }), ...publicResponses },
      },
    },
    async (req, reply) =>
      withEtag(req, reply, {
        items: await app.itemSearch.search(req.ctx, req.query.q, {
          limit: req.query.limit,
          serviceObject: req.query.serviceObject,
          prefer: req.query.prefer,
        }),
      }),
  );
}
