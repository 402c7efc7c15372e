import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { clockErrors } from './clock.errors.ts';
import type { SettableClock } from './settable-clock.ts';

/** The demo clock's time, for administrators. */
export function readTestClock(ctx: RequestContext, clock: SettableClock) {
  authorize(ctx, { roles: ['administrator'] });
  return { now: clock.now().toISOString() };
}

/**
 * Moves the demo clock forward by days and hours (recorded in the audit trail), then runs the scheduled work at
 * the new time and answers what it did.
 */
export async function advanceTestClock<W>(
  db: Db,
  ctx: RequestContext,
  clock: SettableClock,
  by: { days?: number | undefined; hours?: number | undefined },
  runScheduledWork: () => Promise<W>,
) {
  authorize(ctx, { roles: ['administrator'] });
  const ms = ((by.days ?? 0) * 24 + (by.hours ?? 0)) * 3_600_000;
  if (ms <= 0) throw clockErrors.nothingToAdvance();
  clock.advance(ms);
  await recordAudit(db, ctx, {
    action: 'test_clock.advance',
    targetType: 'clock',
    targetId: 'demo',
    details: { ms, now: clock.now().toISOString() },
  });
  const work = await runScheduledWork();
  return { now: clock.now().toISOString(), work };
}
