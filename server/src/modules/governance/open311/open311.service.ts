import { recordAudit } from '../../audit/audit.repo.ts';
import type { RequestContext } from '../../identity/actor.ts';
import type { EventRow } from '../events/events.repo.ts';
import type { GovDeps } from '../events/gov-deps.ts';
import { reportEvent } from '../events/report-event.service.ts';
import { hashOpen311Key } from './client-keys.ts';
import { parseW3cDateTime } from './datetime.ts';
import { Open311Refusal, open311Error } from './errors.ts';
import { eventNoOf, findClientByKeyHash, findEventByNo, listEventsFor311 } from './open311.repo.ts';
import { formValue, parsePostRequest } from './parse-post.ts';
import type { PostResult, Service, ServiceRequest } from './types.ts';

const CLOSED_STATES = new Set(['closed', 'rejected', 'voided', 'merged']);
const MAX_DAYS = 90;
const MAX_REQUESTS = 1000;

/** Who calls: the request's address and correlation id, in the district the server serves. */
export interface Open311Call {
  districtCode: string;
  ip: string;
  correlationId: string;
}

/** The event classes as the specification's services. */
export function open311Services(deps: Pick<GovDeps, 'router'>): Service[] {
  const taxonomy = deps.router.taxonomy;
  return taxonomy.taxonomy.minors.map((m) => ({
    service_code: m.code,
    service_name: m.name,
    description: `${taxonomy.majorByCode.get(m.majorCode)?.name ?? ''} · ${m.name}（${m.nameEn}）`,
    metadata: false,
    type: 'realtime',
    keywords: m.keywords.slice(0, 12).join(','),
    group: taxonomy.majorByCode.get(m.majorCode)?.name ?? m.majorCode,
  }));
}

/** An event as the specification's service request: its public state only. */
function toRequest(deps: Pick<GovDeps, 'router'>, e: EventRow): ServiceRequest {
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
    service_name: deps.router.taxonomy.byCode.get(e.class_code)?.name ?? e.class_code,
    service_code: e.class_code,
    description: e.description,
    agency_responsible: e.unit_id ? deps.router.unitName(e.unit_id) : null,
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
}

/** A service's definition: none has one (metadata is false), every service takes description and place only. */
export function serviceDefinition(deps: Pick<GovDeps, 'router'>, code: string): never {
  throw new Open311Refusal(
    open311Error(
      404,
      404,
      deps.router.taxonomy.byCode.has(code)
        ? `service ${code} has no attributes (metadata is false)`
        : `service_code ${code} not found`,
    ),
  );
}

/** Every service is realtime: a request gets its id at once and no token is ever handed out. */
export function requestIdOfToken(token: string): never {
  throw new Open311Refusal(open311Error(404, 404, `token ${token} not found`));
}

export async function findRequest(
  deps: Pick<GovDeps, 'db' | 'router'>,
  districtCode: string,
  id: string,
): Promise<ServiceRequest> {
  const e = await findEventByNo(deps.db, districtCode, id);
  if (!e) throw new Open311Refusal(open311Error(404, 404, `service_request_id ${id} not found`));
  return toRequest(deps, e);
}

