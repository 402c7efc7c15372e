import { readFile } from 'node:fs/promises';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { createScratchDatabase } from '../../test/scratch-database.ts';
import { TEST_DEMO_SIZE, TEST_ENV } from '../../test/test-env.ts';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Db, openDb } from '../src/db/client.ts';
import type { App } from '../src/http.ts';
import type { SettableClock } from '../src/modules/clock/settable-clock.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-accounts.ts';
import { prepare } from '../src/startup.ts';

export { DEMO_PASSWORD };

/** Which database API tests run on: set per vitest project (see vitest.config.ts). */
export const testDbKind = (): 'pglite' | 'postgres' =>
  process.env.YIMEN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** Opens an empty database of the kind under test: in-memory PGlite, or a fresh PostgreSQL database dropped on close. */
export async function openTestDb(): Promise<Db> {
  if (testDbKind() === 'pglite') return openDb({ kind: 'pglite', dataDir: null });
  return openPostgresCopy();
}

/**
 * A database of the kind under test that starts as a copy of the run's template (migrated, demo seeded; see
 * test/api-global-setup.ts): PGlite loads the template's dump (read once per worker), PostgreSQL copies the
 * template database. Dropped on close.
 */
export async function openSeededTestDb(): Promise<Db> {
  if (testDbKind() === 'pglite') {
    templateDump ??= readFile(inject('pgliteTemplate')).then((bytes) => new Blob([bytes]));
    return openDb({ kind: 'pglite', dataDir: null, loadDataDir: await templateDump });
  }
  return openPostgresCopy(inject('postgresTemplate'));
}
let templateDump: Promise<Blob> | undefined;

async function openPostgresCopy(template?: string): Promise<Db> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('YIMEN_TEST_DB=postgres needs TEST_DATABASE_URL');
  const scratch = await createScratchDatabase(base, 'yimen_test', template);
  const db = await openDb({ kind: 'postgres', url: scratch.url });
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: App;
  db: Db;
  config: Config;
  /** Signs a user in and returns what a browser would keep. */
  login(username: string, password?: string): Promise<Session>;
  /** Signs a citizen in by one-time code, reading the code from the demo outbox as a phone would. */
  loginCitizen(phone: string): Promise<Session>;
  /** Sends a request as the given session (cookie + CSRF header), or anonymously. */
  request(session: Session | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The real application on its own copy of the seeded test database (small synthetic population). */
export async function buildTestApp(
  env: Record<string, string> = {},
  opts: { clock?: SettableClock } = {},
): Promise<TestApp> {
  // The department systems of the run answer unless the test brings its own.
  const config = loadConfig({ ...TEST_ENV, YIMEN_DEPARTMENT_URLS: inject('departmentUrls'), ...env });
  const db = await openSeededTestDb();
  const prepared = await prepare(config, db, TEST_DEMO_SIZE);
  const app = await buildApp({ config, ...prepared, ...(opts.clock ? { testClock: opts.clock } : {}) });
  await app.ready();

  const request = (session: Session | null, opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(opts.headers ?? {}),
      },
    });

  const sessionOf = (res: LightMyRequestResponse): Session => {
    const cookies = res.cookies as Array<{ name: string; value: string }>;
    const session = cookies.find((c) => c.name === 'yimen_session')?.value;
    const csrf = cookies.find((c) => c.name === 'yimen_csrf')?.value;
    if (!session || !csrf) throw new Error(`sign-in set no session cookies: ${res.statusCode} ${res.body}`);
    return { cookie: `yimen_session=${session}; yimen_csrf=${csrf}`, csrf };
  };

  async function login(username: string, password = DEMO_PASSWORD): Promise<Session> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return sessionOf(res);
  }

  async function loginCitizen(phone: string): Promise<Session> {
    await app.inject({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
    const outbox = await app.inject({ method: 'GET', url: `/api/v1/demo/outbox?phone=${phone}` });
    const code = /(\d{6})/.exec(outbox.json().messages[0].body)?.[1];
    return sessionOf(
      await app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } }),
    );
  }

  return {
    app,
    db,
    config,
    login,
    loginCitizen,
    request,
    async close() {
      await app.close();
      await prepared.closeDepartments();
      await db.close();
    },
  };
}
