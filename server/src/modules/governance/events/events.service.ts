import type { GovAction } from '@yimen/shared/event-actions';
import { AppError } from '../../../errors.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import { type GovActionInput, takeEventAction } from './event-actions.ts';
import { addPhoto, type PhotoStage } from './event-photos.service.ts';
import { getEvent, newEventView } from './event-view.service.ts';
import { eventErrors } from './events.errors.ts';
import type { Channel } from './events.repo.ts';
import type { GovDeps } from './gov-deps.ts';
import { importEvents } from './import-events.ts';
import { type ReportInput, reportEvent } from './report-event.service.ts';

/** The channel a report comes through when the body does not say: by who reports. */
function channelOf(roles: readonly string[], asked: Channel | undefined): Channel {
  if (asked) return asked;
  if (roles.includes('citizen') || roles.includes('enterprise_agent')) return 'citizen';
  if (roles.includes('grid_worker') || roles.includes('inspector')) return 'patrol';
  return 'hotline';
}

/**
 * A report through the channel asked for (or the reporter's own): a new report answers from what was just
 * written, a repeated one (the same idempotency key) reads the event as it stands.
 */
export async function report(
  deps: GovDeps,
  ctx: RequestContext,
  input: ReportInput & { channel?: Channel | undefined },
) {
  const { channel: asked, ...rest } = input;
  const channel = channelOf(ctx.actor?.roles ?? [], asked);
  const taken = await reportEvent(deps, ctx, channel, rest);
  const event = taken.created
    ? await newEventView(deps, ctx, taken.event, taken.tasks)
    : await getEvent(deps, ctx, taken.eventId);
  return { created: taken.created, event };
}

/** One step of the event, and the event after it as the caller now sees it. */
export async function takeAction(
  deps: GovDeps,
  ctx: RequestContext,
  id: string,
  action: GovAction,
  body: GovActionInput,
) {
  const moved = await takeEventAction(deps, ctx, id, action, body);
  // A unit that sent the event back no longer sees it: the step is done, the event is someone else's.
  const event = await getEvent(deps, ctx, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  });
  return { ...moved, event };
}

/** A photo the request carried as its raw body; anything else is refused before the event is read. */
export async function addEventPhoto(
  deps: GovDeps,
  ctx: RequestContext,
  eventId: string,
  stage: PhotoStage,
  body: unknown,
) {
  if (!Buffer.isBuffer(body)) throw eventErrors.photoBodyMissing();
  return addPhoto(deps, ctx, eventId, stage, body);
}

/** An import sheet the request carried as CSV text. */
export async function importEventsCsv(deps: GovDeps, ctx: RequestContext, body: unknown) {
  if (typeof body !== 'string') throw eventErrors.csvBodyMissing();
  return importEvents(deps, ctx, body);
}

/** The top three classes for a report text, for whoever may report. */
export function suggestClasses(deps: GovDeps, ctx: RequestContext, text: string, componentClass?: string) {
  authorize(ctx, {
    roles: ['citizen', 'enterprise_agent', 'grid_worker', 'command_operator', 'supervisor', 'administrator'],
  });
  return deps.router.classify(text, componentClass);
}

/** The taxonomy in force, for anyone signed in. */
export function taxonomyInForce(deps: GovDeps, ctx: RequestContext) {
  if (!ctx.actor) throw eventErrors.signInFirst();
  return deps.router.taxonomy.taxonomy;
}
