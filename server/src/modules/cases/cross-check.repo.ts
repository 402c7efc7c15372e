import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import type { CaseRow } from './cases.repo.ts';

/**
 * Up to `batch` trust-first cases with a question still unanswered, least recently touched first, locked for this
 * transaction; cases another process holds are skipped.
 */
export async function claimUncheckedTrustFirst(
  q: Queryable,
  districtCode: string,
  batch: number,
): Promise<CaseRow[]> {
  const r = await q.query<CaseRow>(
    `SELECT c.* FROM cases c
      WHERE c.district_code = $1 AND c.trust_first AND NOT c.flagged
        AND c.state IN ('in_progress', 'awaiting_seal', 'completed')
        AND EXISTS (SELECT 1 FROM case_verifications v WHERE v.case_id = c.id AND v.state <> 'answered')
      ORDER BY c.updated_at LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    [districtCode, batch],
  );
  return r.rows;
}

export async function touchCase(q: Queryable, caseId: string): Promise<void> {
  await q.query('UPDATE cases SET updated_at = now() WHERE id = $1', [caseId]);
}

export async function flagCase(q: Queryable, caseId: string): Promise<void> {
  await q.query('UPDATE cases SET flagged = true, updated_at = now() WHERE id = $1', [caseId]);
}

/** A follow-up flag on the applicant for a declared fact a department did not confirm (once per fact and case). */
export async function insertFollowUpFlag(
  q: Queryable,
  c: Pick<CaseRow, 'id' | 'district_code' | 'person_id' | 'enterprise_id'>,
  m: { predicate: string; expected: boolean; answer: boolean | null },
  now: Date,
): Promise<void> {
  await q.query(
    `INSERT INTO follow_up_flags (id, district_code, case_id, person_id, enterprise_id, predicate, expected, answer, raised_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (case_id, predicate) DO NOTHING`,
    [
      randomUUID(),
      c.district_code,
      c.id,
      c.person_id,
      c.enterprise_id,
      m.predicate,
      m.expected,
      m.answer,
      now,
    ],
  );
}

/** The applicant's open flags raised on their other cases, newest first. */
export async function openFlagRows(q: Queryable, c: Pick<CaseRow, 'id' | 'person_id' | 'enterprise_id'>) {
  const r = await q.query<{ case_no: string; item_name: string; predicate: string; raised_at: Date }>(
    `SELECT k.case_no, k.item_name, f.predicate, f.raised_at
       FROM follow_up_flags f JOIN cases k ON k.id = f.case_id
      WHERE f.resolved_at IS NULL AND f.case_id <> $1
        AND ((f.person_id IS NOT NULL AND f.person_id = $2) OR (f.enterprise_id IS NOT NULL AND f.enterprise_id = $3))
      ORDER BY f.raised_at DESC`,
    [c.id, c.person_id, c.enterprise_id],
  );
  return r.rows;
}
