import { sweepEventDeadlines } from '../governance/events/event-sweep.ts';
import type { Verifier } from '../verification/verification.types.ts';
import type { CaseDeps } from './case-context.ts';
import { crossCheckTrustFirst } from './cross-check.ts';
import { sweepDeadlines } from './deadline-sweep.ts';
import { retryUnavailableVerifications } from './verification-retry.ts';

export type SchedulerDeps = CaseDeps & { verifier: Verifier };

/**
 * One round of the case service's background work: deadlines (due soon, overdue, escalation), the trust-first
 * cross-check, and asking again the departments that did not answer. Each part is safe to run in several
 * processes at once.
 */
export async function runScheduledWork(deps: SchedulerDeps, districtCode: string) {
  const deadlines = await sweepDeadlines(deps, districtCode);
  const crossCheck = await crossCheckTrustFirst(deps, districtCode);
  const verificationRetry = await retryUnavailableVerifications(deps, districtCode);
  // City-governance events share the working-time calendar and the scheduler.
  const events = await sweepEventDeadlines(deps, districtCode);
  return { deadlines, crossCheck, verificationRetry, events };
}

/** Runs `runScheduledWork` every `intervalMs` until stopped; a failed round is logged and the next one tries again. */
export function startScheduler(
  deps: SchedulerDeps,
  districtCode: string,
  log: { error: (o: object, msg: string) => void; info: (o: object, msg: string) => void },
  intervalMs = 60_000,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const r = await runScheduledWork(deps, districtCode);
      const busy =
        r.deadlines.dueSoon ||
        r.deadlines.overdue ||
        r.crossCheck.checked ||
        r.verificationRetry.retried ||
        r.events.dueSoon ||
        r.events.overdue;
      if (busy) log.info(r, 'scheduled case work');
    } catch (err) {
      log.error({ err }, 'scheduled case work failed');
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
