import type { Db } from '../../../db/client.ts';
import type { App } from '../../../http.ts';
import type { Deadlines } from '../../cases/case-context.ts';
import type { PiiCipher } from '../../people/pii-crypto.ts';
import type { EventRouter } from '../routing/event-router.ts';
import type { EventRow } from './events.repo.ts';

/** What the event services need besides the request context. */
export interface GovDeps {
  db: Db;
  pii: PiiCipher;
  deadlines: Deadlines;
  router: EventRouter;
  now: () => Date;
  /** Tells the command centre and the queues that an event is new or has changed (live streams). */
  publish?: (event: EventRow, type: string, alsoTo?: string[]) => Promise<void>;
}

export const govDeps = (app: App): GovDeps => ({
  db: app.db,
  pii: app.pii,
  deadlines: app.deadlines,
  router: app.eventRouter,
  now: app.clock,
  publish: app.publishEvent,
});
