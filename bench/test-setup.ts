// What one API test file pays before its first test: the real application on a database with the demo seeded.
// Measured: the suite's way (copy the run's template — PGlite loads a dumped data directory, PostgreSQL runs
// CREATE DATABASE … TEMPLATE — then start the app against department systems already running). Baseline in the same
// run: the way every file did it before (a new database, every migration, the reference data and the demo seeded,
// five department systems started for the file). Medians of BENCH_ROUNDS (default 5) each; PostgreSQL when
// TEST_DATABASE_URL is set or the local server answers.
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { type Db, openDb } from '../server/src/db/client.ts';
import { startDepartmentSystems } from '../server/src/departments/start-departments.ts';
import { demoBusinessRegister } from '../server/src/modules/demo/seed.ts';
import { DEMO_DEPARTMENT_SEED } from '../server/src/modules/verification/connect-departments.ts';
import { prepare } from '../server/src/startup.ts';
import { createScratchDatabase } from '../test/scratch-database.ts';
import { TEST_DEMO_SIZE, TEST_ENV } from '../test/test-env.ts';
import { median, table } from './lib.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PG_BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Starts the app on `db` as a test file does, until it answers, then stops it; returns the wall time in ms. */
async function fileSetup(env: Record<string, string>, open: () => Promise<Db>): Promise<number> {
  const t0 = performance.now();
  const config = loadConfig({ ...TEST_ENV, ...env });
  const db = await open();
  const prepared = await prepare(config, db, TEST_DEMO_SIZE);
  const app = await buildApp({ config, ...prepared });
  await app.ready();
  const res = await app.inject({ method: 'GET', url: '/readyz' });
  if (res.statusCode !== 200) throw new Error(`not ready: ${res.body}`);
  const ms = performance.now() - t0;
  await app.close();
  await prepared.closeDepartments();
  await db.close();
  return ms;
}

/** The database, which is dropped from the server once it is closed. */
const dropOnClose = (db: Db, drop: () => Promise<void>): Db => ({
  ...db,
  async close() {
    await db.close();
    await drop();
  },
});

async function measure(kind: 'pglite' | 'postgres') {
  // The run's template, made once (not counted: the suite makes it once for every file).
  const config = loadConfig(TEST_ENV);
  const fresh = async (): Promise<Db> => {
    if (kind === 'pglite') return openDb({ kind: 'pglite', dataDir: null });
    const s = await createScratchDatabase(PG_BASE, 'yimen_bench_fresh');
    const db = await openDb({ kind: 'postgres', url: s.url });
    return dropOnClose(db, s.drop);
  };
  let seeded: Db;
  let templateName = '';
  let dropTemplate = async () => {};
  if (kind === 'pglite') seeded = await openDb({ kind: 'pglite', dataDir: null });
  else {
    const s = await createScratchDatabase(PG_BASE, 'yimen_bench_template');
    templateName = s.name;
    dropTemplate = s.drop;
    seeded = await openDb({ kind: 'postgres', url: s.url });
  }
  const prepared = await prepare(config, seeded, TEST_DEMO_SIZE, { departments: false });
  const departments = await startDepartmentSystems({
    seed: DEMO_DEPARTMENT_SEED,
    host: '127.0.0.1',
    basePort: 0,
    overrides: { business: await demoBusinessRegister(seeded, prepared.pii, config.districtCode) },
  });
  const urls = JSON.stringify(
    Object.fromEntries(Object.entries(departments.verifierSystems()).map(([id, s]) => [id, s.url])),
  );
  const dump = kind === 'pglite' ? await seeded.dumpDataDir!() : null;
  await seeded.close();
  const copy = async (): Promise<Db> => {
    if (dump) return openDb({ kind: 'pglite', dataDir: null, loadDataDir: dump });
    const c = await createScratchDatabase(PG_BASE, 'yimen_bench_copy', templateName);
    const db = await openDb({ kind: 'postgres', url: c.url });
    return dropOnClose(db, c.drop);
  };

  const before: number[] = [];
  const after: number[] = [];
  // Alternate the two, so that a busy moment of the machine falls on both.
  for (let i = 0; i < ROUNDS; i++) {
    before.push(await fileSetup({}, fresh));
    after.push(await fileSetup({ YIMEN_DEPARTMENT_URLS: urls }, copy));
  }
  await departments.close();
  await dropTemplate();
  const b = median(before);
  const a = median(after);
  return {
    database: kind,
    'fresh database, seeded per file (median ms)': Math.round(b),
    'copy of the run’s template (median ms)': Math.round(a),
    'faster by': `${(b / a).toFixed(1)}×`,
  };
}

const rows = [await measure('pglite')];
try {
  rows.push(await measure('postgres'));
} catch (err) {
  console.log(`PostgreSQL skipped: ${(err as Error).message}`);
}
table(rows);
