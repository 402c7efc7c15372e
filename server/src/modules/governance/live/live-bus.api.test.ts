import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../../../../test/helpers.ts';
import { createLiveBus, type LiveBus, type LiveMessage, RESYNC_TYPE } from './live-bus.ts';

const quiet = { warn: () => {}, error: () => {} };

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function collect(bus: LiveBus, topics: string[]) {
  const got: LiveMessage[] = [];
  bus.subscribe(topics, (m) => got.push(m));
  return got;
}

const ids = (ms: LiveMessage[]) => ms.map((m) => m.id);

describe.skipIf(testDbKind() !== 'postgres')('live bus across processes (PostgreSQL LISTEN/NOTIFY)', () => {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `yimen_live_${randomBytes(5).toString('hex')}`;
  let url = '';
  let a: LiveBus; // "process" A
  let b: LiveBus; // "process" B

  async function admin<T>(fn: (c: pg.Client) => Promise<T>, on = base): Promise<T> {
    const c = new pg.Client({ connectionString: on });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    // Its own database: NOTIFY reaches only listeners of the same database, so parallel test files stay apart.
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    a = await createLiveBus({ kind: 'postgres', url, log: quiet });
    b = await createLiveBus({ kind: 'postgres', url, log: quiet });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('delivers a publish exactly once to the other process and once to a local subscriber', async () => {
    const local = collect(a, ['district:440604']);
    const remote = collect(b, ['district:440604']);
    const otherTopic = collect(b, ['unit:uml']);

    await a.publish('district:440604', 'event.reported', { eventId: 'e-1' });
    expect(local).toHaveLength(1); // local delivery does not wait for the round trip
    await until(() => remote.length === 1, 'the remote delivery');
    // NOTIFYs from one session arrive in order: once the marker is in, no copy of the first can follow.
    await a.publish('district:440604', 'marker', null);
    await until(() => remote.length >= 2, 'the marker');
    await new Promise((r) => setTimeout(r, 100));

    expect(remote.map((m) => m.type)).toEqual(['event.reported', 'marker']);
    expect(ids(local)).toEqual(ids(remote));
    expect(remote[0]).toEqual(local[0]);
    expect(remote[0]).toMatchObject({ topic: 'district:440604', data: { eventId: 'e-1' } });
    expect(otherTopic).toHaveLength(0);

    // And the other way round.
    await b.publish('district:440604', 'event.closed', { eventId: 'e-1' });
    await until(() => local.length === 3, 'delivery to A');
    await new Promise((r) => setTimeout(r, 100));
    expect(local.map((m) => m.type)).toEqual(['event.reported', 'marker', 'event.closed']);
    expect(remote.map((m) => m.type)).toEqual(['event.reported', 'marker', 'event.closed']);
  });

  it('carries a message up to the size limit through NOTIFY and refuses a larger one', async () => {
    const remote = collect(b, ['event:big']);
    const title = '城'.repeat(2_450); // 7,350 bytes of UTF-8: near the limit once wrapped
    await a.publish('event:big', 'event.updated', { title });
    await until(() => remote.length === 1, 'the large message');
    expect(remote[0]!.data).toEqual({ title });
    await expect(
      a.publish('event:big', 'event.updated', { title: title + '城'.repeat(100) }),
    ).rejects.toThrow(/limit is 7500/);
  });

  it('reconnects its listener after the connection drops, tells subscribers to resync, and delivers again', async () => {
    const localA = collect(a, ['unit:uml']);
    const remote = collect(b, ['unit:uml']);
    const before = b.stats.reconnects;
    await admin(
      (c) =>
        c.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'yimen-live-listen'`,
        ),
      url,
    );
    // Meanwhile a local publish still reaches the local subscriber.
    await a.publish('unit:uml', 'queue.changed', { during: 'gap' });
    expect(localA.filter((m) => m.type === 'queue.changed')).toHaveLength(1);

    await until(() => b.stats.reconnects > before && a.stats.reconnects > 0, 'the reconnects');
    await until(() => remote.some((m) => m.type === RESYNC_TYPE), 'the resync');
    expect(remote.find((m) => m.type === RESYNC_TYPE)).toMatchObject({ topic: '*' });

    await a.publish('unit:uml', 'queue.changed', { during: 'after' });
    await until(
      () =>
        remote.some((m) => m.type === 'queue.changed' && (m.data as { during: string }).during === 'after'),
      'delivery after the reconnect',
    );
    expect(localA.filter((m) => m.type === 'queue.changed')).toHaveLength(2);
  });

  it('fails at start-up when the database cannot be reached', async () => {
    await expect(
      createLiveBus({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none', log: quiet }),
    ).rejects.toThrow();
  });
});

describe.skipIf(testDbKind() !== 'pglite')('live bus on PGlite (one process)', () => {
  it('delivers a publish exactly once to each subscriber of the topic', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const first = collect(bus, ['district:440604']);
    const second = collect(bus, ['district:440604', 'unit:uml']);
    await bus.publish('district:440604', 'event.reported', { eventId: 'e-1' });
    await new Promise((r) => setTimeout(r, 50));
    expect(first).toHaveLength(1);
    expect(ids(second)).toEqual(ids(first));
    await bus.close();
    expect(bus.stats.subscribers).toBe(0);
  });
});
