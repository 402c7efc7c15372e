import { errorResponses } from '@yimen/shared/common';
import { AdvanceClockBody, ClockAdvanced, ClockNow } from '@yimen/shared/health';
import type { App } from '../../http.ts';
import { runScheduledWork } from '../../scheduler.ts';
import { caseDeps } from '../cases/case-context.ts';
import { advanceTestClock, readTestClock } from './test-clock.service.ts';

const tags = ['test-clock'];

/**
 * The demo's movable clock (YIMEN_TEST_CLOCK=true): an administrator moves time forward and the scheduled
 * work (deadlines, escalation, cross-checks) runs at once, so a rehearsal sees a node pass its limit without
 * waiting days. Not registered at all unless the setting is on.
 */
export default async function testClockRoutes(app: App): Promise<void> {
  const clock = app.testClock;
  if (!clock) return;

  app.get(
    '/test-clock',
    {
      schema: {
        tags,
        summary: 'The demo clock’s current time',
        response: { 200: ClockNow, ...errorResponses },
      },
    },
    async (req) => readTestClock(req.ctx, clock),
  );

  app.post(
    '/test-clock/advance',
    {
      schema: {
        tags,
        summary: 'Move the demo clock forward and run the scheduled case work (deadline sweep, cross-check)',
        body: AdvanceClockBody,
        response: { 200: ClockAdvanced, ...errorResponses },
      },
    },
    async (req) =>
      advanceTestClock(app.db, req.ctx, clock, req.body, () =>
        runScheduledWork({ ...caseDeps(app), verifier: app.verifier }, app.config.districtCode),
      ),
  );
}