/** The requests the query asks for: by id, or by date range (at most 90 days), service and status. */
export async function listRequests(
  deps: Pick<GovDeps, 'db' | 'router' | 'now'>,
  districtCode: string,
  q: Record<string, string | string[] | undefined>,
): Promise<ServiceRequest[]> {
  const one = (k: string) => (typeof q[k] === 'string' && q[k] !== '' ? (q[k] as string) : undefined);
  const ids = one('service_request_id');
  let rows: EventRow[];
  if (ids) {
    // The ids override every other argument.
    rows = await listEventsFor311(deps.db, districtCode, {
      eventNos: ids.split(',').map((s) => s.trim()),
      limit: MAX_REQUESTS,
    });
  } else {
    const start = one('start_date') ? parseW3cDateTime(one('start_date')!) : null;
    const end = one('end_date') ? parseW3cDateTime(one('end_date')!) : null;
    if ((one('start_date') && !start) || (one('end_date') && !end)) {
      throw new Open311Refusal(open311Error(400, 400, 'start_date and end_date must be W3C date-times'));
    }
    const to = end ?? deps.now();
    const from = start ?? new Date(to.getTime() - MAX_DAYS * 86_400_000);
    if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
      throw new Open311Refusal(open311Error(400, 400, `the date range may span at most ${MAX_DAYS} days`));
    }
    const codes = one('service_code');
    const status = one('status');
    let only: 'open' | 'closed' | undefined;
    if (status) {
      const wanted = status.split(',').map((s) => s.trim());
      if (wanted.some((s) => s !== 'open' && s !== 'closed')) {
        throw new Open311Refusal(open311Error(400, 400, 'status must be open or closed'));
      }
      if (wanted.length === 1) only = wanted[0] as 'open' | 'closed';
    }
    rows = await listEventsFor311(deps.db, districtCode, {
      from,
      to,
      ...(codes ? { classCodes: codes.split(',').map((s) => s.trim()) } : {}),
      ...(only ? { status: only } : {}),
      limit: MAX_REQUESTS,
    });
  }
  return rows.map((e) => toRequest(deps, e));
}

/**
 * A new request from another system: its api_key names the client (refused and recorded when it names none),
 * the client acts as an integration with the command centre's role, and the report goes through the same intake
 * as every other channel.
 */
export async function postRequest(
  deps: GovDeps,
  call: Open311Call,
  body: Record<string, unknown>,
): Promise<PostResult[]> {
  const key = formValue(body, 'api_key');
  const client = key ? await findClientByKeyHash(deps.db, call.districtCode, hashOpen311Key(key)) : null;
  const ctx: RequestContext = {
    actor: client
      ? {
          id: client.id,
          kind: 'integration',
          name: `Open311 · ${client.name}`,
          roles: ['command_operator'],
          departmentId: null,
          jurisdictionCode: call.districtCode,
          districtCode: call.districtCode,
          via: 'token',
        }
      : null,
    ip: call.ip,
    correlationId: call.correlationId,
    districtCode: call.districtCode,
  };
  if (!client) {
    await recordAudit(deps.db, ctx, {
      action: 'open311.post',
      targetType: 'open311',
      targetId: null,
      outcome: 'denied',
      details: { reason: key ? 'unknown api_key' : 'no api_key' },
    });
    throw new Open311Refusal(open311Error(403, 403, 'api_key was not provided or is not valid'));
  }
  const services = open311Services(deps);
  const parsed = parsePostRequest(body, {
    findService: (code) => {
      const service = services.find((s) => s.service_code === code);
      return service ? { service, definition: null } : undefined;
    },
  });
  if (!parsed.ok) {
    await recordAudit(deps.db, ctx, {
      action: 'open311.post',
      targetType: 'open311',
      outcome: 'failure',
      details: { errors: parsed.errors.map((e) => e.description) },
    });
    throw new Open311Refusal(parsed);
  }
  const p = parsed.value;
  const caller = [p.last_name, p.first_name].filter(Boolean).join('') || null;
  const taken = await reportEvent(deps, ctx, 'open311', {
    description: p.description ?? deps.router.taxonomy.byCode.get(p.service_code)!.name,
    ...(p.lat !== null && p.long !== null ? { lat: p.lat, lng: p.long } : {}),
    ...(p.address_string ? { addressText: p.address_string } : {}),
    classCode: p.service_code,
    reporterName: caller ?? undefined,
    ...(p.phone && /^1[3-9]\d{9}$/.test(p.phone) ? { reporterPhone: p.phone } : {}),
  });
  const eventNo = taken.created ? taken.event.event_no : await eventNoOf(deps.db, taken.eventId);
  return [
    {
      service_request_id: eventNo,
      service_notice: '已受理，事件已派遣至责任单位',
      account_id: p.account_id,
    },
  ];
}
