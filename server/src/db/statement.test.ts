import { describe, expect, it } from 'vitest';
import type { Queryable } from './client.ts';
import { runTogether } from './statement.ts';

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
  it('sends one statement with the parameters of each part renumbered in order', async () => {
    const { q, calls } = recorder();
    await runTogether(q, [
      { sql: 'UPDATE a SET x = $2 WHERE id = $1', params: [1, 'x'] },
      null,
      { sql: 'INSERT INTO b (p, q) VALUES ($1, $2)', params: ['p', 'q'] },
      { sql: 'INSERT INTO c (r) VALUES ($1)', params: ['r'] },
    ]);
    expect(calls).toEqual([
      {
        sql: 'WITH w0 AS (UPDATE a SET x = $2 WHERE id = $1), w1 AS (INSERT INTO b (p, q) VALUES ($3, $4)) INSERT INTO c (r) VALUES ($5)',
        params: [1, 'x', 'p', 'q', 'r'],
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
