import { errorResponses, Text } from '@yimen/shared/common';
import type { App } from '../../../http.ts';
import { authorize } from '../../identity/actor.ts';
import { streamSse } from '../live/sse.ts';
import { eventSummary } from './event-view.service.ts';
import { topicsFor, topicsOf, VIEW_ROLES } from './event-visibility.ts';
import type { EventRow } from './events.repo.ts';
import { govDeps } from './gov-deps.ts';

/** Descriptions are cut for the live message (the screen fetches the event for the rest): a message stays small. */
const LIVE_DESCRIPTION_CHARS = 200;

/**
 * Publishes an event's change to every topic it belongs to, after the change is written. The message carries
 * the event's summary with the description cut short and without the reporter; a screen that needs more
 * fetches the event (and its access check) over the API.
 */
export function eventPublisher(app: App) {
  return async (e: EventRow, type: string, alsoTo: string[] = []): Promise<void> => {
    const summary = eventSummary(govDeps(app), e, null);
    const data = {
      ...summary,
      description: Array.from(summary.description).slice(0, LIVE_DESCRIPTION_CHARS).join(''),
      classification: {
        chosen: e.class_code,
        suggestions: (summary.classification.suggestions ?? []) as unknown[],
      },
      reporter: null,
      reporterPhone: null,
    };
    try {
      // One message per topic, each subscriber hears it once (a stream listens to the topics of one actor).
      for (const topic of new Set([...topicsOf(e), ...alsoTo])) await app.live.publish(topic, type, data);
    } catch (err) {
      // The change is written; a screen that missed it catches up on its next load.
      app.log.warn({ err, event: e.event_no, type }, 'live publish failed');
    }
  };
}

/** GET /gov/stream: the caller's live stream of event changes (Server-Sent Events). */
export default async function eventStreamRoutes(app: App): Promise<void> {
  app.get(
    '/gov/stream',
    {
      schema: {
        tags: ['city governance'],
        summary: 'Live changes of the events the caller works on (Server-Sent Events)',
        response: {
          200: {
            description: 'A stream of Server-Sent Events: each data line is an event summary as JSON',
            content: { 'text/event-stream': { schema: Text('text/event-stream') } },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const actor = authorize(req.ctx, {
        roles: VIEW_ROLES,
      });
      await streamSse(req, reply, { bus: app.live, topics: topicsFor(actor) });
    },
  );
}
