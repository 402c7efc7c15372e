import type { LiveMessage } from './live-message.ts';
import { MemoryLiveBus } from './memory-live-bus.ts';
import { PgLiveBus } from './pg-live-bus.ts';
import type { LiveLog } from './topic-fan-out.ts';

export type { LiveMessage } from './live-message.ts';
export { ALL_TOPICS, MAX_LIVE_MESSAGE_BYTES, RESYNC_TYPE } from './live-message.ts';
export type { LiveLog } from './topic-fan-out.ts';

export interface LiveBusStats {
  /** Open subscriptions in this process. */
  subscribers: number;
  /** Messages published from this process. */
  published: number;
  /** Messages handed to subscriber callbacks in this process (one per subscriber per message). */
  delivered: number;
  /** Times the PostgreSQL listener connection was re-established (always 0 in process). */
  reconnects: number;
}

/**
 * Publish/subscribe between server processes for live screens. Topics look like `district:440604`, `unit:uml`,
 * `user:<uuid>`, `event:<uuid>`. Delivery is at most once and best effort: a screen loads its state over the
 * API and takes live messages as hints to refresh (a `resync` message on topic `*` says some may have been lost).
 * Publish after the transaction that made the change has committed.
 */
export interface LiveBus {
  /** Delivers to this process's subscribers of `topic` at once and to other processes' shortly after. */
  publish(topic: string, type: string, data: unknown): Promise<void>;
  /** Calls onMessage for every message on any of the topics (and for `resync`); returns the unsubscribe. */
  subscribe(topics: readonly string[], onMessage: (m: LiveMessage) => void): () => void;
  close(): Promise<void>;
  readonly stats: LiveBusStats;
}

export type LiveBusOptions = ({ kind: 'pglite' } | { kind: 'postgres'; url: string; channel?: string }) & {
  log?: LiveLog;
};

/** The in-process bus for PGlite (one process), or the LISTEN/NOTIFY bus on PostgreSQL (listening on return). */
export async function createLiveBus(opts: LiveBusOptions): Promise<LiveBus> {
  if (opts.kind === 'pglite') return new MemoryLiveBus(opts.log);
  return PgLiveBus.start({ url: opts.url, channel: opts.channel, log: opts.log });
}
