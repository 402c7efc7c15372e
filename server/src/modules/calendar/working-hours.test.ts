import { describe, expect, it } from 'vitest';
import { CN_HOLIDAY_NOTICES } from './data/cn-holidays.ts';
import { formatShanghai } from './shanghai-time.ts';
import { WorkCalendar } from './working-days.ts';

const cal = new WorkCalendar(CN_HOLIDAY_NOTICES.flatMap((n) => n.entries));
const lunch = { dayStart: '09:00', dayEnd: '17:30', lunch: { from: '12:00', to: '13:30' } };
const plus = (start: string, hours: number, opts = {}) =>
  formatShanghai(cal.addWorkingHours(new Date(start), hours, opts));

describe('working hours (event time limits)', () => {
  it('counts office hours 09:00–18:00 and ends at the earliest moment the hours are used', () => {
    expect(plus('2025-10-20T09:00:00+08:00', 8)).toBe('2025-10-20T17:00:00.000+08:00');
    expect(plus('2025-10-20T09:00:00+08:00', 9)).toBe('2025-10-20T18:00:00.000+08:00');
    expect(plus('2025-10-20T09:00:00+08:00', 10)).toBe('2025-10-21T10:00:00.000+08:00');
    expect(plus('2025-10-20T16:15:00+08:00', 0.5)).toBe('2025-10-20T16:45:00.000+08:00');
  });

  it('starts the clock at the next opening when reported after hours or on a rest day', () => {
    // Friday evening 09-26: Saturday rests, Sunday 09-28 is a make-up working day.
    expect(plus('2025-09-26T20:00:00+08:00', 1)).toBe('2025-09-28T10:00:00.000+08:00');
    expect(plus('2025-09-26T20:00:00+08:00', 0)).toBe('2025-09-28T09:00:00.000+08:00');
    // Two hours from 17:00 on 09-30 run into the holiday: one hour that day, one on 10-09.
    expect(plus('2025-09-30T17:00:00+08:00', 2)).toBe('2025-10-09T10:00:00.000+08:00');
  });

  it('skips the lunch break when one is set', () => {
    expect(plus('2025-10-20T10:00:00+08:00', 4, lunch)).toBe('2025-10-20T15:30:00.000+08:00');
    expect(plus('2025-10-20T12:30:00+08:00', 1, lunch)).toBe('2025-10-20T14:30:00.000+08:00');
    expect(plus('2025-10-20T17:00:00+08:00', 1, lunch)).toBe('2025-10-21T09:30:00.000+08:00');
  });

  it('measures hours between two instants on the same clock', () => {
    for (const [start, h] of [
      ['2025-09-30T17:00:00+08:00', 2],
      ['2025-10-20T10:00:00+08:00', 4],
      ['2026-02-13T16:00:00+08:00', 20],
    ] as const) {
      const end = cal.addWorkingHours(new Date(start), h, lunch);
      expect(cal.workingHoursBetween(new Date(start), end, lunch)).toBeCloseTo(h, 9);
      expect(cal.workingHoursBetween(end, new Date(start), lunch)).toBeCloseTo(-h, 9);
    }
  });

  it('refuses office hours that make no sense', () => {
    const start = new Date('2025-10-20T10:00:00+08:00');
    expect(() => cal.addWorkingHours(start, 1, { dayStart: '18:00', dayEnd: '09:00' })).toThrow(RangeError);
    expect(() => cal.addWorkingHours(start, 1, { lunch: { from: '19:00', to: '20:00' } })).toThrow(
      RangeError,
    );
    expect(() => cal.addWorkingHours(start, 1, { dayStart: '9am' })).toThrow(RangeError);
    expect(() => cal.addWorkingHours(start, -1)).toThrow(RangeError);
  });
});
