import { errorResponses } from '@yimen/shared/common';
import {
  RoutePreview,
  RoutePreviewBody,
  RoutingRules,
  RoutingRulesBody,
  TaxonomyBody,
  TaxonomySaved,
} from '@yimen/shared/events';
import type { App } from '../../../http.ts';
import { govDeps } from '../events/gov-deps.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import {
  type AdminDeps,
  CONFIG_TOPIC,
  listRules,
  previewRoute,
  saveRules,
  saveTaxonomy,
} from './governance-admin.service.ts';

const tags = ['city governance'];

/** Administration of the taxonomy and the responsibility list, and a preview of where an event would go. */
export default async function governanceAdminRoutes(app: App): Promise<void> {
  const deps = (): AdminDeps => ({
    ...govDeps(app),
    changed: async () => {
      await app.eventRouter.reload();
      await app.live.publish(CONFIG_TOPIC(app.config.districtCode), 'governance.changed', {});
    },
  });
  // Another process saved a change: route by it here too.
  const unsubscribe = app.live.subscribe([CONFIG_TOPIC(app.config.districtCode)], () => {
    app.eventRouter.reload().catch((err: unknown) => app.log.error({ err }, 'reloading the router failed'));
  });
  app.addHook('onClose', async () => unsubscribe());

  app.put(
    '/gov/taxonomy',
    {
      schema: {
        tags,
        summary: 'Save an edited event taxonomy (a new version, in force at once; administrators)',
        body: TaxonomyBody,
        response: { 200: TaxonomySaved, ...errorResponses },
      },
    },
    async (req) => saveTaxonomy(deps(), req.ctx, req.body as unknown as Taxonomy),
  );

  app.get(
    '/gov/routing-rules',
    {
      schema: {
        tags,
        summary: 'The responsibility list (责任清单), in order',
        response: { 200: RoutingRules, ...errorResponses },
      },
    },
    async (req) => listRules(deps(), req.ctx),
  );

  app.put(
    '/gov/routing-rules',
    {
      schema: {
        tags,
        summary: 'Replace the responsibility list with these lines, in this order (administrators)',
        body: RoutingRulesBody,
        response: { 200: RoutingRules, ...errorResponses },
      },
    },
    async (req) => saveRules(deps(), req.ctx, req.body.rules),
  );

  app.post(
    '/gov/routing/preview',
    {
      schema: {
        tags,
        summary: 'Where an event of this class at this place would be routed now, and why',
        body: RoutePreviewBody,
        response: { 200: RoutePreview, ...errorResponses },
      },
    },
    async (req) =>
      previewRoute(deps(), req.ctx, {
        classCode: req.body.classCode,
        lng: req.body.lng,
        lat: req.body.lat,
        ...(req.body.at ? { at: new Date(req.body.at) } : {}),
      }),
  );
}
