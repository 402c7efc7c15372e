// Live layer of the city-governance platform: what 100 open Server-Sent Events streams cost a server process,
// and how fast a published message reaches all of them. A small Fastify server (this same file, run as a child
// with SSE_BENCH_CHILD=1) serves an SSE route backed by the in-process live bus and a publish route. Each round
// starts a fresh child per case, measures its RSS (after a GC, median of 5 samples) before and after opening 100
// connections, then, for SSE, publishes 1,000 messages at 100/s to the topic all 100 streams follow; the
// latency is from this process sending the publish request to each stream receiving the event (the timestamp
// travels in the message), so it includes the HTTP publish, the fan-out and the parsing here.
// Baseline in the same run: the same child with 100 idle keep-alive HTTP connections that are not SSE.
// Target: 100 SSE connections add < 100 MB. Medians over rounds.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fastify from 'fastify';
import { registerLive } from '../server/src/modules/governance/live/live.plugin.ts';
import { createLiveBus } from '../server/src/modules/governance/live/live-bus.ts';
import { streamSse } from '../server/src/modules/governance/live/sse.ts';
import { type Child, median, rssMb, startChild, table } from './lib.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 100); // messages per second
const TOPIC = 'district:440604';
const TARGET_MB = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- the child: a small server with the live bus -------------------------------------------------------
async function serve(): Promise<void> {
  const gc: () => void = (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();
  const bus = await createLiveBus({ kind: 'pglite' });
  const app = Fastify({ logger: false });
  registerLive(app, bus);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/idle', async () => ({ status: 'ok' }));
  app.get('/live', (req, reply) => streamSse(req, reply, { bus, topics: [TOPIC] }));
  app.post('/publish', async (req) => {
    const { type, data } = req.body as { type: string; data: unknown };
    await bus.publish(TOPIC, type, data);
    return { ok: true };
  });
  app.post('/gc', async () => {
    gc();
    return { ok: true };
  });
  app.get('/stats', async () => {
    const connections = await new Promise<number>((resolve, reject) =>
      app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
    );
    return { ...bus.stats, connections, heapMb: process.memoryUsage().heapUsed / 2 ** 20 };
  });
  await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
}

// ---- the driver --------------------------------------------------------------------------------------
interface Stats {
  subscribers: number;
  delivered: number;
  connections: number;
  heapMb: number;
}

const getStats = async (child: Child): Promise<Stats> =>
  (await fetch(`${child.url}/stats`)).json() as Promise<Stats>;

async function settledRss(child: Child): Promise<{ rss: number; heap: number }> {
  await fetch(`${child.url}/gc`, { method: 'POST' });
  await sleep(2000);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(rssMb(child.proc.pid!));
    await sleep(300);
  }
  return { rss: median(samples), heap: (await getStats(child)).heapMb };
}

/** One idle keep-alive connection: a request answered, then the socket stays open in its own agent. */
async function openIdle(url: string): Promise<http.Agent> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await new Promise<void>((resolve, reject) => {
    http
      .get(`${url}/idle`, { agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject);
  });
  return agent;
}

/** One SSE stream; calls onTick with the sender's timestamp of every `tick` event. */
function openSse(url: string, onTick: (sent: number) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/live`, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.includes('event: tick\n')) continue;
          const data = block.slice(block.indexOf('data: ') + 6);
          onTick((JSON.parse(data) as { data: { sent: number } }).data.sent);
        }
      });
      res.on('error', () => {});
      resolve(req);
    });
    req.on('error', reject);
  });
}

/** CPU seconds a process has used (user + system), from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

interface Result {
  before: number;
  after: number;
  heapBefore: number;
  heapAfter: number;
  afterPublish?: number;
  p50?: number;
  p99?: number;
  max?: number;
  received?: number;
  rate?: number;
  /** CPU used during the publish phase, in cores: the server child and this (client) process. */
  serverCpu?: number;
  clientCpu?: number;
  connections: number;
}

async function publishAll(child: Child): Promise<number> {
  const post = (type: string, data: unknown) =>
    fetch(`${child.url}/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type, data }),
    }).then((r) => {
      if (!r.ok) throw new Error(`publish: ${r.status}`);
      return r.arrayBuffer();
    });
  const t0 = performance.now();
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const wait = t0 + (i * 1000) / RATE - performance.now();
    if (wait > 0) await sleep(wait);
    sent.push(post('tick', { seq: i, sent: now() }));
  }
  await Promise.all(sent);
  return MESSAGES / ((performance.now() - t0) / 1000);
}

