import type { Queryable } from './client.ts';

/** One SQL statement with its parameters, to run alone or together with others. */
export interface Statement {
  sql: string;
  params: unknown[];
  /** The name of its WITH part when run together, so that later parts can read what it RETURNs. */
  as?: string;
}

/**
 * A value computed in the same statement, put where a parameter would go: a number drawn by an earlier WITH
 * part (`(SELECT no FROM case_no)`), say. Its own parameters are numbered from $1.
 */
export class SqlValue {
  constructor(
    readonly sql: string,
    readonly params: unknown[] = [],
  ) {}
}

/** A value as a column takes it: objects (jsonb) serialised; dates, SqlValues and scalars as they are. */
export const columnValue = (v: unknown): unknown =>
  v !== null && typeof v === 'object' && !(v instanceof Date) && !(v instanceof SqlValue)
    ? JSON.stringify(v)
    : v;

/**
 * `col = $2, col = $3 …` and the values for an UPDATE by id (parameters numbered from `first`). Column names come
 * from our own row types, never from input.
 */
export function setClause(fields: object, first = 2): { sets: string; values: unknown[] } | null {
  const entries = Object.entries(fields);
  if (!entries.length) return null;
  return {
    sets: entries.map(([k], i) => `${k} = $${i + first}`).join(', '),
    values: entries.map(([, v]) => columnValue(v)),
  };
}

/**
 * The UPDATE that guards an optimistic write (runGuarded): it changes the row of `table` only if its row_version is
 * still `version`, and moves the version on.
 */
export function guardedUpdateStatement(
  table: string,
  id: string,
  version: number,
  fields: object,
): Statement {
  const set = setClause(fields, 3);
  return {
    sql: `UPDATE ${table} SET ${set ? `${set.sets}, ` : ''}updated_at = now(), row_version = row_version + 1
           WHERE id = $1 AND row_version = $2 RETURNING 1`,
    params: [id, version, ...(set?.values ?? [])],
  };
}

/** The text and parameters of several statements joined as WITH parts of a last, main statement. */
function combine(parts: Statement[], main: string | null): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const place = (sql: string, values: unknown[]): string => {
    const numbered = new Map<number, string>();
    return sql.replace(/\$(\d+)/g, (_, n: string) => {
      const i = Number(n);
      let ref = numbered.get(i);
      if (ref === undefined) {
        const value = values[i - 1];
        if (value instanceof SqlValue) ref = `(${place(value.sql, value.params)})`;
        else {
          params.push(value);
          ref = `$${params.length}`;
        }
        numbered.set(i, ref);
      }
      return ref;
    });
  };
  const texts = parts.map((s) => place(s.sql, s.params));
  const last = main ?? texts.pop()!;
  const withs = (main ? parts : parts.slice(0, -1)).map((s, i) => `${s.as ?? `w${i}`} AS (${texts[i]})`);
  return { text: withs.length ? `WITH ${withs.join(', ')} ${last}` : last, params };
}

const present = (statements: ReadonlyArray<Statement | null>) =>
  statements.filter((s): s is Statement => s !== null);

/**
 * Runs several INSERT/UPDATE statements in one round trip: all but the last become data-modifying WITH parts
 * of the last, their parameters renumbered. They run on one snapshot, so none may read what another writes
 * (unless it reads the other's RETURNING rows by name), and no two may change the same row — the usual trio
 * of an action (the case row, its timeline entry, its audit record) fits that. On a busy server a round trip
 * costs more than the statement itself.
 */
export async function runTogether(q: Queryable, statements: ReadonlyArray<Statement | null>): Promise<void> {
  const parts = present(statements);
  if (!parts.length) return;
  const { text, params } = combine(parts, null);
  await q.query(text, params);
}

/**
 * As runTogether, with every statement a WITH part (name the ones to read with `as`) and `main` as the query
 * whose rows are answered: `SELECT * FROM event` after an INSERT … RETURNING * named event, say.
 */
export async function queryTogether<T>(
  q: Queryable,
  statements: ReadonlyArray<Statement | null>,
  main: string,
): Promise<T[]> {
  const { text, params } = combine(present(statements), main);
  return (await q.query<T>(text, params)).rows;
}

/** SQLSTATE serialization_failure: the row changed since it was read; read again and retry. */
export const STALE_READ = '40001';

/**
 * Optimistic concurrency in one round trip: `guard` is an UPDATE of the row the change depends on, with the
 * version that was read in its WHERE clause and `RETURNING 1`. It runs first and takes the row lock; when it
 * matches no row (someone changed the row since it was read), the whole statement fails with SQLSTATE 40001
 * and nothing of it is kept. Otherwise every statement is written, as one atomic statement.
 */
export async function runGuarded(
  q: Queryable,
  guard: Statement,
  statements: ReadonlyArray<Statement | null>,
): Promise<void> {
  const parts = [{ ...guard, as: 'guard' }, ...present(statements)];
  const { text, params } = combine(parts, 'SELECT yimen_require_current(EXISTS (SELECT 1 FROM guard))');
  await q.query(text, params);
}

const sqlState = (err: unknown) => (err as { code?: unknown } | null)?.code;

/** Whether a guarded write failed because its row changed since it was read (runGuarded). */
export const isStale = (err: unknown) => sqlState(err) === STALE_READ;

// 40P01: two writers locked the same rows in opposite orders; one of them is told to retry.
const isRetryable = (err: unknown) => isStale(err) || sqlState(err) === '40P01';

/**
 * Runs `attempt` (read, decide, write with runGuarded) again while another writer got there first. Each retry
 * reads afresh, so a decision is never made on a state that has gone. After `tries` attempts, `exhausted`
 * says what to answer instead.
 */
export async function retryStale<T>(
  attempt: () => Promise<T>,
  exhausted: () => Error,
  tries = 8,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isRetryable(err)) throw err;
      if (i >= tries) throw exhausted();
      // A little jitter, so two writers that met do not meet again on the next try.
      await new Promise((r) => setTimeout(r, Math.random() * 2 * i));
    }
  }
}
