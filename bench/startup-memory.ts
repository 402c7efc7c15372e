// Start-up time (first start on an empty data folder with migrations and the demo; a later start) and the
// steady-state resident memory of the server on PGlite, beside a process that only opens the same PGlite
// database (the baseline: what the embedded database alone costs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, rssMb, startChild, table } from './lib.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'yimen-bench-'));
const env = { YIMEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };

async function timedStart() {
  const t0 = performance.now();
  const child = await startChild('server/src/main.ts', env, '/readyz');
  return { child, ms: performance.now() - t0 };
}

async function steadyRss(pid: number, exercise?: () => Promise<void>): Promise<number> {
  if (exercise) await exercise();
  await new Promise((r) => setTimeout(r, 3000));
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(rssMb(pid));
    await new Promise((r) => setTimeout(r, 500));
  }
  return median(samples);
}

try {
  const first = await timedStart();
  await first.child.stop();
  const later = await timedStart();
  const server = later.child;
  const serverRss = await steadyRss(server.proc.pid!, async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Yimen@2026demo' }),
    });
    const cookie = (login.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ');
    for (let i = 0; i < 50; i++) {
      for (const path of [
        '/api/v1/geo/geojson/micro_grid',
        '/api/v1/admin/staff',
        `/api/v1/geo/locate?lng=113.11&lat=23.02`,
      ]) {
        await (await fetch(server.url + path, { headers: { cookie } })).arrayBuffer();
      }
    }
  });
  await server.stop();
  const pgOnly = await startChild('bench/fixtures/pglite-only.ts', env);
  const baseRss = await steadyRss(pgOnly.proc.pid!);
  await pgOnly.stop();

  console.log('\nStart-up (wall time from spawn to /readyz answering 200)');
  table([
    {
      start: 'first: empty data folder, migrations + demo data',
      ms: Math.round(first.ms),
      target: '< 30000',
      pass: first.ms < 30_000 ? 'PASS' : 'FAIL',
    },
    {
      start: 'later: existing data folder',
      ms: Math.round(later.ms),
      target: '< 5000',
      pass: later.ms < 5_000 ? 'PASS' : 'FAIL',
    },
  ]);
  console.log('\nResident memory in steady state (median of 5 samples after 150 requests)');
  table([
    { process: 'PGlite opened alone on the same data (baseline)', 'RSS MB': Math.round(baseRss) },
    {
      process: 'Yimen server with demo data on PGlite',
      'RSS MB': Math.round(serverRss),
      target: '< 500',
      pass: serverRss < 500 ? 'PASS' : 'FAIL',
    },
    { process: 'server minus baseline', 'RSS MB': Math.round(serverRss - baseRss) },
  ]);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
