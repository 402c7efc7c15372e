import { describe, expect, it } from 'vitest';
import { eventFactory } from './event.factory.ts';
import {
  allDeadlines,
  chinaDay,
  countdown,
  eventCounters,
  isOverdue,
  runningDeadline,
  timerUrgency,
  unitDeadline,
} from './event-timers.ts';

const at = (iso: string) => Date.parse(iso);

describe('event timers', () => {
  it('runs against the deadline of the stage the event is in', () => {
    const e = eventFactory({
      acceptDueAt: '2026-12-03T02:00:00Z',
      disposeDueAt: '2026-12-04T10:00:00Z',
      verifyDueAt: '2026-12-05T10:00:00Z',
    });
    expect(runningDeadline({ ...e, state: 'reported' })?.stage).toBe('accept');
    expect(runningDeadline({ ...e, state: 'dispatched' })).toEqual({
      stage: 'dispose',
      dueAt: '2026-12-04T10:00:00Z',
    });
    expect(runningDeadline({ ...e, state: 'disposed' })?.stage).toBe('verify');
    expect(runningDeadline({ ...e, state: 'parked' })).toBeNull();
    expect(runningDeadline({ ...e, state: 'closed' })).toBeNull();
  });

  it('gives the unit its disposal deadline from the moment the event is routed to it', () => {
    const e = eventFactory({ disposeDueAt: '2026-12-04T10:00:00Z', verifyDueAt: '2026-12-05T10:00:00Z' });
    expect(unitDeadline({ ...e, state: 'reported' })?.stage).toBe('dispose');
    expect(unitDeadline({ ...e, state: 'disposed' })?.stage).toBe('verify');
    expect(unitDeadline({ ...e, state: 'parked' })).toBeNull();
  });

  it('lists the deadlines an event has and marks the running one', () => {
    const e = eventFactory({ state: 'dispatched', verifyDueAt: null });
    expect(allDeadlines(e).map((d) => [d.stage, d.running])).toEqual([
      ['accept', false],
      ['dispose', true],
    ]);
  });

  it('turns red once overdue and orange in the last hour', () => {
    expect(timerUrgency(-1)).toBe('overdue');
    expect(timerUrgency(59 * 60_000)).toBe('soon');
    expect(timerUrgency(2 * 3_600_000)).toBe('ok');
  });

  it('counts an open event as overdue past its running deadline, never a closed one', () => {
    const e = eventFactory({ state: 'reported', acceptDueAt: '2026-12-03T02:00:00Z' });
    expect(isOverdue(e, at('2026-12-03T01:59:00Z'))).toBe(false);
    expect(isOverdue(e, at('2026-12-03T02:01:00Z'))).toBe(true);
    expect(isOverdue({ ...e, state: 'closed' }, at('2026-12-09T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...e, state: 'parked', overdueAt: '2026-12-03T02:00:00Z' }, at('2026-12-09'))).toBe(
      false,
    );
  });

  it('shows a countdown as a clock within a day and as days and hours beyond', () => {
    expect(countdown(3_600_000 + 5 * 60_000 + 9_000).clock).toBe('1:05:09');
    expect(countdown(-(2 * 86_400_000 + 3 * 3_600_000))).toMatchObject({ days: 2, hours: 3 });
  });

  it('reads the calendar day in China time', () => {
    expect(chinaDay('2026-12-02T15:59:59Z')).toBe('2026-12-02');
    expect(chinaDay('2026-12-02T16:00:00Z')).toBe('2026-12-03');
  });

  it('counts today, open and overdue for the command centre', () => {
    const now = at('2026-12-03T04:00:00Z'); // 12:00 in Foshan
    const events = [
      eventFactory({
        reportedAt: '2026-12-03T01:00:00Z',
        state: 'reported',
        acceptDueAt: '2026-12-03T03:00:00Z',
      }),
      eventFactory({ reportedAt: '2026-12-02T17:00:00Z', state: 'closed' }),
      eventFactory({
        reportedAt: '2026-12-01T01:00:00Z',
        state: 'dispatched',
        disposeDueAt: '2026-12-09T00:00:00Z',
      }),
    ];
    expect(eventCounters(events, now)).toEqual({ today: 2, open: 2, overdue: 1 });
  });
});
