import type { Queryable } from '../../db/client.ts';

/** Whether the case has its rating already (one per case). */
export async function isRated(q: Queryable, caseId: string): Promise<boolean> {
  const r = await q.query('SELECT 1 FROM case_ratings WHERE case_id = $1', [caseId]);
  return r.rows.length > 0;
}

export async function insertRating(
  q: Queryable,
  r: {
    caseId: string;
    level: number;
    indicators: string[];
    comment: string | null;
    source: 'portal' | 'window_pad';
    ratedBy: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO case_ratings (case_id, level, indicators, comment, source, rated_by) VALUES ($1,$2,$3,$4,$5,$6)`,
    [r.caseId, r.level, r.indicators, r.comment, r.source, r.ratedBy],
  );
}
