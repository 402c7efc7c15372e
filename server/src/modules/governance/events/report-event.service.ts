import { randomUUID } from 'node:crypto';
import type { Role } from '@yimen/shared/roles';
import { queryTogether } from '../../../db/statement.ts';
import { isUniqueViolation } from '../../../db/unique-violation.ts';
import { auditStatement } from '../../audit/audit.repo.ts';
import type { LocateResult } from '../../geography/geo-types.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import { accountPhone } from '../../identity/identity.repo.ts';
import { limitsFor } from '../taxonomy/severity-limits.ts';
import type { Severity, TimeLimit } from '../taxonomy/taxonomy.types.ts';
import {
  findAddressContaining,
  findComponentPlace,
  findEventByIdempotencyKey,
  reporterFollowsStatement,
} from './event-intake.repo.ts';
import { eventErrors } from './events.errors.ts';
import {
  type Channel,
  type EventRow,
  eventInsertStatement,
  eventLogStatement,
  eventNumberStatement,
  eventRead,
  type TaskRow,
  taskInsertStatement,
} from './events.repo.ts';
import type { GovDeps } from './gov-deps.ts';

export const DESCRIPTION_MAX = 4_000;

export interface ReportInput {
  description: string;
  lng?: number | undefined;
  lat?: number | undefined;
  addressText?: string | undefined;
  componentId?: string | undefined;
  /** Staff may name the class (a grid worker's patrol item, an operator's choice); otherwise it is suggested. */
  classCode?: string | undefined;
  severity?: Severity | undefined;
  anonymous?: boolean | undefined;
  /** The caller on the hotline (the operator types them in). */
  reporterName?: string | undefined;
  reporterPhone?: string | undefined;
  idempotencyKey?: string | undefined;
}

/** Who may report through which channel. */
const CHANNEL_ROLES: Record<Channel, readonly Role[]> = {
  citizen: ['citizen', 'enterprise_agent'],
  patrol: ['grid_worker', 'inspector'],
  hotline: ['command_operator'],
  component: ['grid_worker', 'inspector', 'command_operator'],
  open311: ['command_operator', 'administrator'],
  import: ['command_operator', 'administrator'],
};

/** The moment a stage's limit runs out, on the working-time calendar. */
export function dueAfter(deps: Pick<GovDeps, 'deadlines'>, start: Date, limit: TimeLimit): Date {
  return limit.unit === 'working_hours'
    ? deps.deadlines.addWorkingHours(start, limit.amount)
    : deps.deadlines.addWorkingDays(start, limit.amount);
}

/** Where the problem is: the pin, a registered address, or the component that was picked. */
async function placeOf(
  deps: GovDeps,
  ctx: RequestContext,
  input: ReportInput,
): Promise<{
  lng: number;
  lat: number;
  location: LocateResult;
  componentClass: string | null;
  address: string | null;
}> {
  let lng = input.lng;
  let lat = input.lat;
  let componentClass: string | null = null;
  let address = input.addressText?.trim() || null;
  if (input.componentId) {
    const c = await findComponentPlace(deps.db, ctx.districtCode, input.componentId);
    if (!c) throw eventErrors.componentNotFound({ componentId: input.componentId });
    componentClass = c.class_code;
    lng ??= c.lng;
    lat ??= c.lat;
    address ??= c.address;
  }
  if ((lng === undefined) !== (lat === undefined)) {
    throw eventErrors.lngWithoutLat({ field: lng === undefined ? 'lng' : 'lat' });
  }
  if (lng === undefined && address) {
    // An address typed on the hotline: the registered address that matches it best.
    const a = await findAddressContaining(deps.db, ctx.districtCode, address);
    if (!a) throw eventErrors.addressUnknown();
    ({ lng, lat } = a);
    address = a.full_text;
  }
  if (lng === undefined || lat === undefined) {
    throw eventErrors.noPlace();
  }
  const location = deps.router.locate(lng, lat);
  if (!location) throw eventErrors.outsideDistrict({ field: 'lng' });
  return { lng, lat, location, componentClass, address };
}

/**
 * Takes a report through any channel: locates it (outside the district: refused), classifies it (or takes the
 * class a staff member named), routes it by the responsibility list, and in one statement writes the event,
 * the grid worker's on-site confirmation task, the unit's disposal task, the timeline and the audit record.
 * Nothing waits for a person: the unit and the grid worker have their tasks the moment the report is in.
 */
