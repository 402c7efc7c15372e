import { Binary, byContentType, errorResponse, errorResponses, withConflict } from '@yimen/shared/common';
import {
  ClassifyBody,
  EventActionBody,
  EventActionParams,
  EventActionResult,
  EventEnvelope,
  EventIdParams,
  EventList,
  EventListQuery,
  ImportOutcome,
  PhotoEnvelope,
  PhotoParams,
  PhotoQuery,
  ReportBody,
  ReportHeaders,
  Suggestions,
  Taxonomy,
} from '@yimen/shared/events';
import type { App } from '../../../http.ts';
import { readPhoto } from './event-photos.service.ts';
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

const tags = ['city governance'];

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
        response: { 200: ImportOutcome, ...withConflict, 413: errorResponse },
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
        params: EventIdParams,
        querystring: PhotoQuery,
        response: { 201: PhotoEnvelope, ...withConflict, 413: errorResponse },
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
        params: PhotoParams,
        response: {
          200: byContentType({ 'image/jpeg': Binary('image/jpeg'), 'image/png': Binary('image/png') }),
          ...errorResponses,
        },
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
        headers: ReportHeaders,
        body: ReportBody,
        response: { 200: EventEnvelope, 201: EventEnvelope, ...withConflict },
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
        querystring: EventListQuery,
        response: { 200: EventList, ...errorResponses },
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
        params: EventIdParams,
        response: { 200: EventEnvelope, ...errorResponses },
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
        params: EventActionParams,
        body: EventActionBody,
        response: { 200: EventActionResult, ...withConflict },
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
        body: ClassifyBody,
        response: { 200: Suggestions, ...errorResponses },
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
        response: { 200: Taxonomy, ...errorResponses },
      },
    },
    async (req) => taxonomyInForce(deps(), req.ctx),
  );
}
