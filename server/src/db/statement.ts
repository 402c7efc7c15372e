import type { Queryable } from './client.ts';

/** One SQL statement with its parameters, to run alone or together with others. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Runs several INSERT/UPDATE statements in one round trip: all but the last become data-modifying WITH parts
 * of the last, their parameters renumbered. They run on one snapshot, so none may read what another writes,
 * and no two may change the same row — the usual trio of an action (the case row, its timeline entry, its
 * audit record) fits that. On a busy server a round trip costs more than the statement itself.
 */
export async function runTogether(q: Queryable, statements: ReadonlyArray<Statement | null>): Promise<void> {
  const parts = statements.filter((s): s is Statement => s !== null);
  if (!parts.length) return;
  if (parts.length === 1) {
    await q.query(parts[0]!.sql, parts[0]!.params);
    return;
  }
  const params: unknown[] = [];
  const texts = parts.map((s) => {
    const offset = params.length;
    params.push(...s.params);
    return s.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = texts.pop()!;
  await q.query(`WITH ${texts.map((t, i) => `w${i} AS (${t})`).join(', ')} ${last}`, params);
}
