import { dayOf, isoDate, startOfDay, weekdayOf } from '../calendar/shanghai-time.ts';
import type { WorkCalendar } from '../calendar/working-days.ts';

/**
 * When the service centre receives visitors by appointment: half-hour slots in its opening hours (工作日
 * 9:00–12:00、14:00–17:30；周六 9:00–12:00, as its guide says), on the days the holiday calendar keeps open. A
 * Saturday that the calendar makes a working day (调休上班) opens all day; a holiday is closed.
 */

export const SLOT_MINUTES = 30;
/** How many open days ahead a visit can be booked, starting tomorrow. */
export const BOOKABLE_DAYS = 5;
const SEARCH_LIMIT_DAYS = 30;

type Session = readonly [startMinute: number, endMinute: number];
const WORKING_DAY: readonly Session[] = [
  [9 * 60, 12 * 60],
  [14 * 60, 17 * 60 + 30],
];
const SATURDAY: readonly Session[] = [[9 * 60, 12 * 60]];

/** The sessions the centre is open on a Shanghai day, none when closed. */
export function sessionsOn(calendar: WorkCalendar, day: number): readonly Session[] {
  if (calendar.isWorkingDayNumber(day)) return WORKING_DAY;
  const holiday = calendar.exceptionOn(isoDate(day))?.kind === 'holiday';
  return weekdayOf(day) === 6 && !holiday ? SATURDAY : [];
}

export interface OpenDay {
  date: string;
  /** Start instants of the day's slots. */
  slots: Date[];
}

/** The next BOOKABLE_DAYS open days after `now`'s day, each with its slots. */
export function bookableDays(calendar: WorkCalendar, now: Date): OpenDay[] {
  const days: OpenDay[] = [];
  const today = dayOf(now);
  for (let day = today + 1; day <= today + SEARCH_LIMIT_DAYS && days.length < BOOKABLE_DAYS; day++) {
    const sessions = sessionsOn(calendar, day);
    if (sessions.length === 0) continue;
    const midnight = startOfDay(day).getTime();
    const slots: Date[] = [];
    for (const [from, to] of sessions)
      for (let m = from; m + SLOT_MINUTES <= to; m += SLOT_MINUTES)
        slots.push(new Date(midnight + m * 60_000));
    days.push({ date: isoDate(day), slots });
  }
  return days;
}

/** Whether `start` is the start of one of the bookable slots. */
export function isBookableSlot(calendar: WorkCalendar, now: Date, start: Date): boolean {
  const day = bookableDays(calendar, now).find((d) => d.date === isoDate(dayOf(start)));
  return day?.slots.some((s) => s.getTime() === start.getTime()) ?? false;
}

export const slotEnd = (start: Date): Date => new Date(start.getTime() + SLOT_MINUTES * 60_000);
