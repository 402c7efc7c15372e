import { type Static, Type } from 'typebox';
import { Time } from './common.ts';

/** The contract of the process's health checks and of the demo's movable clock (YIMEN_TEST_CLOCK). */

export const HealthStatus = Type.Object({ status: Type.String() });

export const NotReady = Type.Object(
  { status: Type.String(), reason: Type.String() },
  { description: 'Not ready' },
);

/** The demo clock's current time. */
export const ClockNow = Type.Object({ now: Time });
export type ClockNow = Static<typeof ClockNow>;

export const AdvanceClockBody = Type.Object(
  {
    hours: Type.Optional(Type.Number({ minimum: 0, maximum: 24 * 400 })),
    days: Type.Optional(Type.Number({ minimum: 0, maximum: 400 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AdvanceClockInput = Static<typeof AdvanceClockBody>;

/** The time after the move, and what the scheduled work did at it. */
export const ClockAdvanced = Type.Object({
  now: Type.String(),
  work: Type.Object({}, { additionalProperties: true }),
});
