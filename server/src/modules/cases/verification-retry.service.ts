import type { RequestContext } from '../identity/actor.ts';
import type { Verifier } from '../verification/verification.types.ts';
import type { CaseDeps } from './case-context.ts';
import {
  answeredVerificationIds,
  claimUnavailableVerifications,
  touchUnavailableVerifications,
} from './verifications.repo.ts';
import { askOutstanding } from './verifications.service.ts';

const BATCH = 20;
/** A department that did not answer is asked again after this long, and given up on after MAX_ATTEMPTS. */
const RETRY_AFTER_MS = 60_000;
const MAX_ATTEMPTS = 30;
/** Asked on behalf of the clerk who opened the case; online applications have none. */
const PLATFORM_OFFICIAL = { id: 'system:retry', name: '跳转核验自动重试', department: 'gsd' };

/**
 * A department that was slow or down leaves a verification 'unavailable' on the clerk's checklist. This asks
 * it again in the background, so the answer is there when the clerk (or the pre-reviewer) comes back to the
 * case. Trust-first cases after acceptance are the cross-check's work, not this. Cases are claimed with
 * FOR UPDATE SKIP LOCKED and touched, so several processes share the work without asking twice.
 */
export async function retryUnavailableVerifications(
  deps: CaseDeps & { verifier: Verifier },
  districtCode: string,
): Promise<{ retried: number; answered: number }> {
  const now = deps.now();
  const ctx: RequestContext = {
    actor: null,
    ip: 'scheduler',
    correlationId: `verification-retry-${now.toISOString()}`,
    districtCode,
  };
  const claimed = await deps.db.transaction(async (tx) => {
    const cases = await claimUnavailableVerifications(
      tx,
      districtCode,
      new Date(now.getTime() - RETRY_AFTER_MS),
      MAX_ATTEMPTS,
      BATCH,
    );
    for (const c of cases) await touchUnavailableVerifications(tx, c.id, now);
    return cases;
  });
  let answered = 0;
  for (const c of claimed) {
    const official =
      c.opened_by && c.opener_name
        ? { id: c.opened_by, name: c.opener_name, department: c.opener_department ?? '' }
        : PLATFORM_OFFICIAL;
    const before = new Set(await answeredVerificationIds(deps.db, c.id));
    const after = await askOutstanding(deps, ctx, c, official);
    answered += after.filter((v) => v.state === 'answered' && !before.has(v.verification_id)).length;
  }
  return { retried: claimed.length, answered };
}
