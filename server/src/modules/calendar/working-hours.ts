import { dayOf, parseClock, startOfDay } from './shanghai-time.ts';

/** Office hours of a working day, Shanghai clock times 'HH:MM'. Defaults: 09:00–18:00 without a lunch break. */
export interface WorkingHours {
  dayStart?: string;
  dayEnd?: string;
  /** A break inside the office hours that the clock does not count, e.g. { from: '12:00', to: '13:30' }. */
  lunch?: { from: string; to: string };
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** About 30 years of days: a bound on the day-by-day walks below. */
const MAX_DAYS_WALKED = 11_000;

/** The counted stretches of a working day, as [from, to) minutes after midnight. */
function segmentsOf(opts: WorkingHours): Array<[number, number]> {
  const start = parseClock(opts.dayStart ?? '09:00');
  const end = parseClock(opts.dayEnd ?? '18:00');
  if (end <= start) throw new RangeError('Office hours must end after they begin');
  if (!opts.lunch) return [[start, end]];
  const from = parseClock(opts.lunch.from);
  const to = parseClock(opts.lunch.to);
  if (!(start < from && from < to && to < end)) {
    throw new RangeError('The lunch break must lie inside the office hours and end after it begins');
  }
  return [
    [start, from],
    [to, end],
  ];
}

/**
 * The instant `hours` office hours after `start`: the clock runs only inside office hours of working days
 * (Shanghai time). Counting begins at `start` when that is inside office hours, else at the next opening; the
 * answer is the earliest instant with the hours used, so 8 hours from 09:00 end at 17:00 the same day and
 * 9 hours from 09:00 at 18:00, not at the next opening. hours = 0 gives the moment the clock starts.
 */
export function addWorkingHours(
  isWorkingDay: (day: number) => boolean,
  start: Date,
  hours: number,
  opts: WorkingHours,
): Date {
  if (!Number.isFinite(hours) || hours < 0)
    throw new RangeError(`Working hours must be 0 or more, not ${hours}`);
  const segments = segmentsOf(opts);
  let left = Math.round(hours * HOUR_MS);
  const t0 = start.getTime();
  const firstDay = dayOf(start);
  for (let day = firstDay; day < firstDay + MAX_DAYS_WALKED; day++) {
    if (!isWorkingDay(day)) continue;
    const midnight = startOfDay(day).getTime();
    for (const [a, b] of segments) {
      const from = Math.max(midnight + a * MINUTE_MS, t0);
      const to = midnight + b * MINUTE_MS;
      if (from >= to) continue;
      if (left <= to - from) return new Date(from + left);
      left -= to - from;
    }
  }
  throw new RangeError(`${hours} working hours reach too far into the future`);
}

/** Office hours of working days inside [a, b), in hours; negative when b is before a. */
export function workingHoursBetween(
  isWorkingDay: (day: number) => boolean,
  a: Date,
  b: Date,
  opts: WorkingHours,
): number {
  if (b < a) return -workingHoursBetween(isWorkingDay, b, a, opts);
  const segments = segmentsOf(opts);
  const [t0, t1] = [a.getTime(), b.getTime()];
  const [firstDay, lastDay] = [dayOf(a), dayOf(b)];
  if (lastDay - firstDay > MAX_DAYS_WALKED)
    throw new RangeError('The interval is too long to count in hours');
  let ms = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!isWorkingDay(day)) continue;
    const midnight = startOfDay(day).getTime();
    for (const [from, to] of segments) {
      ms += Math.max(0, Math.min(midnight + to * MINUTE_MS, t1) - Math.max(midnight + from * MINUTE_MS, t0));
    }
  }
  return ms / HOUR_MS;
}
