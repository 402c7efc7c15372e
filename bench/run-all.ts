// Runs every benchmark in turn; each prints its own table with its baseline.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib.ts';

const benches = [
  'bench/geo-locate.ts',
  'bench/generate.ts',
  'bench/healthz.ts',
  'bench/startup-memory.ts',
  'bench/attestation.ts',
  'bench/item-search.ts',
  'bench/classify.ts',
  'bench/routing.ts',
  'bench/event-delivery.ts',
  'bench/sse-memory.ts',
  // Needs a PostgreSQL server (TEST_DATABASE_URL or the local one).
  'bench/case-workflow.ts',
];
let failed = false;
for (const b of benches) {
  console.log(`\n=== ${b} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', b], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
