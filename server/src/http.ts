import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import { Type } from 'typebox';
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

/** The one error body (see errors.ts). Used as the documented response of every 4xx/5xx. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable id, e.g. validation_failed' }),
      message: Type.String({ description: 'What went wrong and what to do about it' }),
      field: Type.Optional(Type.String({ description: 'The input field that was wrong, when there is one' })),
      details: Type.Optional(
        Type.Object(
          {},
          {
            additionalProperties: true,
            description: 'What exactly is missing or blocking (e.g. the checklist shortfall), when known',
          },
        ),
      ),
      correlationId: Type.String({ description: 'Quote this id when reporting a problem' }),
    }),
  },
  { $id: 'ErrorBody' },
);

/** Standard error responses for route schemas: `response: { 200: X, ...errorResponses }`. */
export const errorResponses = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  422: Type.Ref('ErrorBody'),
};
