import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../server/src/config.ts';
import { openDb } from '../server/src/db/client.ts';
import { startDepartmentSystems } from '../server/src/departments/start-departments.ts';
import { demoBusinessRegister } from '../server/src/modules/demo/seed.ts';
import { DEMO_DEPARTMENT_SEED } from '../server/src/modules/verification/connect-departments.ts';
import { prepare } from '../server/src/startup.ts';
import { createScratchDatabase } from './scratch-database.ts';
import { TEST_DEMO_SIZE, TEST_ENV } from './test-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: the file holding the dump of the migrated, seeded database every API test file starts from. */
    pgliteTemplate: string;
    /** PostgreSQL: the database every API test file copies (`CREATE DATABASE … TEMPLATE`). */
    postgresTemplate: string;
    /** The simulated department systems, started once for the run: YIMEN_DEPARTMENT_URLS. */
    departmentUrls: string;
  }
}

/**
 * Once per run and database kind: migrate and seed one database (the demo, small), keep it as the template every
 * API test file copies, and start the department systems the tests ask. A file then starts in about a second
 * instead of migrating and seeding for itself.
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.YIMEN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  const config = loadConfig(TEST_ENV);
  const cleanups: Array<() => Promise<void>> = [];

  if (kind === 'pglite') {
    const db = await openDb({ kind: 'pglite', dataDir: null });
    const prepared = await prepare(config, db, TEST_DEMO_SIZE, { departments: false });
    const file = join(tmpdir(), `yimen-test-template-${process.pid}-${Date.now()}.tar`);
    await writeFile(file, Buffer.from(await (await db.dumpDataDir!()).arrayBuffer()));
    project.provide('pgliteTemplate', file);
    cleanups.push(() => rm(file, { force: true }));
    await startDepartments(prepared.db, prepared.pii);
    await db.close();
  } else {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('the api-postgres project needs TEST_DATABASE_URL');
    const template = await createScratchDatabase(base, 'yimen_template');
    cleanups.push(template.drop);
    const db = await openDb({ kind: 'postgres', url: template.url });
    const prepared = await prepare(config, db, TEST_DEMO_SIZE, { departments: false });
    await startDepartments(prepared.db, prepared.pii);
    await db.close();
    project.provide('postgresTemplate', template.name);
  }

  async function startDepartments(
    db: Parameters<typeof demoBusinessRegister>[0],
    pii: Parameters<typeof demoBusinessRegister>[1],
  ) {
    const departments = await startDepartmentSystems({
      seed: DEMO_DEPARTMENT_SEED,
      host: '127.0.0.1',
      basePort: 0,
      overrides: { business: await demoBusinessRegister(db, pii, config.districtCode) },
    });
    cleanups.push(departments.close);
    const urls = Object.fromEntries(
      Object.entries(departments.verifierSystems()).map(([id, system]) => [id, system.url]),
    );
    project.provide('departmentUrls', JSON.stringify(urls));
  }

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
