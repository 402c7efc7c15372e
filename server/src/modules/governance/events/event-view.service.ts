import type { EventState } from '@yimen/shared/states';
import { type Actor, authorize, type RequestContext } from '../../identity/actor.ts';
import { componentClass } from '../components/component-classes.ts';
import { actionsFor } from './event-actions.ts';
import { listPhotos } from './event-photos.service.ts';
import { maySee, VIEW_ROLES, visibilityOf } from './event-visibility.ts';
import { eventErrors } from './events.errors.ts';
import {
  type EventRow,
  findEvent,
  listEventRows,
  readEventLog,
  readTasks,
  type TaskRow,
} from './events.repo.ts';
import type { GovDeps } from './gov-deps.ts';
import { likelyDuplicates } from './likely-duplicates.ts';

const maskPhone = (phone: string) =>
  phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';

/**
 * The component (部件) the event is about — class, 17-digit id, state — for the cards of those who go to it; null
 * when none was picked. A row read without the registry names the class by the id (its digits 7–11), no state.
 */
function eventComponent(e: EventRow) {
  if (!e.component_id) return null;
  const classCode = e.component_class ?? e.component_id.slice(6, 11);
  const known = componentClass(classCode);
  return {
    id: e.component_id,
    classCode,
    className: known?.name ?? classCode,
    classNameEn: known?.nameEn ?? classCode,
    status: e.component_status ?? null,
  };
}

/** The reporter's own view of their report: only they see who they are when they asked for anonymity. */
const ANONYMOUS = '匿名';
const hidesReporter = (e: EventRow, actor: Actor | null) =>
  e.anonymous && !(actor !== null && e.reporter_user_id !== null && e.reporter_user_id === actor.id);

/**
 * Who a timeline entry names: an anonymous report's reporter (the report itself and every step they took, such
 * as their rating or photo) is 匿名 to everyone but themself.
 */
function timelineActor(
  e: EventRow,
  actor: Actor,
  l: { action: string; actor_id: string | null; actor_name: string },
) {
  const byReporter = l.action === 'report' || (l.actor_id !== null && l.actor_id === e.reporter_user_id);
  return byReporter && hidesReporter(e, actor) ? ANONYMOUS : l.actor_name;
}

/** The event as the API shows it; the reporter stays hidden from staff when they asked for anonymity. */
export function eventSummary(deps: GovDeps, e: EventRow, actor: Actor | null) {
  const minor = deps.router.taxonomy.byCode.get(e.class_code);
  const hidden = hidesReporter(e, actor);
  return {
    id: e.id,
    eventNo: e.event_no,
    channel: e.channel,
    state: e.state,
    classCode: e.class_code,
    className: minor?.name ?? e.class_code,
    classNameEn: minor?.nameEn ?? e.class_code,
    severity: e.severity,
    description: e.description,
    address: e.address_text,
    lng: e.lng,
    lat: e.lat,
    streetCode: e.street_code,
    communityCode: e.community_code,
    gridCode: e.grid_code,
    gridName: deps.router.geo.area(e.grid_code)?.name ?? e.grid_code,
    componentId: e.component_id,
    component: eventComponent(e),
    unitId: e.unit_id,
    unitName: e.unit_id ? deps.router.unitName(e.unit_id) : null,
    unitNameEn: e.unit_id ? deps.router.unitNameEn(e.unit_id) : null,
    gridWorkerId: e.grid_worker_id,
    routing: {
      ...e.routing,
      // Earlier units an event went to (re-routed), named.
      ...(Array.isArray(e.routing.history)
        ? {
            history: (e.routing.history as Array<{ unitId: string | null }>).map((h) => ({
              ...h,
              unitName: h.unitId ? deps.router.unitName(h.unitId) : null,
            })),
          }
        : {}),
    },
    classification: e.classification,
    reporter: hidden ? { anonymous: true, name: null } : { anonymous: e.anonymous, name: e.reporter_name },
    reporterPhone: e.reporter_phone_enc && !hidden ? maskPhone(deps.pii.decrypt(e.reporter_phone_enc)) : null,
    duplicateOf: e.duplicate_of,
    supervisedAt: e.supervised_at,
    reworkCount: e.rework_count,
    sendbackCount: e.sendback_count,
    reportedAt: e.reported_at,
    registeredAt: e.registered_at,
    dispatchedAt: e.dispatched_at,
    disposedAt: e.disposed_at,
    closedAt: e.closed_at,
    acceptDueAt: e.accept_due_at,
    disposeDueAt: e.dispose_due_at,
    verifyDueAt: e.verify_due_at,
    overdueAt: e.overdue_at,
    rating: e.rating,
  };
}

