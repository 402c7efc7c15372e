import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { LiveBus, LiveBusStats } from './live-bus.ts';
import { type LiveMessage, newLiveMessage, resyncMessage } from './live-message.ts';
import { consoleLog, type LiveLog, TopicFanOut } from './topic-fan-out.ts';

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/** What travels in the NOTIFY payload: the message and the bus that sent it. */
interface Envelope {
  o: string;
  m: LiveMessage;
}

/**
 * The bus across server processes on PostgreSQL. Each process keeps one connection doing `LISTEN <channel>` and
 * publishes with `pg_notify` over a small pool of its own, so a publish does not wait for the listener to reconnect.
 *
 * - A publish is delivered to this process's subscribers at once, then sent with NOTIFY; every listener receives
 *   it, including this one, which skips what its own bus sent (the envelope names the sender): each subscriber
 *   gets each message exactly once.
 * - When the listener connection drops, it reconnects with backoff (0.25 s doubling to 10 s, jittered). Local
 *   publishes keep reaching local subscribers meanwhile; what other processes sent during the gap is lost, so
 *   after the reconnect every local subscriber gets one `resync` message (topic `*`) and refetches its view.
 */
export class PgLiveBus implements LiveBus {
  private readonly origin = randomUUID();
  private readonly fanOut: TopicFanOut;
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private published = 0;
  private reconnects = 0;
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly log: LiveLog,
  ) {
    this.fanOut = new TopicFanOut(log);
    this.pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'yimen-live-publish' });
    this.pool.on('error', (err) => log.warn({ err }, 'live bus: idle publishing connection dropped'));
  }

  /** Connects and listens before returning, so a message published after start-up is not missed. */
  static async start(opts: { url: string; channel?: string; log?: LiveLog }): Promise<PgLiveBus> {
    const channel = opts.channel ?? 'yimen_live';
    if (!CHANNEL.test(channel))
      throw new Error(`live bus channel ${JSON.stringify(channel)} must match ${CHANNEL}`);
    const bus = new PgLiveBus(opts.url, channel, opts.log ?? consoleLog);
    try {
      await bus.listen();
    } catch (err) {
      await bus.pool.end();
      throw err;
    }
    return bus;
  }

  get stats(): LiveBusStats {
    return {
      subscribers: this.fanOut.size,
      published: this.published,
      delivered: this.fanOut.delivered,
      reconnects: this.reconnects,
    };
  }

  async publish(topic: string, type: string, data: unknown): Promise<void> {
    if (this.closed) throw new Error('live bus is closed');
    const message = newLiveMessage(topic, type, data);
    this.published++;
    this.fanOut.deliver(message);
    const envelope: Envelope = { o: this.origin, m: message };
    await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(envelope)]);
  }

  subscribe(topics: readonly string[], onMessage: (m: LiveMessage) => void): () => void {
    if (this.closed) throw new Error('live bus is closed');
    return this.fanOut.subscribe(topics, onMessage);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.fanOut.clear();
    const listener = this.listener;
    this.listener = null;
    await Promise.all([listener?.end().catch(() => {}), this.pool.end()]);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'yimen-live-listen' });
    client.on('notification', (n) => this.received(n));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      // The channel is checked against CHANNEL: a plain lower-case identifier.
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.listener = client;
  }

  private received(n: pg.Notification): void {
    if (n.channel !== this.channel || !n.payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(n.payload) as Envelope;
    } catch {
      this.log.warn({ channel: n.channel }, 'live bus: ignored a notification that is not JSON');
      return;
    }
    const m = envelope?.m;
    if (typeof m?.topic !== 'string' || typeof m.type !== 'string' || typeof m.id !== 'string') {
      this.log.warn({ channel: n.channel }, 'live bus: ignored a notification that is not a live message');
      return;
    }
    if (envelope.o === this.origin) return; // delivered locally when published
    this.fanOut.deliver(m);
  }

  private lost(client: pg.Client, err?: Error): void {
    if (client !== this.listener || this.closed) return;
    this.listener = null;
    client.end().catch(() => {});
    this.log.warn({ err }, 'live bus: listener connection lost; reconnecting');
    this.retry();
  }

  private retry(): void {
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempt++);
    const delay = base / 2 + Math.random() * (base / 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.listen().then(
        () => {
          if (this.closed) return;
          this.attempt = 0;
          this.reconnects++;
          this.fanOut.deliverToAll(resyncMessage());
        },
        (err: unknown) => {
          if (this.closed) return;
          this.log.warn({ err }, 'live bus: listener reconnect failed');
          this.retry();
        },
      );
    }, delay);
    this.retryTimer.unref();
  }
}
