import { ItemSearchQuery, SearchHits } from '@yimen/shared/catalogue';
import type { App } from '../../http.ts';
import { publicRateLimit, publicResponses, withEtag } from './public-cache.ts';

export default async function itemSearchRoutes(app: App): Promise<void> {
  app.get(
    '/items',
    {
      config: { rateLimit: publicRateLimit(app) },
      schema: {
        tags: ['catalogue'],
        summary:
          'Find published items by official name, colloquial words (上户口), pinyin (shebaoka), initials (yyzz), with typo tolerance; public, without signing in',
        querystring: ItemSearchQuery,
        response: { 200: SearchHits, ...publicResponses },
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
