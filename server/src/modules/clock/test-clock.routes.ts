import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { runScheduledWork } from '../../scheduler.ts';
import { caseDeps } from '../cases/case-context.ts';
import { advanceTestClock, readTestClock } from './test-clock.service.ts';

const tags = ['test-clock'];
const Now = Type.Object({ now: Type.String({ format: 'date-time' }) });

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
    { schema: { tags, summary: 'The demo clock’s current time', response: { 200: Now, ...errorResponses } } },
    async (req) => readTestClock(req.ctx, clock),
  );

  app.post(
    '/test-clock/advance',
    {
      schema: {
        tags,
        summary: 'Move the demo clock forward and run the scheduled case work (deadline sweep, cross-check)',
        body: Type.Object(
          {
            hours: Type.Optional(Type.Number({ minimum: 0, maximum: 24 * 400 })),
            days: Type.Optional(Type.Number({ minimum: 0, maximum: 400 })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: {
          200: Type.Object({ now: Type.String(), work: Type.Object({}, { additionalProperties: true }) }),
          ...errorResponses,
        },
      },
    },
    async (req) =>
      advanceTestClock(app.db, req.ctx, clock, req.body, () =>
        runScheduledWork({ ...caseDeps(app), verifier: app.verifier }, app.config.districtCode),
      ),
  );
}
