import type { Queryable } from './client.ts';

/** Whether the database answers a trivial statement: what readiness (/readyz) means. Throws when it does not. */
export async function checkDatabaseReady(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
