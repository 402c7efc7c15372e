import type { Queryable } from '../../db/client.ts';
import type { Statement } from '../../db/statement.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import type { CaseRow } from './cases.repo.ts';

export interface VerificationRow {
  verification_id: string;
  system: string;
  predicate: string;
  subject: 'applicant' | 'enterprise' | 'legal_representative';
  expected: boolean;
  state: 'pending' | 'answered' | 'unavailable' | 'invalid';
  answer: boolean | null;
  no_record: boolean | null;
  attempts: number;
  last_error: string | null;
  answered_at: Date | null;
}

/** The INSERT of a new case's verifications, all in one statement (null when the item has none). */
export function verificationsStatement(caseId: string, def: ItemDefinitionT): Statement | null {
  const vs = def.verifications;
  if (!vs.length) return null;
  return {
    sql: `INSERT INTO case_verifications (case_id, verification_id, system, predicate, subject, expected, state)
       SELECT $1, unnest($2::text[]), unnest($3::text[]), unnest($4::text[]), unnest($5::text[]),
              unnest($6::boolean[]), 'pending'`,
    params: [
      caseId,
      vs.map((v) => v.id),
      vs.map((v) => v.system),
      vs.map((v) => v.predicate),
      vs.map((v) => v.subject),
      vs.map((v) => v.expected),
    ],
  };
}

export async function readVerifications(q: Queryable, caseId: string): Promise<VerificationRow[]> {
  const r = await q.query<VerificationRow>(
    `SELECT verification_id, system, predicate, subject, expected, state, answer, no_record, attempts, last_error, answered_at
       FROM case_verifications WHERE case_id = $1 ORDER BY verification_id`,
    [caseId],
  );
  return r.rows;
}

/** A verification that proves a condition marks it met, recorded by the system. */
export async function markConditionProven(q: Queryable, caseId: string, conditionId: string): Promise<void> {
  await q.query(
    `UPDATE case_conditions SET met = true, recorded_by = NULL, recorded_at = now()
      WHERE case_id = $1 AND condition_id = $2`,
    [caseId, conditionId],
  );
}

/** A verification that replaces a material waives it (unless it was received anyway), with the reason. */
export async function waiveProvenMaterial(q: Queryable, caseId: string, materialId: string, note: string) {
  await q.query(
    `UPDATE case_materials SET status = 'waived', note = $3, recorded_by = NULL, recorded_at = now()
      WHERE case_id = $1 AND material_id = $2 AND status <> 'received'`,
    [caseId, materialId, note],
  );
}

/** A department's signed answer, kept with what proves it. */
export async function storeAnswer(
  q: Queryable,
  caseId: string,
  verificationId: string,
  a: {
    answer: boolean;
    noRecord: boolean;
    jws: string;
    requestHash: string;
    nonce: string;
    requestedAt: Date | string;
    attempts: number;
  },
): Promise<void> {
  await q.query(
    `UPDATE case_verifications SET state = 'answered', answer = $3, no_record = $4, attestation = $5,
            request_hash = $6, nonce = $7, answered_at = $8, attempts = attempts + $9, last_error = NULL, updated_at = now()
      WHERE case_id = $1 AND verification_id = $2`,
    [caseId, verificationId, a.answer, a.noRecord, a.jws, a.requestHash, a.nonce, a.requestedAt, a.attempts],
  );
}

/** No answer this time: unavailable (asked again later) or invalid, with the reason. */
export async function storeNoAnswer(
  q: Queryable,
  caseId: string,
  verificationId: string,
  o: { state: 'invalid' | 'unavailable'; error: string; attempts: number },
): Promise<void> {
  await q.query(
    `UPDATE case_verifications SET state = $3, last_error = $4, attempts = attempts + $5, updated_at = now()
      WHERE case_id = $1 AND verification_id = $2`,
    [caseId, verificationId, o.state, o.error, o.attempts],
  );
}

/**
 * Up to `batch` cases at the window with a verification left unavailable since before `before`, asked fewer than
 * `maxAttempts` times, with the name and department of the clerk who opened them; locked, others' skipped.
 */
export async function claimUnavailableVerifications(
  q: Queryable,
  districtCode: string,
  before: Date,
  maxAttempts: number,
  batch: number,
) {
  const r = await q.query<CaseRow & { opener_name: string | null; opener_department: string | null }>(
    `SELECT c.*, u.display_name AS opener_name, u.department_id AS opener_department
       FROM cases c LEFT JOIN users u ON u.id = c.opened_by
      WHERE c.district_code = $1 AND c.state IN ('checking', 'prereview', 'correction')
        AND EXISTS (SELECT 1 FROM case_verifications v
                     WHERE v.case_id = c.id AND v.state = 'unavailable'
                       AND v.attempts < $3 AND v.updated_at < $2)
      ORDER BY c.updated_at LIMIT $4
      FOR UPDATE OF c SKIP LOCKED`,
    [districtCode, before, maxAttempts, batch],
  );
  return r.rows;
}

/** Touches a case's unavailable verifications so the next round moves on to others first. */
export async function touchUnavailableVerifications(q: Queryable, caseId: string, now: Date): Promise<void> {
  await q.query(
    `UPDATE case_verifications SET updated_at = $2 WHERE case_id = $1 AND state = 'unavailable'`,
    [caseId, now],
  );
}

/** The ids of the case's verifications answered so far. */
export async function answeredVerificationIds(q: Queryable, caseId: string): Promise<string[]> {
  const r = await q.query<{ verification_id: string }>(
    `SELECT verification_id FROM case_verifications WHERE case_id = $1 AND state = 'answered'`,
    [caseId],
  );
  return r.rows.map((x) => x.verification_id);
}