export interface EventListQuery {
  state?: EventState;
  open?: boolean;
  /** Only events the caller can take a step on now (a grid worker's tasks). */
  actionable?: boolean;
  limit?: number;
}

/** How many events an actionable list reads before it keeps those the caller can act on. */
const ACTIONABLE_SCAN = 500;

/**
 * The events the caller may see (visibilityOf), newest first: the centre the district's, a unit its own, a grid
 * worker their area's and their own tasks', and everyone the events they reported.
 */
export async function listEvents(deps: GovDeps, ctx: RequestContext, query: EventListQuery) {
  const actor = authorize(ctx, { roles: VIEW_ROLES });
  const limit = query.limit ?? 100;
  const rows = await listEventRows(deps.db, {
    districtCode: ctx.districtCode,
    visibility: visibilityOf(actor),
    ...(query.state ? { state: query.state } : {}),
    open: (query.open ?? false) || Boolean(query.actionable),
    limit: query.actionable ? Math.max(limit, ACTIONABLE_SCAN) : limit,
  });
  // Seen is not the same as theirs to do: their own report in another grid, a step that is someone else's.
  const kept = query.actionable ? rows.filter((e) => actionsFor(actor, e).length > 0).slice(0, limit) : rows;
  return kept.map((e) => eventSummary(deps, e, actor));
}

type LogRow = Awaited<ReturnType<typeof readEventLog>>[number];

/** The whole event as the API shows it, from what was read (or just written) of it. */
async function viewOf(
  deps: GovDeps,
  ctx: RequestContext,
  actor: Actor,
  e: EventRow,
  parts: { tasks: TaskRow[]; log: LogRow[]; photos: Awaited<ReturnType<typeof listPhotos>> },
) {
  const staff = actor.kind === 'staff';
  return {
    ...eventSummary(deps, e, actor),
    tasks: parts.tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      unitId: t.unit_id,
      unitName: t.unit_id ? deps.router.unitName(t.unit_id) : null,
      userId: t.user_id,
      state: t.state,
      dueAt: t.due_at,
      createdAt: t.created_at,
      doneAt: t.done_at,
      outcome: t.outcome,
    })),
    photos: parts.photos,
    timeline: parts.log.map((l) => ({
      at: l.at,
      actor: timelineActor(e, actor, l),
      // Lets a screen say 匿名 in its own language.
      anonymousActor: timelineActor(e, actor, l) === ANONYMOUS,
      action: l.action,
      from: l.from_state,
      to: l.to_state,
      details: l.details,
    })),
    possibleDuplicates:
      staff && (e.state === 'reported' || e.state === 'dispatched')
        ? await likelyDuplicates(deps, ctx.districtCode, {
            classCode: e.class_code,
            componentId: e.component_id,
            lng: e.lng,
            lat: e.lat,
            at: e.reported_at,
            excludeId: e.id,
          })
        : [],
  };
}

/** One event with its tasks, timeline and (for staff) likely duplicates near it. */
export async function getEvent(deps: GovDeps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, { roles: VIEW_ROLES });
  const e = await findEvent(deps.db, ctx.districtCode, id);
  // Someone else's event answers as if it did not exist.
  if (!e || !maySee(actor, e)) throw eventErrors.notFound();
  const [tasks, log, photos] = await Promise.all([
    readTasks(deps.db, e.id),
    readEventLog(deps.db, e.id),
    listPhotos(deps, e.id),
  ]);
  return viewOf(deps, ctx, actor, e, { tasks, log, photos });
}

/**
 * A report just taken, from what was written with it: its two tasks and the one timeline entry, no photos yet.
 * Staff who took it see the likely duplicates at once (one query); nothing else is read back.
 */
export async function newEventView(deps: GovDeps, ctx: RequestContext, e: EventRow, tasks: TaskRow[]) {
  const actor = authorize(ctx, { roles: VIEW_ROLES });
  const log: LogRow[] = [
    {
      id: 0,
      at: e.reported_at,
      actor_id: actor.id,
      actor_name: actor.name,
      action: 'report',
      from_state: null,
      to_state: 'reported',
      details: { channel: e.channel, classCode: e.class_code, routing: e.routing.reason ?? null },
    },
  ];
  return viewOf(deps, ctx, actor, e, { tasks, log, photos: [] });
}
