import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { Deadlines } from './modules/cases/case-context.ts';
import type { ItemSearch } from './modules/catalogue/item-search.service.ts';
import type { SettableClock } from './modules/clock/settable-clock.ts';
import type { GeoIndex } from './modules/geography/geo-index.ts';
import type { RequestContext } from './modules/identity/actor.ts';
import type { PiiCipher } from './modules/people/pii-crypto.ts';
import type { Verifier } from './modules/verification/verification.types.ts';

/** The Fastify instance every route module receives: TypeBox schemas give validation, types and docs at once. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

import type { EventRow } from './modules/governance/events/events.repo.ts';
import type { LiveBus } from './modules/governance/live/live-bus.ts';
import type { EventRouter } from './modules/governance/routing/event-router.ts';

declare module '@yimen/shared/common' {
  /** The serialiser writes a Date as its ISO string, so handlers may answer a time as a Date. */
  interface TimeForms {
    date: Date;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** In-memory spatial index of the district's areas (point → micro-grid → … → street). */
    geo: GeoIndex;
    /** Encryption, blind index and masking of ID numbers, keyed from the configuration. */
    pii: PiiCipher;
    /** Working-day arithmetic on the district's holiday calendar. */
    deadlines: Deadlines;
    /** The current time; tests move it forward to see deadlines pass. */
    clock: () => Date;
    /** The movable demo clock when YIMEN_TEST_CLOCK is on; null otherwise. */
    testClock: SettableClock | null;
    /** Item search over the published catalogue, kept fresh across processes. */
    itemSearch: ItemSearch;
    /** Classifies, locates and routes city-governance events (in memory). */
    eventRouter: EventRouter;
    /** Live publish/subscribe across server processes (SSE streams of the command centre and the queues). */
    live: LiveBus;
    /** Tells live streams that an event is new or has changed. */
    publishEvent: (event: EventRow, type: string, alsoTo?: string[]) => Promise<void>;
    /** Asks departments' systems yes/no questions and checks their signed answers. */
    verifier: Verifier;
  }
  interface FastifyRequest {
    /** Who is asking, from where, and the correlation id; set for every request by plugins/auth.ts. */
    ctx: RequestContext;
  }
}

// The one error body and the standard error statuses are part of the contract (@yimen/shared/common).
export { ErrorBody, errorResponses } from '@yimen/shared/common';