async function round(mode: 'idle' | 'sse'): Promise<Result> {
  const child = await startChild('bench/sse-memory.ts', { SSE_BENCH_CHILD: '1' });
  const latencies: number[] = [];
  const streams: http.ClientRequest[] = [];
  const agents: http.Agent[] = [];
  try {
    // Warm-up: one stream, a few events and plain requests, so code paths are compiled before measuring.
    const warm = await openSse(child.url, () => {});
    for (let i = 0; i < 10; i++) {
      await fetch(`${child.url}/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'tick', data: { seq: -1, sent: now() } }),
      });
      await (await fetch(`${child.url}/idle`)).arrayBuffer();
    }
    warm.destroy();
    while ((await getStats(child)).subscribers > 0) await sleep(20);

    const before = await settledRss(child);
    if (mode === 'idle') {
      for (let i = 0; i < CONNECTIONS; i++) agents.push(await openIdle(child.url));
    } else {
      for (let i = 0; i < CONNECTIONS; i++)
        streams.push(await openSse(child.url, (t) => latencies.push(now() - t)));
      while ((await getStats(child)).subscribers < CONNECTIONS) await sleep(20);
    }
    const { connections } = await getStats(child);
    const after = await settledRss(child);
    const result: Result = {
      before: before.rss,
      after: after.rss,
      heapBefore: before.heap,
      heapAfter: after.heap,
      connections,
    };
    if (mode === 'sse') {
      const t0 = performance.now();
      const server0 = cpuSeconds(child.proc.pid!);
      const client0 = cpuSeconds(process.pid);
      result.rate = await publishAll(child);
      const deadline = Date.now() + 10_000;
      while (latencies.length < MESSAGES * CONNECTIONS && Date.now() < deadline) await sleep(20);
      const seconds = (performance.now() - t0) / 1000;
      result.serverCpu = (cpuSeconds(child.proc.pid!) - server0) / seconds;
      result.clientCpu = (cpuSeconds(process.pid) - client0) / seconds;
      const sorted = [...latencies].sort((a, b) => a - b);
      Object.assign(result, {
        received: latencies.length,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        max: sorted.at(-1),
        afterPublish: (await settledRss(child)).rss,
      });
    }
    return result;
  } finally {
    for (const s of streams) s.destroy();
    for (const a of agents) a.destroy();
    await child.stop();
  }
}

async function drive(): Promise<void> {
  const idle: Result[] = [];
  const sse: Result[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    idle.push(await round('idle'));
    sse.push(await round('sse'));
  }
  const med = (rs: Result[], f: (r: Result) => number) => median(rs.map(f));
  const mb = (x: number) => x.toFixed(1);
  const idleGrowth = med(idle, (r) => r.after - r.before);
  const sseGrowth = med(sse, (r) => r.after - r.before);
  const ssePublishGrowth = med(sse, (r) => r.afterPublish! - r.before);

  console.log(
    `\nResident memory of the server process, ${CONNECTIONS} connections, ${ROUNDS} rounds (medians)`,
  );
  table([
    {
      case: `${CONNECTIONS} idle keep-alive HTTP connections (baseline)`,
      'open conns': med(idle, (r) => r.connections),
      'RSS before MB': mb(med(idle, (r) => r.before)),
      'RSS after MB': mb(med(idle, (r) => r.after)),
      'growth MB': mb(idleGrowth),
      'heap growth MB': mb(med(idle, (r) => r.heapAfter - r.heapBefore)),
    },
    {
      case: `${CONNECTIONS} SSE streams, subscribed`,
      'open conns': med(sse, (r) => r.connections),
      'RSS before MB': mb(med(sse, (r) => r.before)),
      'RSS after MB': mb(med(sse, (r) => r.after)),
      'growth MB': mb(sseGrowth),
      'heap growth MB': mb(med(sse, (r) => r.heapAfter - r.heapBefore)),
      target: `< ${TARGET_MB}`,
      pass: sseGrowth < TARGET_MB ? 'PASS' : 'FAIL',
    },
    {
      case: `${CONNECTIONS} SSE streams after ${MESSAGES} messages`,
      'RSS after MB': mb(med(sse, (r) => r.afterPublish!)),
      'growth MB': mb(ssePublishGrowth),
      target: `< ${TARGET_MB}`,
      pass: ssePublishGrowth < TARGET_MB ? 'PASS' : 'FAIL',
    },
    { case: 'SSE minus baseline', 'growth MB': mb(sseGrowth - idleGrowth) },
  ]);
  console.log(
    `\nDelivery: ${MESSAGES} messages at ${RATE}/s to ${CONNECTIONS} streams (publish request sent → event parsed)`,
  );
  table(
    sse.map((r, i) => ({
      round: i + 1,
      'publish rate /s': Math.round(r.rate!),
      'received / expected': `${r.received} / ${MESSAGES * CONNECTIONS}`,
      'p50 ms': r.p50!.toFixed(2),
      'p99 ms': r.p99!.toFixed(2),
      'max ms': r.max!.toFixed(2),
      'server CPU (cores)': r.serverCpu!.toFixed(2),
      'client CPU (cores)': r.clientCpu!.toFixed(2),
    })),
  );
  console.log(
    `median over rounds: p50 ${med(sse, (r) => r.p50!).toFixed(2)} ms, p99 ${med(sse, (r) => r.p99!).toFixed(2)} ms`,
  );
  if (sse.some((r) => r.received !== MESSAGES * CONNECTIONS)) process.exitCode = 1;
}

if (process.env.SSE_BENCH_CHILD === '1') await serve();
else await drive();
