import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DEFAULT_DB_POOL_SIZE } from '../config.ts';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: all writes of one action commit or roll back together. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole database as one tarball, which `loadDataDir` opens again as a copy. */
  dumpDataDir?(): Promise<Blob>;
}

export type DbTarget =
  /** `poolSize`: connections the pool opens at most (the configuration's default when not given). */
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `loadDataDir`: start from a copy of a dumped database (tests copy one migrated and seeded database). */
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

/** Opens PGlite (embedded, data in a folder, or in memory when dataDir is null) or a PostgreSQL pool. */
export async function openDb(target: DbTarget): Promise<Db> {
  return target.kind === 'postgres'
    ? openPostgres(target.url, target.poolSize ?? DEFAULT_DB_POOL_SIZE)
    : openPglite(target.dataDir, target.loadDataDir);
}

/**
 * The embedded database serves one process: PostgreSQL's default 128 MB of shared buffers would sit in the
 * WebAssembly heap of every start (about 140 MB resident). 32 MB holds the demo's working set.
 */
export const PGLITE_SETTINGS = ['shared_buffers = 32MB', 'work_mem = 4MB', 'maintenance_work_mem = 32MB'];

async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    postgresqlconf: PGLITE_SETTINGS,
  });
  await lite.waitReady;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await q.query<T>(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(lite);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    close: () => lite.close(),
    dumpDataDir: async () => lite.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Db> {
  // Dates stay strings ('YYYY-MM-DD') so that both engines return the same shape.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid, format as 'text'),
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection dropped by the server must not take the process down; the next query reconnects.
  pool.on('error', (err) => console.error(`PostgreSQL connection error: ${err.message}`));
  const client = await pool.connect();
  client.release();
  // Every query runs as a named prepared statement: PostgreSQL parses and plans each text once per connection
  // instead of on every call (the case workflow repeats a few dozen statements thousands of times).
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (!name) {
      name = `y${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      names.set(sql, name);
    }
    return name;
  };
  const wrap = (q: { query: pg.Pool['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await q.query({ name: nameOf(sql), text: sql, values: params });
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(wrap(c as unknown as { query: pg.Pool['query'] }));
        await c.query('COMMIT');
        return result;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
