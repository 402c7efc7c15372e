// GET /healthz throughput of the full Yimen server (all plugins: helmet, auth hook, error handling, logging)
// beside a bare Fastify route answering the same JSON. Both run as separate processes; autocannon drives them
// from this process. Rounds alternate so machine noise hits both alike; medians are reported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median, startChild, table } from './lib.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

async function load(url: string): Promise<number> {
  const r = await autocannon({ url: `${url}/healthz`, connections: 32, duration: SECONDS, pipelining: 1 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
}

const dataDir = mkdtempSync(join(tmpdir(), 'yimen-bench-'));
const yimen = await startChild(
  'server/src/main.ts',
  { YIMEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  '/readyz',
);
const bare = await startChild('bench/fixtures/bare-server.ts', {});
const ours: number[] = [];
const base: number[] = [];
try {
  await load(yimen.url); // warm-up
  await load(bare.url);
  for (let i = 0; i < ROUNDS; i++) {
    base.push(await load(bare.url));
    ours.push(await load(yimen.url));
  }
} finally {
  await yimen.stop();
  await bare.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const y = median(ours);
const b = median(base);
console.log(`\nGET /healthz, ${ROUNDS} rounds × ${SECONDS}s, 32 connections (median requests/s)`);
table([
  { server: 'bare Fastify route (baseline)', 'req/s': Math.round(b), ratio: '1.00' },
  { server: 'Yimen /healthz (full plugin stack)', 'req/s': Math.round(y), ratio: (y / b).toFixed(2) },
]);
