import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CN_HOLIDAY_NOTICES } from './data/cn-holidays.ts';
import { dayOf, formatShanghai, isoDate } from './shanghai-time.ts';
import { WorkCalendar } from './working-days.ts';

const cal = new WorkCalendar(CN_HOLIDAY_NOTICES.flatMap((n) => n.entries));
/** Instants are written with their offset, so the tests mean the same thing in any process time zone. */
const at = (iso: string) => new Date(iso);
const local = (d: Date | null) => (d ? formatShanghai(d) : null);
const deadline = (start: string, n: number) => local(cal.addWorkingDays(at(start), n));

describe('the calendar around National Day and Mid-Autumn 2025 (10-01..10-08, 8 days)', () => {
  it('rests 1–8 October and works the make-up Sunday 28 September and Saturday 11 October', () => {
    for (let d = 1; d <= 8; d++) expect(cal.isWorkingDay(`2025-10-0${d}`), `10-0${d}`).toBe(false);
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.isWorkingDay('2025-10-12')).toBe(false);
    expect(cal.exceptionOn('2025-10-11')).toEqual({ kind: 'workday', name: '国庆节、中秋节调休上班' });
  });

  it('puts a 5-working-day deadline from 30 September at the end of Tuesday 14 October', () => {
    // Day 1 is the first working day after the 30th: 10-09, 10-10, 10-11 (Sat, worked), 10-13, 10-14.
    expect(deadline('2025-09-30T10:00:00+08:00', 5)).toBe('2025-10-14T23:59:59.999+08:00');
    expect(cal.addWorkingDays(at('2025-09-30T10:00:00+08:00'), 5).toISOString()).toBe(
      '2025-10-14T15:59:59.999Z',
    );
    expect(deadline('2025-09-30T23:59:00+08:00', 5)).toBe('2025-10-14T23:59:59.999+08:00');
    // Received on the worked Sunday: 9-29, 9-30, 10-09, 10-10, 10-11.
    expect(deadline('2025-09-28T15:00:00+08:00', 5)).toBe('2025-10-11T23:59:59.999+08:00');
  });
});

