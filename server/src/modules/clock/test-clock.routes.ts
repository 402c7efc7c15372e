import { Type } from 'typebox';
import { AppError, bilingual } from '../../errors.ts';
import { type App, errorResponses } from '../../http.ts';
import { runScheduledWork } from '../../scheduler.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { caseDeps } from '../cases/case-context.ts';
import { authorize } from '../identity/actor.ts';

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
    async (req) => {
      authorize(req.ctx, { roles: ['administrator'] });
      return { now: clock.now().toISOString() };
    },
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
    async (req) => {
      authorize(req.ctx, { roles: ['administrator'] });
      const ms = ((req.body.days ?? 0) * 24 + (req.body.hours ?? 0)) * 3_600_000;
      if (ms <= 0) {
        throw new AppError(
          'validation_failed',
          bilingual('请给出要前进的时间', 'Give hours or days > 0.'),
          'hours',
        );
      }
      clock.advance(ms);
      await recordAudit(app.db, req.ctx, {
        action: 'test_clock.advance',
        targetType: 'clock',
        targetId: 'demo',
        details: { ms, now: clock.now().toISOString() },
      });
      const work = await runScheduledWork(
        { ...caseDeps(app), verifier: app.verifier },
        app.config.districtCode,
      );
      return { now: clock.now().toISOString(), work };
    },
  );
}
