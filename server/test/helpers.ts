import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createScratchDatabase } from '../../test/scratch-database.ts';
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
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('YIMEN_TEST_DB=postgres needs TEST_DATABASE_URL');
  const scratch = await createScratchDatabase(base, 'yimen_test');
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

/** The real application on a fresh database with the demo seeded (small synthetic population). */
export async function buildTestApp(
  env: Record<string, string> = {},
  opts: { clock?: SettableClock } = {},
): Promise<TestApp> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    YIMEN_DEMO: 'true',
    YIMEN_LOGIN_RATE_LIMIT: '1000',
    ...env,
  });
  const db = await openTestDb();
  const prepared = await prepare(config, db, { persons: 60, enterprises: 12 });
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
