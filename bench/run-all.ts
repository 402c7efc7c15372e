// Runs every benchmark in turn; each prints its own table with its baseline.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib.ts';

const benches: Array<string | [string, Record<string, string>]> = [
  'bench/geo-locate.ts',
  'bench/generate.ts',
  'bench/healthz.ts',
  'bench/startup-memory.ts',
  'bench/attestation.ts',
  'bench/item-search.ts',
  'bench/classify.ts',
  'bench/routing.ts',
  'bench/event-delivery.ts',
  // Needs a PostgreSQL server: two server processes, delivery through LISTEN/NOTIFY.
  ['bench/event-delivery.ts', { BENCH_POSTGRES: '1' }],
  'bench/sse-memory.ts',
  // Needs a PostgreSQL server (TEST_DATABASE_URL or the local one).
  'bench/case-workflow.ts',
  // PGlite, and PostgreSQL when it answers.
  'bench/test-setup.ts',
];
let failed = false;
for (const entry of benches) {
  const [b, env] = typeof entry === 'string' ? [entry, {}] : entry;
  console.log(
    `\n=== ${b} ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} ===`,
  );
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', b], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
