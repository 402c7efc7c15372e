import type { Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { RequestContext } from '../identity/actor.ts';
import type { Verifier } from '../verification/verification.types.ts';
import type { CaseDeps } from './case-context.ts';
import { appendEvent, type CaseRow } from './cases.repo.ts';
import {
  claimUncheckedTrustFirst,
  flagCase,
  insertFollowUpFlag,
  openFlagRows,
  touchCase,
} from './cross-check.repo.ts';
import { askOutstanding } from './verifications.service.ts';

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
    const cases = await claimUncheckedTrustFirst(tx, districtCode, BATCH);
    // Touch them so the next sweep (here or in another process) moves on to others first.
    for (const c of cases) await touchCase(tx, c.id);
    return cases;
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
  await flagCase(tx, c.id);
  for (const m of mismatches) await insertFollowUpFlag(tx, c, m, now);
  const details = {
    mismatches: mismatches.map((m) => ({ predicate: m.predicate, declared: m.expected, found: m.answer })),
  };
  await appendEvent(tx, ctx, c.id, { action: 'cross_check_mismatch', details });
  await recordAudit(tx, ctx, { action: 'case.flag', targetType: 'case', targetId: c.case_no, details });
}

/** Open follow-up flags of an applicant: the clerk sees them when the person applies again. */
export async function openFlagsOf(q: Queryable, c: Pick<CaseRow, 'id' | 'person_id' | 'enterprise_id'>) {
  const flags = await openFlagRows(q, c);
  return flags.map((f) => ({
    caseNo: f.case_no,
    itemName: f.item_name,
    predicate: f.predicate,
    raisedAt: f.raised_at.toISOString(),
  }));
}