describe('Spring Festival 2026 (9 days, 02-15..02-23)', () => {
  it('rests 15–23 February and works Saturdays 14 and 28 February', () => {
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`), `02-${d}`).toBe(false);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('counts a 3-day limit received on Friday 13 February across the festival', () => {
    // 02-14 (Sat, worked), then 02-24, 02-25.
    expect(deadline('2026-02-13T16:00:00+08:00', 3)).toBe('2026-02-25T23:59:59.999+08:00');
  });

  it('gives the published numbers of working days per year', () => {
    expect(cal.workingDaysInYear(2024)).toBe(251);
    expect(cal.workingDaysInYear(2025)).toBe(248);
    expect(cal.workingDaysInYear(2026)).toBe(248);
  });
});

describe('the start-day rule and zero-day limits', () => {
  it('never counts the day of receipt, whatever the hour', () => {
    expect(deadline('2025-10-17T00:00:00+08:00', 1)).toBe('2025-10-20T23:59:59.999+08:00'); // Fri → Mon
    expect(deadline('2025-10-18T11:00:00+08:00', 1)).toBe('2025-10-20T23:59:59.999+08:00'); // Sat → Mon
    expect(deadline('2025-10-20T08:00:00+08:00', 1)).toBe('2025-10-21T23:59:59.999+08:00');
  });

  it('ends a 0-day limit on the same working day, or on the next one when received on a rest day', () => {
    expect(deadline('2025-10-20T08:00:00+08:00', 0)).toBe('2025-10-20T23:59:59.999+08:00');
    expect(deadline('2025-10-18T10:00:00+08:00', 0)).toBe('2025-10-20T23:59:59.999+08:00'); // Saturday
    expect(deadline('2025-10-11T10:00:00+08:00', 0)).toBe('2025-10-11T23:59:59.999+08:00'); // worked Saturday
    expect(deadline('2025-10-01T10:00:00+08:00', 0)).toBe('2025-10-09T23:59:59.999+08:00'); // holiday
  });

  it('refuses limits that are not whole non-negative numbers of days', () => {
    expect(() => cal.addWorkingDays(at('2025-10-20T08:00:00+08:00'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(at('2025-10-20T08:00:00+08:00'), 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2025-02-30')).toThrow(RangeError);
  });
});

describe('Shanghai time, whatever the server time zone', () => {
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    process.env.TZ = savedTz;
    if (savedTz === undefined) delete process.env.TZ;
  });

  it('runs in a zone far from UTC+8 (so the assertions below mean something)', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(480);
  });

  it('takes 2026-01-01T16:30Z as 2 January in Shanghai', () => {
    expect(isoDate(dayOf(at('2026-01-01T16:30:00Z')))).toBe('2026-01-02');
    expect(isoDate(dayOf(at('2026-01-01T15:59:59.999Z')))).toBe('2026-01-01');
    // 2026-01-03T16:30Z is 00:30 on Sunday 4 January, a make-up working day; the 3rd (UTC date) is a holiday.
    expect(cal.isWorkingDay(at('2026-01-03T16:30:00Z'))).toBe(true);
    expect(cal.isWorkingDay(at('2026-01-03T15:30:00Z'))).toBe(false);
  });

  it('counts from the Shanghai day of receipt, not the UTC day', () => {
    // 16:30Z on 30 September is 00:30 on 1 October in Shanghai: a holiday, so the 0-day limit ends on 10-09.
    expect(deadline('2025-09-30T16:30:00Z', 0)).toBe('2025-10-09T23:59:59.999+08:00');
    expect(deadline('2025-09-30T15:30:00Z', 0)).toBe('2025-09-30T23:59:59.999+08:00');
    expect(deadline('2025-09-30T02:00:00Z', 5)).toBe('2025-10-14T23:59:59.999+08:00');
  });
});

describe('elapsed and remaining working days', () => {
  it('measures a limit on the same clock as its deadline', () => {
    for (const start of [
      '2025-09-26T09:00:00+08:00',
      '2026-02-13T16:00:00+08:00',
      '2025-10-18T11:00:00+08:00',
    ]) {
      for (let n = 1; n <= 25; n++) {
        expect(cal.elapsedWorkingDays(at(start), cal.addWorkingDays(at(start), n)), `${start} +${n}`).toBe(n);
      }
    }
  });

  it('shows part of the current working day, and nothing for rest days', () => {
    const start = at('2025-09-30T10:00:00+08:00');
    expect(cal.elapsedWorkingDays(start, at('2025-10-05T12:00:00+08:00'))).toBe(0);
    expect(cal.elapsedWorkingDays(start, at('2025-10-10T12:00:00+08:00'))).toBe(1.5);
    expect(cal.elapsedWorkingDays(start, at('2025-09-30T18:00:00+08:00'))).toBe(0);
    const end = cal.addWorkingDays(start, 5);
    expect(cal.workingDaysBetween(at('2025-10-13T12:00:00+08:00'), end)).toBe(1.5); // remaining
    expect(cal.workingDaysBetween(end, at('2025-10-16T06:00:00+08:00'))).toBe(1.25); // overdue by
    expect(cal.workingDaysBetween(at('2025-10-16T06:00:00+08:00'), end)).toBe(-1.25);
  });
});

describe('deadlines with the clock stopped (补正, suspension)', () => {
  const start = '2025-09-01T10:00:00+08:00'; // Monday; 5 days end Monday 09-08
  const pause = (from: string, to: string | null) => ({ from: at(from), to: to ? at(to) : null });
  const withPauses = (pauses: ReturnType<typeof pause>[], asOf?: string) =>
    local(cal.deadlineWithPauses(at(start), 5, pauses, asOf ? { asOf: at(asOf) } : {}));

  it('extends by the working days after the stop day up to the restart day', () => {
    expect(withPauses([])).toBe('2025-09-08T23:59:59.999+08:00');
    // Stopped Wednesday, restarted Friday: Thursday and Friday are given back.
    expect(withPauses([pause('2025-09-03T10:00:00+08:00', '2025-09-05T14:00:00+08:00')])).toBe(
      '2025-09-10T23:59:59.999+08:00',
    );
    expect(withPauses([pause('2025-09-03T10:00:00+08:00', '2025-09-03T16:00:00+08:00')])).toBe(
      '2025-09-08T23:59:59.999+08:00',
    );
  });

  it('does not give back rest days inside a pause', () => {
    // 5 days from Friday 09-26: 09-28 (Sun, worked), 09-29, 09-30, 10-09, 10-10.
    const s = at('2025-09-26T09:00:00+08:00');
    const p = [pause('2025-09-29T09:00:00+08:00', '2025-10-09T09:00:00+08:00')]; // covers 09-30 and 10-09
    expect(local(cal.deadlineWithPauses(s, 5, []))).toBe('2025-10-10T23:59:59.999+08:00');
    expect(local(cal.deadlineWithPauses(s, 5, p))).toBe('2025-10-13T23:59:59.999+08:00');
  });

  it('counts overlapping pauses once and ignores a pause begun after the limit ran out', () => {
    const overlapping = [
      pause('2025-09-03T10:00:00+08:00', '2025-09-05T14:00:00+08:00'),
      pause('2025-09-04T09:00:00+08:00', '2025-09-05T10:00:00+08:00'),
    ];
    expect(withPauses(overlapping)).toBe('2025-09-10T23:59:59.999+08:00');
    expect(withPauses([pause('2025-09-09T09:00:00+08:00', '2025-09-12T09:00:00+08:00')])).toBe(
      '2025-09-08T23:59:59.999+08:00',
    );
  });

  it('says how many whole working days one pause gives back', () => {
    const days = (from: string, to: string) => cal.pausedWorkingDays(at(from), at(to));
    expect(days('2025-09-03T10:00:00+08:00', '2025-09-05T14:00:00+08:00')).toBe(2);
    expect(days('2025-09-03T10:00:00+08:00', '2025-09-03T16:00:00+08:00')).toBe(0);
    expect(days('2025-09-30T10:00:00+08:00', '2025-10-09T09:00:00+08:00')).toBe(1); // only 10-09 is worked
    expect(days('2025-09-26T17:00:00+08:00', '2025-09-28T09:00:00+08:00')).toBe(1); // Sunday 09-28 is worked
  });

  it('has no deadline while a pause is open, unless asked as of a moment', () => {
    expect(withPauses([pause('2025-09-03T10:00:00+08:00', null)])).toBeNull();
    expect(withPauses([pause('2025-09-03T10:00:00+08:00', null)], '2025-09-05T14:00:00+08:00')).toBe(
      '2025-09-10T23:59:59.999+08:00',
    );
    expect(() => withPauses([pause('2025-09-05T10:00:00+08:00', '2025-09-03T10:00:00+08:00')])).toThrow(
      RangeError,
    );
  });
});

describe('years without holiday data', () => {
  it('falls back to weekends and says which years are covered', () => {
    expect(cal.coverage()).toEqual([2024, 2025, 2026]);
    expect(cal.isWorkingDay('2030-10-01')).toBe(true); // a Tuesday: no National Day data for 2030
    expect(cal.workingDaysInYear(2030)).toBe(261);
    expect(cal.covers(at('2026-12-20T10:00:00+08:00'), at('2027-01-05T10:00:00+08:00'))).toBe(false);
    expect(cal.covers(at('2025-12-20T10:00:00+08:00'), at('2026-01-05T10:00:00+08:00'))).toBe(true);
    expect(new WorkCalendar().coverage()).toEqual([]);
  });
});
