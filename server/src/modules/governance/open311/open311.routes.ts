import { parse as parseQuery } from 'node:querystring';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../errors.ts';
import type { App } from '../../../http.ts';
import { govDeps } from '../events/gov-deps.ts';
import { Open311Refusal, open311Error } from './errors.ts';
import {
  findRequest,
  listRequests,
  open311Services,
  postRequest,
  requestIdOfToken,
  serviceDefinition,
} from './open311.service.ts';
import { open311JsonSchema } from './response-schemas.ts';
import { renderOpen311 } from './serialize.ts';
import type { Open311Documents, Open311Format, Open311Kind } from './types.ts';

const FORMATS = /^(.*)\.(json|xml)$/;
const tags = ['open311'];

/** A GeoReport answer: the JSON body (`name.json`) or the same document as XML (`name.xml`). */
const geoReport = (json: Record<string, unknown>, description: string) => ({
  description,
  content: {
    'application/json': { schema: json },
    'text/xml': { schema: { type: 'string', contentMediaType: 'text/xml' } },
  },
});
/** GeoReport errors, in the specification's format (never the API's error body). */
const geoErrors = Object.fromEntries(
  [400, 403, 404, 500].map((status) => [status, geoReport(open311JsonSchema('errors'), 'GeoReport errors')]),
);
const geoResponses = (status: number, json: Record<string, unknown>, description: string) => ({
  response: { [status]: geoReport(json, description), ...geoErrors },
});

/** `services.json` → ['services', 'json']; anything without a format suffix is refused as the spec's 404. */
function splitFormat(name: string): [string, Open311Format] {
  const m = FORMATS.exec(name);
  if (!m) throw new Open311Refusal(open311Error(404, 404, 'add .json or .xml to the resource name'));
  return [m[1]!, m[2] as Open311Format];
}

function send<K extends Open311Kind>(
  reply: FastifyReply,
  format: Open311Format,
  kind: K,
  value: Open311Documents[K],
  status = 200,
) {
  const { contentType, body } = renderOpen311(format, kind, value);
  return reply.status(status).header('content-type', contentType).send(body);
}

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at /open311/v2: the event classes as services, new
 * reports from other systems (an API key per client), and the public state of every report. Answers JSON or XML
 * by the suffix, errors in the specification's own format. Reports taken this way go through the same intake
 * as every other channel: located, classified, routed at once.
 */
export default async function open311Routes(app: App): Promise<void> {
  // The specification posts forms; read them flat, a repeated key as an array (attribute[code][]).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, parseQuery(body as string)),
  );
  app.setErrorHandler(async (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const format: Open311Format = /\.json(\?|$)/.test(req.url) ? 'json' : 'xml';
    if (err instanceof Open311Refusal)
      return send(reply, format, 'errors', err.failure.errors, err.failure.status);
    if (err instanceof AppError) {
      const status = err.status === 404 ? 404 : err.status === 403 || err.status === 401 ? 403 : 400;
      return send(reply, format, 'errors', [{ code: status, description: err.message }], status);
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return send(reply, format, 'errors', [{ code: 400, description: (err as Error).message }], 400);
    }
    req.log.error({ err }, 'open311 request failed');
    return send(reply, format, 'errors', [{ code: 500, description: 'internal error' }], 500);
  });

  const deps = () => govDeps(app);
  const districtCode = app.config.districtCode;

  app.get<{ Params: { name: string } }>(
    '/open311/v2/:name',
    {
      schema: {
        tags,
        summary:
          'services.json|xml: the event classes as services; requests.json|xml: reports by id, class, state, time',
        ...geoResponses(
          200,
          { anyOf: [open311JsonSchema('services'), open311JsonSchema('requests')] },
          'The service list (services) or the service requests (requests)',
        ),
      },
    },
    async (req, reply) => {
      const [name, format] = splitFormat(req.params.name);
      if (name === 'services') return send(reply, format, 'services', open311Services(deps()));
      if (name === 'requests') {
        const query = req.query as Record<string, string | string[] | undefined>;
        return send(reply, format, 'requests', await listRequests(deps(), districtCode, query));
      }
      throw new Open311Refusal(open311Error(404, 404, `no resource ${name}`));
    },
  );

  app.get<{ Params: { code: string } }>(
    '/open311/v2/services/:code',
    {
      schema: {
        tags,
        summary: "A service's definition (its attributes): every service here has none, so this answers 404",
        ...geoResponses(
          200,
          open311JsonSchema('serviceDefinition'),
          'The service definition (GeoReport v2); not answered here, as no service has attributes',
        ),
      },
    },
    async (req) => {
      const [code] = splitFormat(req.params.code);
      serviceDefinition(deps(), code);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/open311/v2/requests/:id',
    {
      schema: {
        tags,
        summary: 'One service request (a report) by its number',
        ...geoResponses(200, open311JsonSchema('requests'), 'The service request, as a list of one'),
      },
    },
    async (req, reply) => {
      const [id, format] = splitFormat(req.params.id);
      return send(reply, format, 'requests', [await findRequest(deps(), districtCode, id)]);
    },
  );

  app.get<{ Params: { token: string } }>(
    '/open311/v2/tokens/:token',
    {
      schema: {
        tags,
        summary:
          'The request id for a token: every service is realtime and hands out no token, so this answers 404',
        ...geoResponses(
          200,
          open311JsonSchema('token'),
          'The token and its request id (GeoReport v2); not answered here, as no token is handed out',
        ),
      },
    },
    async (req) => {
      const [token] = splitFormat(req.params.token);
      requestIdOfToken(token);
    },
  );

  app.post<{ Params: { name: string }; Body: Record<string, unknown> }>(
    '/open311/v2/:name',
    {
      schema: {
        tags,
        summary: 'requests.json|xml: a new report from another system (a form post with its api_key)',
        ...geoResponses(200, open311JsonSchema('postResult'), 'The new request id, as a list of one'),
      },
    },
    async (req, reply) => {
      const [name, format] = splitFormat(req.params.name);
      if (name !== 'requests') throw new Open311Refusal(open311Error(404, 404, `no resource ${name}`));
      const body = (req.body ?? {}) as Record<string, unknown>;
      const call = { districtCode, ip: req.ip, correlationId: req.id };
      return send(reply, format, 'postResult', await postRequest(deps(), call, body));
    },
  );
}