export async function reportEvent(deps: GovDeps, ctx: RequestContext, channel: Channel, input: ReportInput) {
  const actor = authorize(ctx, { roles: CHANNEL_ROLES[channel] });
  // Taken for someone without an account here (a caller, another system, an imported sheet): named, not linked.
  const onBehalf = actor.kind === 'integration' || channel === 'hotline' || channel === 'import';
  const description = input.description.trim();
  if (!description) {
    throw eventErrors.noDescription();
  }
  if (description.length > DESCRIPTION_MAX) {
    throw eventErrors.descriptionTooLong({ max: DESCRIPTION_MAX });
  }
  if (input.idempotencyKey) {
    const earlier = await findEventByIdempotencyKey(deps.db, ctx.districtCode, input.idempotencyKey);
    if (earlier) {
      const reporter = onBehalf ? null : actor.id;
      if (earlier.reporter_user_id !== reporter) {
        throw eventErrors.idempotencyKeyReused();
      }
      return { eventId: earlier.id, created: false as const };
    }
  }
  const place = await placeOf(deps, ctx, input);
  const taxonomy = deps.router.taxonomy;
  if (input.classCode && !taxonomy.byCode.has(input.classCode)) {
    throw eventErrors.unknownClass({ classCode: input.classCode });
  }
  const suggestions = deps.router.classify(description, place.componentClass ?? undefined);
  // A picked component that reports nothing recognisable is that component's own problem.
  const classCode = input.classCode ?? suggestions[0]?.code ?? place.componentClass ?? '10004';
  const minor = taxonomy.byCode.get(classCode)!;
  const severity = input.severity ?? minor.defaultSeverity;
  const limits = limitsFor(minor, severity);
  const now = deps.now();
  const route = deps.router.route(classCode, place.location, now);
  const gridWorker = deps.router.gridWorkerOf(place.location.grid.code);
  const streetOffice = route.fallback ? route.unitId : null;
  const id = randomUUID();
  const { statement: drawNumber, number: eventNo } = eventNumberStatement(ctx.districtCode, now);
  const acceptDue = dueAfter(deps, now, limits.accept);
  const disposeDue = dueAfter(deps, acceptDue, limits.dispose);
  const citizen = actor.kind === 'citizen';
  // A citizen's report carries their account's name and phone, for the staff who may see the event (the phone
  // masked, and both hidden when they report anonymously).
  const reporterPhone =
    input.reporterPhone ?? (citizen ? ((await accountPhone(deps.db, actor.id)) ?? undefined) : undefined);
  const tasks: TaskRow[] = [
    {
      id: randomUUID(),
      event_id: id,
      kind: 'confirm',
      // The grid's worker confirms on site; a grid without one falls to its street's office.
      unit_id: gridWorker ? null : (streetOffice ?? route.unitId),
      user_id: gridWorker,
      state: 'open',
      due_at: acceptDue,
      created_at: now,
      done_at: null,
      done_by: null,
      outcome: {},
    },
    {
      id: randomUUID(),
      event_id: id,
      kind: 'dispose',
      unit_id: route.unitId,
      user_id: route.userId,
      state: 'open',
      due_at: disposeDue,
      created_at: now,
      done_at: null,
      done_by: null,
      outcome: {},
    },
  ];
  const writes = [
    drawNumber,
    eventInsertStatement({
      id,
      district_code: ctx.districtCode,
      event_no: eventNo,
      channel,
      state: 'reported',
      class_code: classCode,
      severity,
      description,
      address_text: place.address,
      lng: place.lng,
      lat: place.lat,
      street_code: place.location.street.code,
      community_code: place.location.community.code,
      grid_code: place.location.grid.code,
      micro_grid_code: place.location.microGrid.code,
      component_id: input.componentId ?? null,
      reporter_user_id: onBehalf ? null : actor.id,
      reporter_name: onBehalf ? input.reporterName?.trim() || null : actor.name,
      reporter_phone_enc: reporterPhone ? deps.pii.encrypt(reporterPhone) : null,
      anonymous: Boolean(input.anonymous),
      classification: {
        suggestions,
        chosen: classCode,
        by: input.classCode ? 'reporter' : 'classifier',
        componentClass: place.componentClass,
      },
      routing: { ...route, gridWorkerId: gridWorker, decidedAt: now.toISOString() },
      unit_id: route.unitId,
      assignee_user_id: route.userId,
      grid_worker_id: gridWorker,
      reported_at: now,
      registered_at: null,
      dispatched_at: now,
      accept_due_at: acceptDue,
      dispose_due_at: disposeDue,
      open311_token: null,
      idempotency_key: input.idempotencyKey ?? null,
    }),
    ...tasks.map(({ done_at, done_by, outcome, ...t }) => taskInsertStatement(t)),
    eventLogStatement(ctx, id, {
      at: now,
      action: 'report',
      to: 'reported',
      details: { channel, classCode, suggestions, routing: route.reason, gridWorker },
    }),
    ...(actor.kind === 'citizen' || channel === 'hotline'
      ? [
          reporterFollowsStatement(
            id,
            citizen ? actor.id : null,
            input.reporterPhone ? deps.pii.encrypt(input.reporterPhone) : null,
          ),
        ]
      : []),
    auditStatement(ctx, {
      action: 'gov_event.report',
      targetType: 'gov_event',
      targetId: eventNo,
      details: { channel, classCode, unit: route.unitId, rule: route.ruleId },
    }),
  ];
  let saved: EventRow;
  try {
    // One statement writes it all and answers the event as stored (with its number).
    [saved] = (await queryTogether<EventRow>(deps.db, writes, eventRead('event'))) as [EventRow];
  } catch (err) {
    if (input.idempotencyKey && isUniqueViolation(err)) return reportEvent(deps, ctx, channel, input);
    throw err;
  }
  await deps.publish?.(saved, 'event.new');
  return { eventId: id, created: true as const, event: saved, tasks };
}
