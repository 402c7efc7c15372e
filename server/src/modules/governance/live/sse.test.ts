import http from 'node:http';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerLive } from './live.plugin.ts';
import { createLiveBus, type LiveBus, type LiveMessage } from './live-bus.ts';
import { type SseOptions, streamSse } from './sse.ts';

const TOPIC = 'district:440604';
const quiet = { warn: () => {}, error: () => {} };
const open: FastifyInstance[] = [];

afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
});

/** A tiny app like the real one where it matters: helmet, a hook setting a header, one SSE route. */
async function startApp(bus: LiveBus, opts: Partial<SseOptions> = {}): Promise<string> {
  const app = Fastify({ logger: false });
  await app.register(helmet);
  app.addHook('onRequest', async (_req, reply) => {
    reply.header('x-set-by-hook', 'kept');
  });
  registerLive(app, bus);
  app.get('/live', (req, reply) => streamSse(req, reply, { bus, topics: [TOPIC], ...opts }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  open.push(app);
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  return `http://127.0.0.1:${address.port}/live`;
}

interface Stream {
  res: http.IncomingMessage;
  text(): string;
  ended: Promise<void>;
  waitFor(pattern: RegExp): Promise<string>;
  close(): void;
}

function connect(url: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      const ended = new Promise<void>((done) => res.on('end', done));
      resolve({
        res,
        text: () => text,
        ended,
        async waitFor(pattern) {
          const deadline = Date.now() + 5_000;
          while (!pattern.test(text)) {
            if (Date.now() > deadline) throw new Error(`no ${pattern} in:\n${text}`);
            await new Promise((r) => setTimeout(r, 10));
          }
          return text;
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const snapshot: LiveMessage = {
  topic: TOPIC,
  type: 'snapshot',
  data: { open: 3 },
  at: '2026-05-01T08:00:00.000Z',
  id: 'snap-1',
};

describe('SSE stream', () => {
  it('keeps the security headers and hook headers, and sends the event-stream headers', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const stream = await connect(await startApp(bus));
    const h = stream.res.headers;
    expect(stream.res.statusCode).toBe(200);
    expect(h['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(h['cache-control']).toBe('no-cache');
    expect(h.connection).toBe('keep-alive');
    expect(h['x-accel-buffering']).toBe('no');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['x-set-by-hook']).toBe('kept');
    expect(h['x-correlation-id']).toBeTruthy();
    stream.close();
  });

  it('sends the initial state, then published events of its topics, and heartbeats', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    let lastEventId: string | null = 'unset';
    const url = await startApp(bus, {
      heartbeatMs: 30,
      initial: (last) => {
        lastEventId = last;
        return [snapshot];
      },
    });
    const stream = await connect(url, { 'last-event-id': 'evt-41' });
    await stream.waitFor(/event: snapshot/);
    expect(lastEventId).toBe('evt-41');
    await until(() => bus.stats.subscribers === 1, 'the subscription');

    await bus.publish('unit:uml', 'queue.changed', { n: 1 }); // another topic: not for this stream
    await bus.publish(TOPIC, 'event.reported', { eventId: 'e-7', title: '井盖缺失' });
    const text = await stream.waitFor(/event: event\.reported\ndata: .*\n\n/);

    const events = text.split('\n\n').filter((block) => block.startsWith('id: '));
    expect(events).toHaveLength(2);
    expect(events[0]).toBe(
      'id: snap-1\nevent: snapshot\ndata: {"topic":"district:440604","at":"2026-05-01T08:00:00.000Z","data":{"open":3}}',
    );
    const [id, event, data] = events[1]!.split('\n');
    expect(id).toMatch(/^id: [0-9a-f-]{36}$/);
    expect(event).toBe('event: event.reported');
    expect(JSON.parse(data!.slice('data: '.length))).toMatchObject({
      topic: TOPIC,
      data: { eventId: 'e-7', title: '井盖缺失' },
    });
    await stream.waitFor(/: ping\n\n/);
    stream.close();
  });

  it('unsubscribes and stops its heartbeat when the client goes away', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const stream = await connect(await startApp(bus, { heartbeatMs: 20 }));
    await until(() => bus.stats.subscribers === 1, 'the subscription');
    stream.close();
    await until(() => bus.stats.subscribers === 0, 'the unsubscribe');
  });

  it('ends the stream after maxAgeMs so that the browser reconnects and is authorized again', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const stream = await connect(await startApp(bus, { maxAgeMs: 100 }));
    await until(() => bus.stats.subscribers === 1, 'the subscription');
    await stream.ended;
    expect(bus.stats.subscribers).toBe(0);
  });

  it('leaves no subscription when the client goes away while the initial state is read', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    let reading = false;
    const url = await startApp(bus, {
      initial: async () => {
        reading = true;
        await new Promise((r) => setTimeout(r, 200));
        return [snapshot];
      },
    });
    const req = http.get(url);
    req.on('error', () => {});
    await until(() => reading, 'the initial read');
    expect(bus.stats.subscribers).toBe(1);
    req.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(bus.stats.subscribers).toBe(0);
  });

  it('answers an error as usual when the initial state cannot be read, leaving no subscription', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const url = await startApp(bus, {
      initial: () => {
        throw new Error('database down');
      },
    });
    const res = await fetch(url);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(bus.stats.subscribers).toBe(0);
  });

  it('drops a client that stops reading, with a final overflow event, and unsubscribes it', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const stream = await connect(await startApp(bus, { maxBufferBytes: 64 * 1024 }));
    await until(() => bus.stats.subscribers === 1, 'the subscription');
    stream.res.pause();
    const filler = 'x'.repeat(7_000);
    for (let i = 0; i < 5_000 && bus.stats.subscribers > 0; i++) {
      await bus.publish(TOPIC, 'bulk', { i, filler });
      if (i % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(bus.stats.subscribers).toBe(0);
    stream.res.resume();
    await stream.ended;
    expect(stream.text()).toMatch(/event: overflow\ndata: \{"reason":"[^"]+"\}\n\n$/);
  });

  it('ends open streams when the app closes, so closing does not wait for the clients', async () => {
    const bus = await createLiveBus({ kind: 'pglite', log: quiet });
    const stream = await connect(await startApp(bus));
    await until(() => bus.stats.subscribers === 1, 'the subscription');
    const t0 = performance.now();
    await open.pop()!.close();
    await stream.ended;
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(bus.stats.subscribers).toBe(0);
    await expect(bus.publish(TOPIC, 'late', {})).rejects.toThrow(/closed/);
  });
});
