import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { RequestContext } from '../identity/actor.ts';
import type { Verifier } from '../verification/verification.types.ts';
import type { CaseDeps } from './case-context.ts';
import { appendEvent, type CaseRow } from './cases.repo.ts';
import { askOutstanding } from './verifications.ts';

const BATCH = 20;
/** Who asks in the cross-check: the platform itself, on behalf of the government services bureau. */
const CROSS_CHECK_OFFICIAL = { id: 'system:cross-check', name: '先信任后审批核查', department: 'gsd' };

/**
 * 先信任后审批: trust-first cases went ahead on declared facts; this asks the departments afterwards. A case is
 * claimed with FOR UPDATE SKIP LOCKED so that several processes share the work, and released before the
 * questions go out (a slow department holds no lock). An answer other than the required one flags the case
 * and its applicant, on the timeline, in the audit trail and in follow_up_flags.
 */
export async function crossCheckTrustFirst(deps: CaseDeps & { verifier: Verifier }, districtCode: string) {
  const ctx: RequestContext = {
    actor: null,
    ip: 'scheduler',
    correlationId: `cross-check-${Date.now()}`,
    districtCode,
  };
  const claimed = await deps.db.transaction(async (tx) => {
    const r = await tx.query<CaseRow>(
      `SELECT c.* FROM cases c
        WHERE c.district_code = $1 AND c.trust_first AND NOT c.flagged
          AND c.state IN ('in_progress', 'awaiting_seal', 'completed')
          AND EXISTS (SELECT 1 FROM case_verifications v WHERE v.case_id = c.id AND v.state <> 'answered')
        ORDER BY c.updated_at LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`,
      [districtCode],
    );
    // Touch them so the next sweep (here or in another process) moves on to others first.
    for (const c of r.rows) await tx.query('UPDATE cases SET updated_at = now() WHERE id = $1', [c.id]);
    return r.rows;
  });
  let flagged = 0;
  for (const c of claimed) {
    const rows = await askOutstanding(deps, ctx, c, CROSS_CHECK_OFFICIAL);
    const mismatches = rows.filter((v) => v.state === 'answered' && v.answer !== v.expected);
    if (mismatches.length) {
      await deps.db.transaction((tx) => raiseFlags(tx, ctx, c, mismatches, deps.now()));
      flagged += 1;
    }
  }
  return { checked: claimed.length, flagged };
}

async function raiseFlags(
  tx: Queryable,
  ctx: RequestContext,
  c: CaseRow,
  mismatches: Array<{ predicate: string; expected: boolean; answer: boolean | null }>,
  now: Date,
) {
  await tx.query('UPDATE cases SET flagged = true, updated_at = now() WHERE id = $1', [c.id]);
  for (const m of mismatches) {
    await tx.query(
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
  const details = {
    mismatches: mismatches.map((m) => ({ predicate: m.predicate, declared: m.expected, found: m.answer })),
  };
  await appendEvent(tx, ctx, c.id, { action: 'cross_check_mismatch', details });
  await recordAudit(tx, ctx, { action: 'case.flag', targetType: 'case', targetId: c.case_no, details });
}

/** Open follow-up flags of an applicant: the clerk sees them when the person applies again. */
export async function openFlagsOf(q: Queryable, c: Pick<CaseRow, 'id' | 'person_id' | 'enterprise_id'>) {
  const r = await q.query<{ case_no: string; item_name: string; predicate: string; raised_at: Date }>(
    `SELECT k.case_no, k.item_name, f.predicate, f.raised_at
       FROM follow_up_flags f JOIN cases k ON k.id = f.case_id
      WHERE f.resolved_at IS NULL AND f.case_id <> $1
        AND ((f.person_id IS NOT NULL AND f.person_id = $2) OR (f.enterprise_id IS NOT NULL AND f.enterprise_id = $3))
      ORDER BY f.raised_at DESC`,
    [c.id, c.person_id, c.enterprise_id],
  );
  return r.rows.map((f) => ({
    caseNo: f.case_no,
    itemName: f.item_name,
    predicate: f.predicate,
    raisedAt: f.raised_at.toISOString(),
  }));
}
