import { GOV_ACTIONS } from '@yimen/shared/event-actions';
import { EVENT_STATES } from '@yimen/shared/states';
import { Type } from 'typebox';
import { AppError, bilingual } from '../../../errors.ts';
import { type App, errorResponses } from '../../../http.ts';
import { authorize } from '../../identity/actor.ts';
import { takeEventAction } from './event-actions.ts';
import { addPhoto, PHOTO_STAGES, readPhoto } from './event-photos.ts';
import { getEvent, listEvents, newEventView } from './event-view.ts';
import { CHANNELS, type Channel } from './events.repo.ts';
import { govDeps } from './gov-deps.ts';
import { importEvents } from './import-events.ts';
import { DESCRIPTION_MAX, reportEvent } from './report-event.ts';

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

/** The channel a report comes through when the body does not say: by who reports. */
function channelOf(roles: readonly string[], asked: Channel | undefined): Channel {
  if (asked) return asked;
  if (roles.includes('citizen') || roles.includes('enterprise_agent')) return 'citizen';
  if (roles.includes('grid_worker') || roles.includes('inspector')) return 'patrol';
  return 'hotline';
}

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
    async (req) => {
      if (typeof req.body !== 'string') {
        throw new AppError(
          'validation_failed',
          bilingual(
            '请以 CSV 文件（text/csv）作为请求内容',
            'Send the CSV itself as the body (Content-Type text/csv).',
          ),
          'file',
        );
      }
      return importEvents(deps(), req.ctx, req.body);
    },
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
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError(
          'validation_failed',
          bilingual(
            '请以 JPG 或 PNG 图片作为请求内容上传',
            'Send the photo itself as the body (image/jpeg or image/png).',
          ),
          'file',
        );
      }
      const photo = await addPhoto(deps(), req.ctx, req.params.id, req.query.stage, req.body);
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
      const channel = channelOf(req.ctx.actor?.roles ?? [], req.body.channel);
      const taken = await reportEvent(deps(), req.ctx, channel, {
        ...req.body,
        idempotencyKey: req.headers['idempotency-key'],
      });
      // A new report answers from what was just written; a repeated one reads the event as it stands.
      const event = taken.created
        ? await newEventView(deps(), req.ctx, taken.event, taken.tasks)
        : await getEvent(deps(), req.ctx, taken.eventId);
      return reply.status(taken.created ? 201 : 200).send({ event });
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
    async (req) => {
      const moved = await takeEventAction(deps(), req.ctx, req.params.id, req.params.action, req.body ?? {});
      // A unit that sent the event back no longer sees it: the step is done, the event is someone else's.
      const event = await getEvent(deps(), req.ctx, req.params.id).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'not_found') return null;
        throw err;
      });
      return { ...moved, event };
    },
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
    async (req) => {
      authorize(req.ctx, {
        roles: [
          'citizen',
          'enterprise_agent',
          'grid_worker',
          'command_operator',
          'supervisor',
          'administrator',
        ],
      });
      return { suggestions: app.eventRouter.classify(req.body.text, req.body.componentClass) };
    },
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
    async (req) => {
      if (!req.ctx.actor)
        throw new AppError('unauthenticated', bilingual('请先登录', 'Please sign in first.'));
      return app.eventRouter.taxonomy.taxonomy;
    },
  );
}
