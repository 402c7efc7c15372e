// 事件秒级派遣: from a report accepted over HTTP to the moment the responsible unit's open live stream (SSE)
// receives it, while reports arrive at a steady rate (default 100/s). The full server runs in its own process
// (PGlite, demo data): each report is classified, located, routed by the responsibility list and written with
// its tasks, timeline and audit record, then published. Baseline in the same run: a bare Fastify POST that only
// stores the row, driven at the same rate (its latency is the HTTP round trip plus one INSERT).
// Target: p99 < 200 ms at 100 reports/s.
// With BENCH_POSTGRES=1 it runs on PostgreSQL instead, as a district deploys it: two
// server processes on one database, reports sent to the first while the unit's stream is open on the second,
// so every delivery crosses processes through LISTEN/NOTIFY. The baseline then stores its row in PostgreSQL too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../server/src/modules/demo/demo-accounts.ts';
import { createScratchDatabase } from '../test/scratch-database.ts';
import { median, startChild, table } from './lib.ts';

const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_P99_MS = 200;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

/** Signs a demo staff member in; answers the cookie and CSRF header a browser would send. */
async function signIn(url: string, username: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('yimen_csrf='))!.split('=')[1]!;
  return { cookie: cookies.join('; '), csrf };
}

/** Reads the unit's stream; calls `seen` with each new event's id and the time it arrived. */
async function openStream(url: string, cookie: string, seen: (id: string, at: number) => void) {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/v1/gov/stream`, { headers: { cookie }, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (frame.includes('event: event.new')) {
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (data) seen((JSON.parse(data) as { data: { id: string } }).data.id, performance.now());
          }
          cut = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
  return () => controller.abort();
}

/** Sends `RATE` requests a second for `SECONDS`; answers each request's start time and its response. */
async function drive(send: (i: number) => Promise<Response>) {
  const total = RATE * SECONDS;
  const started: number[] = [];
  const pending: Array<Promise<{ i: number; res: Response; done: number }>> = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    started[i] = performance.now();
    pending.push(send(i).then((res) => ({ i, res, done: performance.now() })));
  }
  return { started, results: await Promise.all(pending) };
}

const POSTGRES = process.env.BENCH_POSTGRES === '1'; // the server: TEST_DATABASE_URL or the local one
const dataDir = mkdtempSync(join(tmpdir(), 'yimen-bench-'));
let databaseUrl: string | null = null;
let dropDatabase = async () => {};
if (POSTGRES) {
  const scratch = await createScratchDatabase(
    process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    'yimen_bench',
  );
  databaseUrl = scratch.url;
  dropDatabase = scratch.drop;
}
const serverEnv: Record<string, string> = databaseUrl
  ? { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }
  : { YIMEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
const yimen = await startChild('server/src/main.ts', serverEnv, '/readyz');
// On PostgreSQL a second process, started once the first has migrated and seeded, serves the unit's stream.
const second = databaseUrl ? await startChild('server/src/main.ts', serverEnv, '/readyz') : null;
const streamUrl = second?.url ?? yimen.url;
const bare = await startChild(
  'bench/fixtures/bare-store.ts',
  databaseUrl ? { DATABASE_URL: databaseUrl } : {},
);
const ours = { p50: [] as number[], p99: [] as number[], lost: [] as number[] };
const base = { p50: [] as number[], p99: [] as number[] };
try {
  const operator = await signIn(yimen.url, 'operator');
  const handler = await signIn(streamUrl, 'handler');
  // Places: the interior points of forty grids, each inside the district.
  const get = async <T>(path: string) =>
    (await (await fetch(`${yimen.url}/api/v1${path}`, { headers: { cookie: operator.cookie } })).json()) as T;
  const grids = await get<{ items: Array<{ code: string }> }>('/geo/areas?level=grid');
  const places = await Promise.all(
    grids.items.slice(0, 40).map(async (g) => {
      const a = await get<{ centerLng: number; centerLat: number }>(`/geo/areas/${g.code}`);
      return { lng: a.centerLng, lat: a.centerLat };
    }),
  );
  // Reports the responsibility list gives to the urban-management unit (垃圾 → 06 市容环境 → uml).
  const texts = ['路边垃圾堆了好几天没人清理', '小区门口垃圾散落一地很臭', '巡查发现：垃圾桶旁暴露垃圾'];
  const body = (i: number) => ({
    description: `${texts[i % texts.length]}（${i}）`,
    ...places[i % places.length]!,
  });

  // Warm-up: the first report trains the classifier; the first statements are planned.
  for (let i = 0; i < 30; i++) {
    await fetch(`${yimen.url}/api/v1/gov/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: operator.cookie, 'x-csrf-token': operator.csrf },
      body: JSON.stringify({ channel: 'hotline', ...body(i) }),
    });
  }
  for (let round = 0; round < ROUNDS; round++) {
    // The stored row alone, at the same rate.
    const b = await drive((i) =>
      fetch(`${bare.url}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body(i)),
      }),
    );
    const bareLatency = b.results.map((r) => r.done - b.started[r.i]!);
    base.p50.push(percentile(bareLatency, 50));
    base.p99.push(percentile(bareLatency, 99));

    // The whole path, report to the unit's screen.
    const arrived = new Map<string, number>();
    const close = await openStream(streamUrl, handler.cookie, (id, at) => arrived.set(id, at));
    await new Promise((r) => setTimeout(r, 300));
    const run = await drive((i) =>
      fetch(`${yimen.url}/api/v1/gov/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: operator.cookie,
          'x-csrf-token': operator.csrf,
        },
        body: JSON.stringify({ channel: 'hotline', ...body(i) }),
      }),
    );
    const ids = await Promise.all(
      run.results.map(async (r) => ({
        i: r.i,
        status: r.res.status,
        id: ((await r.res.json()) as { event?: { id: string; unitId: string } }).event,
      })),
    );
    await new Promise((r) => setTimeout(r, 1000));
    close();
    const latencies: number[] = [];
    let lost = 0;
    for (const x of ids) {
      if (x.status !== 201 || x.id?.unitId !== 'uml') continue;
      const at = arrived.get(x.id.id);
      if (at === undefined) lost++;
      else latencies.push(at - run.started[x.i]!);
    }
    ours.p50.push(percentile(latencies, 50));
    ours.p99.push(percentile(latencies, 99));
    ours.lost.push(lost);
    const refused = ids.filter((x) => x.status !== 201).length;
    if (refused) console.log(`round ${round + 1}: ${refused} reports refused`);
  }
} finally {
  await yimen.stop();
  await second?.stop();
  await bare.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase();
}
const p99 = median(ours.p99);
console.log(
  `\nReport → the unit's live stream, ${RATE} reports/s for ${SECONDS} s × ${ROUNDS} rounds (medians), ` +
    (POSTGRES ? 'PostgreSQL, report to one process and stream from another' : 'PGlite, one process'),
);
table([
  {
    path: 'bare POST that only stores the row (baseline)',
    'p50 ms': median(base.p50).toFixed(1),
    'p99 ms': median(base.p99).toFixed(1),
    verdict: '—',
  },
  {
    path: 'Yimen: classify + locate + route + write + publish → SSE',
    'p50 ms': median(ours.p50).toFixed(1),
    'p99 ms': p99.toFixed(1),
    verdict: `target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'PASS' : 'FAIL'}; lost: ${Math.max(...ours.lost)}`,
  },
]);
