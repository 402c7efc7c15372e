import { describe, expect, it } from 'vitest';
import type { Queryable } from './client.ts';
import { retryStale, runGuarded, runTogether, SqlValue } from './statement.ts';

const recorder = () => {
  const calls: Array<{ sql: string; params: unknown[] }> = [];
  const q = {
    query: async (sql: string, params: unknown[] = []) => {
      calls.push({ sql, params });
      return { rows: [], rowCount: 0 };
    },
    exec: async () => {},
  } as unknown as Queryable;
  return { q, calls };
};

describe('runTogether', () => {
  it('sends one statement with the parameters of each part renumbered in the order they appear', async () => {
    const { q, calls } = recorder();
    await runTogether(q, [
      { sql: 'UPDATE a SET x = $2 WHERE id = $1', params: [1, 'x'] },
      null,
      { sql: 'INSERT INTO b (p, q) VALUES ($1, $2)', params: ['p', 'q'] },
      { sql: 'INSERT INTO c (r) VALUES ($1)', params: ['r'] },
    ]);
    expect(calls).toEqual([
      {
        sql: 'WITH w0 AS (UPDATE a SET x = $1 WHERE id = $2), w1 AS (INSERT INTO b (p, q) VALUES ($3, $4)) INSERT INTO c (r) VALUES ($5)',
        params: ['x', 1, 'p', 'q', 'r'],
      },
    ]);
  });

  it('runs a single statement as it is, and nothing at all for none', async () => {
    const { q, calls } = recorder();
    await runTogether(q, [null]);
    await runTogether(q, [{ sql: 'SELECT $1', params: [1] }]);
    expect(calls).toEqual([{ sql: 'SELECT $1', params: [1] }]);
  });
});

describe('values computed in the statement', () => {
  it('puts a SqlValue in place of its parameter, with its own parameters renumbered, and names WITH parts', async () => {
    const { q, calls } = recorder();
    await runTogether(q, [
      { as: 'serial', sql: 'INSERT INTO s (k) VALUES ($1) RETURNING n', params: ['k'] },
      {
        sql: 'INSERT INTO d (no, note, again) VALUES ($1, $2, $1)',
        params: [new SqlValue('SELECT $1 || n FROM serial', ['No.']), 'note'],
      },
    ]);
    expect(calls).toEqual([
      {
        sql: 'WITH serial AS (INSERT INTO s (k) VALUES ($1) RETURNING n) INSERT INTO d (no, note, again) VALUES ((SELECT $2 || n FROM serial), $3, (SELECT $2 || n FROM serial))',
        params: ['k', 'No.', 'note'],
      },
    ]);
  });
});

describe('runGuarded', () => {
  it('puts the guard first and fails the statement unless the guard matched a row', async () => {
    const { q, calls } = recorder();
    await runGuarded(
      q,
      { sql: 'UPDATE t SET v = v + 1 WHERE id = $1 AND v = $2 RETURNING 1', params: ['a', 3] },
      [{ sql: 'INSERT INTO e (x) VALUES ($1)', params: ['x'] }, null],
    );
    expect(calls).toEqual([
      {
        sql: 'WITH guard AS (UPDATE t SET v = v + 1 WHERE id = $1 AND v = $2 RETURNING 1), w1 AS (INSERT INTO e (x) VALUES ($3)) SELECT yimen_require_current(EXISTS (SELECT 1 FROM guard))',
        params: ['a', 3, 'x'],
      },
    ]);
  });
});

describe('retryStale', () => {
  const stale = Object.assign(new Error('the row changed since it was read'), { code: '40001' });

  it('tries again after a stale read and answers the first result that holds', async () => {
    let tries = 0;
    const result = await retryStale(
      async () => {
        tries++;
        if (tries < 3) throw stale;
        return 'written';
      },
      () => new Error('gave up'),
    );
    expect({ result, tries }).toEqual({ result: 'written', tries: 3 });
  });

  it('gives up with the answer it was given, and passes other errors through at once', async () => {
    let tries = 0;
    await expect(
      retryStale(
        async () => {
          tries++;
          throw stale;
        },
        () => new Error('gave up'),
        4,
      ),
    ).rejects.toThrow('gave up');
    expect(tries).toBe(4);
    let once = 0;
    await expect(
      retryStale(
        async () => {
          once++;
          throw new Error('bad input');
        },
        () => new Error('gave up'),
      ),
    ).rejects.toThrow('bad input');
    expect(once).toBe(1);
  });
});
