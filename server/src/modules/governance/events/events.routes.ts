import { Type } from 'typebox';
import { type App, errorResponses } from '../../../http.ts';
import { GOV_ACTIONS } from './event-actions.ts';
import { PHOTO_STAGES, readPhoto } from './event-photos.service.ts';
import { CHANNELS, EVENT_STATES } from './event-states.ts';
import { getEvent, listEvents } from './event-view.service.ts';
import {
  addEventPhoto,
  importEventsCsv,
  report,
  suggestClasses,
  takeAction,
  taxonomyInForce,
} from './events.service.ts';
import { govDeps } from './gov-deps.ts';
import { DESCRIPTION_MAX } from './report-event.service.ts';

const tags = ['city governance'];
const withConflict = { ...errorResponses, 409: Type.Ref('ErrorBody') };

const ReportBody = Type.Object(
  {
    channel: Type.Optional(Type.Union(CHANNELS.map((c) => Type.Literal(c)))),
    description: Type.String({ minLength: 1, maxLength: DESCRIPTION_MAX }),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    addressText: Type.Optional(Type.String({ maxLength: 200 })),
    componentId: Type.Optional(Type.String({ pattern: '^[0-9]{17}$' })),
    classCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
    severity: Type.Optional(
      Type.Union([Type.Literal('general'), Type.Literal('urgent'), Type.Literal('critical')]),
    ),
    anonymous: Type.Optional(Type.Boolean()),
    reporterName: Type.Optional(Type.String({ maxLength: 50 })),
    reporterPhone: Type.Optional(Type.String({ pattern: '^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$' })),
  },
  { additionalProperties: false },
);

const ActionBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 2_000 })),
    reasons: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 10 })),
    classCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
    into: Type.Optional(Type.String({ format: 'uuid' })),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  },
  { additionalProperties: false },
);

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export default async function eventRoutes(app: App): Promise<void> {
  const deps = () => govDeps(app);
  // Photos arrive as the raw image (what a phone's camera input gives); what they are is read from the bytes.
  app.addContentTypeParser(
    ['image/jpeg', 'image/png'],
    { parseAs: 'buffer', bodyLimit: app.config.uploadMaxBytes },
    (_req, body, done) => done(null, body),
  );

  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: app.config.uploadMaxBytes },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/gov/events/import',
    {
      schema: {
        tags,
        summary:
          'Import reports from a CSV file (text/csv; columns description, lng, lat, address, class_code, severity, reporter_name): all rows checked first',
        response: { ...withConflict, 413: Type.Ref('ErrorBody') },
      },
    },
    async (req) => importEventsCsv(deps(), req.ctx, req.body),
  );

  app.post(
    '/gov/events/:id/photos',
    {
      schema: {
        tags,
        summary:
          'Add a photo of the report, the on-site confirmation (核实), the disposal or the check (the raw JPEG or PNG as the body)',
        params: IdParams,
        querystring: Type.Object({ stage: Type.Union(PHOTO_STAGES.map((s) => Type.Literal(s))) }),
        response: { ...withConflict, 413: Type.Ref('ErrorBody') },
      },
    },
    async (req, reply) => {
      const photo = await addEventPhoto(deps(), req.ctx, req.params.id, req.query.stage, req.body);
      return reply.status(201).send({ photo });
    },
  );

  app.get(
    '/gov/events/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'One photo of an event',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          photoId: Type.String({ format: 'uuid' }),
        }),
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const photo = await readPhoto(deps(), req.ctx, req.params.id, req.params.photoId);
      return reply
        .header('content-type', photo.mime)
        .header('cache-control', 'private, max-age=3600')
        .send(photo.data);
    },
  );

  app.post(
    '/gov/events',
    {
      schema: {
        tags,
        summary:
          'Report a problem (citizen form, patrol, hotline, a picked component): classified, located and routed at once',
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
        }),
        body: ReportBody,
        response: { ...withConflict },
      },
    },
    async (req, reply) => {
      const { created, event } = await report(deps(), req.ctx, {
        ...req.body,
        idempotencyKey: req.headers['idempotency-key'],
      });
      return reply.status(created ? 201 : 200).send({ event });
    },
  );

  app.get(
    '/gov/events',
    {
      schema: {
        tags,
        summary:
          'Events the caller works on: the centre sees the district, a unit its own, a grid worker their grids, a reporter theirs; actionable=true keeps those the caller can take a step on now',
        querystring: Type.Object({
          state: Type.Optional(Type.Union(EVENT_STATES.map((s) => Type.Literal(s)))),
          open: Type.Optional(Type.Boolean()),
          actionable: Type.Optional(Type.Boolean()),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
        }),
        response: errorResponses,
      },
    },
    async (req) => ({ events: await listEvents(deps(), req.ctx, req.query) }),
  );

  app.get(
    '/gov/events/:id',
    {
      schema: {
        tags,
        summary: 'One event with its tasks, timeline and likely duplicates',
        params: IdParams,
        response: errorResponses,
      },
    },
    async (req) => ({ event: await getEvent(deps(), req.ctx, req.params.id) }),
  );

  app.post(
    '/gov/events/:id/actions/:action',
    {
      schema: {
        tags,
        summary:
          'One step of the event: confirm, reject, void, reclassify, send_back, dispose, check_pass/fail, park, resume, supervise, merge, rate',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          action: Type.Union(GOV_ACTIONS.map((a) => Type.Literal(a))),
        }),
        body: ActionBody,
        response: withConflict,
      },
    },
    async (req) => takeAction(deps(), req.ctx, req.params.id, req.params.action, req.body ?? {}),
  );

  app.post(
    '/gov/classify',
    {
      schema: {
        tags,
        summary: 'Suggest the class of a report text: top three with confidence',
        body: Type.Object(
          {
            text: Type.String({ minLength: 1, maxLength: DESCRIPTION_MAX }),
            componentClass: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
          },
          { additionalProperties: false },
        ),
        response: errorResponses,
      },
    },
    async (req) => ({
      suggestions: suggestClasses(deps(), req.ctx, req.body.text, req.body.componentClass),
    }),
  );

  app.get(
    '/gov/taxonomy',
    {
      schema: {
        tags,
        summary: 'The event taxonomy in force (majors and minors with limits)',
        response: errorResponses,
      },
    },
    async (req) => taxonomyInForce(deps(), req.ctx),
  );
}
