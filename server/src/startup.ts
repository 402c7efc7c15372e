import type { Config } from './config.ts';
import { type Db, openDb } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { holdCalendar } from './modules/calendar/calendar.loader.ts';
import { seedCalendar } from './modules/calendar/calendar.seed.ts';
import type { Deadlines } from './modules/cases/case-context.ts';
import { bootstrapAdmin, demoBusinessRegister, seedDemo, seedReferenceData } from './modules/demo/seed.ts';
import { type GeoIndex, loadGeoIndex } from './modules/geography/geo-index.ts';
import { seedGovernance } from './modules/governance/governance.seed.ts';
import { createPiiCipher, type PiiCipher } from './modules/people/pii-crypto.ts';
import { connectDepartments } from './modules/verification/connect-departments.ts';
import type { Verifier } from './modules/verification/verification.types.ts';
import { createVerifier } from './modules/verification/verifier.ts';

const CALENDAR_FRESHNESS_MS = 5_000;

export interface Prepared {
  db: Db;
  geo: GeoIndex;
  pii: PiiCipher;
  deadlines: Deadlines;
  verifier: Verifier;
  timings: Record<string, number>;
  /** Stops what prepare started besides the database (the simulated department systems). */
  closeDepartments(): Promise<void>;
}

/**
 * Everything before listening: open the database, apply migrations, seed reference data (and the demo on an
 * empty database in demo mode), load the spatial index. Safe to run in several processes at once.
 */
export async function prepare(
  config: Config,
  db?: Db,
  demoSize: { persons: number; enterprises: number } = { persons: 2000, enterprises: 300 },
  /** `departments: false` leaves the department systems alone (a test run's template database needs none). */
  opts: { departments?: boolean } = {},
): Promise<Prepared> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const database =
    db ??
    (await openDb(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize }
        : { kind: 'pglite', dataDir: config.dataDir },
    ));
  lap('open');
  await migrate(database);
  lap('migrate');
  await seedReferenceData(database, config.districtCode, { syntheticItems: config.demo });
  await seedCalendar(database, config.districtCode);
  await seedGovernance(database, config.districtCode, { demo: config.demo });
  lap('reference');
  const calendar = await holdCalendar(database, config.districtCode);
  let calendarCheckedAt = Date.now();
  // Pauses move deadlines by whole working days; the calendar's fractional elapsed time is for display.
  const deadlines: Deadlines = {
    addWorkingDays: (start, days) => calendar.current.addWorkingDays(start, days),
    addWorkingHours: (start, hours) => calendar.current.addWorkingHours(start, hours),
    workingDaysBetween: (from, to) => calendar.current.pausedWorkingDays(from, to),
    // At most one version check every few seconds: an administrator's edit reaches every process soon
    // enough, and a busy window does not pay a query per action.
    refresh: async () => {
      if (Date.now() - calendarCheckedAt < CALENDAR_FRESHNESS_MS) return;
      calendarCheckedAt = Date.now();
      await calendar.refresh();
    },
  };
  const geo = await loadGeoIndex(database, config.districtCode);
  lap('geo');
  const pii = createPiiCipher({ dataKey: config.dataKey, indexKey: config.indexKey });
  if (config.demo) await seedDemo(database, { districtCode: config.districtCode, geo, pii, ...demoSize });
  if (config.bootstrapAdminPassword)
    await bootstrapAdmin(database, config.districtCode, config.bootstrapAdminPassword);
  lap('demo');
  const departments =
    opts.departments === false
      ? { verifier: await createVerifier({ systems: {} }), close: async () => {} }
      : await connectDepartments(
          config,
          config.demo ? { business: await demoBusinessRegister(database, pii, config.districtCode) } : {},
        );
  lap('departments');
  return {
    db: database,
    geo,
    pii,
    deadlines,
    verifier: departments.verifier,
    timings,
    closeDepartments: departments.close,
  };
}
