import { Type } from 'typebox';
import { type App, errorResponses } from '../../../http.ts';
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

const Rule = Type.Object(
  {
    classPattern: Type.String({ pattern: '^(\\*|\\d{2}|\\d{5})$' }),
    areaCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{9,17}$' }), Type.Null()])),
    timeWindow: Type.Optional(
      Type.Union([
        Type.Object(
          {
            days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 }),
            from: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
            to: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    unitId: Type.String({ minLength: 1, maxLength: 40 }),
    userId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: 200 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

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
        body: Type.Object(
          {
            majors: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 100 }),
            minors: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 2_000 }),
          },
          { additionalProperties: false },
        ),
        response: errorResponses,
      },
    },
    async (req) => saveTaxonomy(deps(), req.ctx, req.body as unknown as Taxonomy),
  );

  app.get(
    '/gov/routing-rules',
    { schema: { tags, summary: 'The responsibility list (责任清单), in order', response: errorResponses } },
    async (req) => listRules(deps(), req.ctx),
  );

  app.put(
    '/gov/routing-rules',
    {
      schema: {
        tags,
        summary: 'Replace the responsibility list with these lines, in this order (administrators)',
        body: Type.Object({ rules: Type.Array(Rule, { maxItems: 500 }) }, { additionalProperties: false }),
        response: errorResponses,
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
        body: Type.Object(
          {
            classCode: Type.String({ pattern: '^\\d{5}$' }),
            lng: Type.Number({ minimum: -180, maximum: 180 }),
            lat: Type.Number({ minimum: -90, maximum: 90 }),
            at: Type.Optional(Type.String({ format: 'date-time' })),
          },
          { additionalProperties: false },
        ),
        response: errorResponses,
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
