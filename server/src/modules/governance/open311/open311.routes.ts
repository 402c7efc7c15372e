import { parse as parseQuery } from 'node:querystring';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../errors.ts';
import type { App } from '../../../http.ts';
import { recordAudit } from '../../audit/audit.repo.ts';
import type { RequestContext } from '../../identity/actor.ts';
import { type EventRow, findEventByNumber } from '../events/events.repo.ts';
import { govDeps } from '../events/gov-deps.ts';
import { reportEvent } from '../events/report-event.ts';
import { hashOpen311Key } from './client-keys.ts';
import { parseW3cDateTime } from './datetime.ts';
import { open311Error } from './errors.ts';
import { formValue, parsePostRequest } from './parse-post.ts';
import { open311JsonSchema } from './response-schemas.ts';
import { renderOpen311 } from './serialize.ts';
import type {
  Open311Documents,
  Open311Failure,
  Open311Format,
  Open311Kind,
  Service,
  ServiceRequest,
} from './types.ts';

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
const CLOSED_STATES = new Set(['closed', 'rejected', 'voided', 'merged']);
const MAX_DAYS = 90;
const MAX_REQUESTS = 1000;

class Open311Refusal extends Error {
  constructor(readonly failure: Open311Failure) {
    super(failure.errors.map((e) => e.description).join('; '));
  }
}

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

  const taxonomy = () => app.eventRouter.taxonomy;
  const services = (): Service[] =>
    taxonomy().taxonomy.minors.map((m) => ({
      service_code: m.code,
      service_name: m.name,
      description: `${taxonomy().majorByCode.get(m.majorCode)?.name ?? ''} · ${m.name}（${m.nameEn}）`,
      metadata: false,
      type: 'realtime',
      keywords: m.keywords.slice(0, 12).join(','),
      group: taxonomy().majorByCode.get(m.majorCode)?.name ?? m.majorCode,
    }));

  const toRequest = (e: EventRow): ServiceRequest => {
    const closed = CLOSED_STATES.has(e.state);
    return {
      service_request_id: e.event_no,
      status: closed ? 'closed' : 'open',
      status_notes:
        e.state === 'rejected'
          ? '不予立案'
          : e.state === 'voided'
            ? '已作废'
            : e.state === 'merged'
              ? '已合并'
              : null,
      service_name: taxonomy().byCode.get(e.class_code)?.name ?? e.class_code,
      service_code: e.class_code,
      description: e.description,
      agency_responsible: e.unit_id ? app.eventRouter.unitName(e.unit_id) : null,
      service_notice: null,
      requested_datetime: e.reported_at,
      updated_datetime: closed ? (e.closed_at ?? e.updated_at) : e.updated_at,
      expected_datetime: e.dispose_due_at,
      address: e.address_text,
      address_id: null,
      zipcode: null,
      lat: e.lat,
      long: e.lng,
      media_url: null,
    };
  };

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
      if (name === 'services') return send(reply, format, 'services', services());
      if (name === 'requests') return send(reply, format, 'requests', await listRequests(req));
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
      // Every service takes description and place only: none has a definition (metadata is false).
      throw new Open311Refusal(
        open311Error(
          404,
          404,
          taxonomy().byCode.has(code)
            ? `service ${code} has no attributes (metadata is false)`
            : `service_code ${code} not found`,
        ),
      );
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
      const e = await findEventByNumber(app.db, app.config.districtCode, id);
      if (!e) throw new Open311Refusal(open311Error(404, 404, `service_request_id ${id} not found`));
      return send(reply, format, 'requests', [toRequest(e)]);
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
      // Every service is realtime: a request gets its id at once and no token is ever handed out.
      throw new Open311Refusal(open311Error(404, 404, `token ${token} not found`));
    },
  );

  async function listRequests(req: FastifyRequest): Promise<ServiceRequest[]> {
    const q = req.query as Record<string, string | string[] | undefined>;
    const one = (k: string) => (typeof q[k] === 'string' && q[k] !== '' ? (q[k] as string) : undefined);
    const where = ['district_code = $1'];
    const params: unknown[] = [app.config.districtCode];
    const ids = one('service_request_id');
    if (ids) {
      // The ids override every other argument.
      params.push(ids.split(',').map((s) => s.trim()));
      where.push(`event_no = ANY($${params.length}::text[])`);
    } else {
      const start = one('start_date') ? parseW3cDateTime(one('start_date')!) : null;
      const end = one('end_date') ? parseW3cDateTime(one('end_date')!) : null;
      if ((one('start_date') && !start) || (one('end_date') && !end)) {
        throw new Open311Refusal(open311Error(400, 400, 'start_date and end_date must be W3C date-times'));
      }
      const to = end ?? app.clock();
      const from = start ?? new Date(to.getTime() - MAX_DAYS * 86_400_000);
      if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
        throw new Open311Refusal(open311Error(400, 400, `the date range may span at most ${MAX_DAYS} days`));
      }
      params.push(from, to);
      where.push(`reported_at BETWEEN $${params.length - 1} AND $${params.length}`);
      const codes = one('service_code');
      if (codes) {
        params.push(codes.split(',').map((s) => s.trim()));
        where.push(`class_code = ANY($${params.length}::text[])`);
      }
      const status = one('status');
      if (status) {
        const wanted = status.split(',').map((s) => s.trim());
        if (wanted.some((s) => s !== 'open' && s !== 'closed')) {
          throw new Open311Refusal(open311Error(400, 400, 'status must be open or closed'));
        }
        if (wanted.length === 1) {
          where.push(
            `state ${wanted[0] === 'closed' ? '' : 'NOT '}IN ('closed','rejected','voided','merged')`,
          );
        }
      }
    }
    const r = await app.db.query<EventRow>(
      `SELECT * FROM gov_events WHERE ${where.join(' AND ')} ORDER BY reported_at DESC LIMIT ${MAX_REQUESTS}`,
      params,
    );
    return r.rows.map(toRequest);
  }

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
      const key = formValue(body, 'api_key');
      const client = key
        ? (
            await app.db.query<{ id: string; name: string }>(
              'SELECT id, name FROM open311_clients WHERE key_hash = $1 AND active AND district_code = $2',
              [hashOpen311Key(key), app.config.districtCode],
            )
          ).rows[0]
        : undefined;
      const ctx: RequestContext = {
        actor: client
          ? {
              id: client.id,
              kind: 'integration',
              name: `Open311 · ${client.name}`,
              roles: ['command_operator'],
              departmentId: null,
              jurisdictionCode: app.config.districtCode,
              districtCode: app.config.districtCode,
              via: 'token',
            }
          : null,
        ip: req.ip,
        correlationId: req.id,
        districtCode: app.config.districtCode,
      };
      if (!client) {
        await recordAudit(app.db, ctx, {
          action: 'open311.post',
          targetType: 'open311',
          targetId: null,
          outcome: 'denied',
          details: { reason: key ? 'unknown api_key' : 'no api_key' },
        });
        throw new Open311Refusal(open311Error(403, 403, 'api_key was not provided or is not valid'));
      }
      const parsed = parsePostRequest(body, {
        findService: (code) => {
          const service = services().find((s) => s.service_code === code);
          return service ? { service, definition: null } : undefined;
        },
      });
      if (!parsed.ok) {
        await recordAudit(app.db, ctx, {
          action: 'open311.post',
          targetType: 'open311',
          outcome: 'failure',
          details: { errors: parsed.errors.map((e) => e.description) },
        });
        throw new Open311Refusal(parsed);
      }
      const p = parsed.value;
      const caller = [p.last_name, p.first_name].filter(Boolean).join('') || null;
      const taken = await reportEvent(govDeps(app), ctx, 'open311', {
        description: p.description ?? taxonomy().byCode.get(p.service_code)!.name,
        ...(p.lat !== null && p.long !== null ? { lat: p.lat, lng: p.long } : {}),
        ...(p.address_string ? { addressText: p.address_string } : {}),
        classCode: p.service_code,
        reporterName: caller ?? undefined,
        ...(p.phone && /^1[3-9]\d{9}$/.test(p.phone) ? { reporterPhone: p.phone } : {}),
      });
      const eventNo = taken.created
        ? taken.event.event_no
        : (
            await app.db.query<{ event_no: string }>('SELECT event_no FROM gov_events WHERE id = $1', [
              taken.eventId,
            ])
          ).rows[0]!.event_no;
      return send(reply, format, 'postResult', [
        {
          service_request_id: eventNo,
          service_notice: '已受理，事件已派遣至责任单位',
          account_id: p.account_id,
        },
      ]);
    },
  );
}
