import type { CalendarKind } from './data/cn-holidays.ts';
import {
  DAY_MS,
  dayOf,
  endOfDay,
  firstDayOfYear,
  isWeekend,
  parseIsoDate,
  startOfDay,
  yearOfDay,
} from './shanghai-time.ts';
import { addWorkingHours, type WorkingHours, workingHoursBetween } from './working-hours.ts';

export interface CalendarException {
  /** 'YYYY-MM-DD', a Shanghai calendar day. */
  date: string;
  kind: CalendarKind;
  name?: string;
}

/** A stretch in which a time limit's clock stood still (补正, suspension); `to` is null while it still stands. */
export interface Pause {
  from: Date;
  to: Date | null;
}

const MAX_DAYS = 100_000;

/** Working days (Mon–Fri) among the `count` days that start at day number `from`. */
function weekdaysIn(from: number, count: number): number {
  let n = Math.floor(count / 7) * 5;
  for (let i = 0; i < count % 7; i++) if (!isWeekend(from + i)) n++;
  return n;
}

/** Rounds away the float noise of fractional day counts (1e-6 of a day is 0.09 s). */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6 + 0;

/**
 * China's working-day calendar: Monday–Friday work and Saturday–Sunday rest, except the listed days (statutory
 * holidays and 调休 make-up working days). All arithmetic is in China Standard Time (UTC+8), whatever the
 * server's time zone. Years without data fall back to the weekend rule; `coverage()` says which years have data.
 *
 * Time-limit semantics (行政许可法 §82, 民法典 §201: the starting day is not counted):
 *  - a matter received at any time on day D has its working-day 1 on the first working day after D;
 *  - a limit of n working days expires at the END of the n-th working day (23:59:59.999 Shanghai time);
 *  - n = 0 expires at the end of D if D is a working day, otherwise at the end of the next working day.
 */
export class WorkCalendar {
  private readonly kinds = new Map<number, CalendarKind>();
  private readonly names = new Map<number, string>();
  private readonly years: number[];
  /** Days whose status differs from the weekend rule, ascending, and the running sum of their +1/−1 shifts. */
  private readonly shiftDays: number[] = [];
  private readonly shiftSums: number[] = [];

  constructor(exceptions: Iterable<CalendarException> = []) {
    const years = new Set<number>();
    for (const e of exceptions) {
      const day = parseIsoDate(e.date);
      if (day === null) throw new RangeError(`Calendar exception "${e.date}" is not a date YYYY-MM-DD`);
      this.kinds.set(day, e.kind);
      if (e.name) this.names.set(day, e.name);
      years.add(yearOfDay(day));
    }
    this.years = [...years].sort((a, b) => a - b);
    let sum = 0;
    for (const day of [...this.kinds.keys()].sort((a, b) => a - b)) {
      const kind = this.kinds.get(day);
      const shift = kind === 'workday' && isWeekend(day) ? 1 : kind === 'holiday' && !isWeekend(day) ? -1 : 0;
      if (shift === 0) continue;
      sum += shift;
      this.shiftDays.push(day);
      this.shiftSums.push(sum);
    }
  }

  /** Whether a day is worked: a Date means the Shanghai day it falls on; a string is a 'YYYY-MM-DD' day. */
  isWorkingDay(date: Date | string): boolean {
    return this.isWorkingDayNumber(toDay(date));
  }

  /** The same test on a day number (days since 1970-01-01, Shanghai); see shanghai-time.ts. */
  isWorkingDayNumber(day: number): boolean {
    const kind = this.kinds.get(day);
    return kind ? kind === 'workday' : !isWeekend(day);
  }

  /** The listed exception on a day, if any (the UI shows its name: 国庆节, 春节调休上班 …). */
  exceptionOn(date: Date | string): { kind: CalendarKind; name: string | null } | null {
    const day = toDay(date);
    const kind = this.kinds.get(day);
    return kind ? { kind, name: this.names.get(day) ?? null } : null;
  }

  /**
   * The deadline of a limit of n working days counted from `start`: the end (23:59:59.999 +08:00) of the
   * n-th working day after the day of `start`. n = 0: the end of the start day, or of the next working day
   * when the start day is not worked.
   */
  addWorkingDays(start: Date, n: number): Date {
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_DAYS) {
      throw new RangeError(`A time limit is a whole number of working days from 0 to ${MAX_DAYS}, not ${n}`);
    }
    let day = dayOf(start);
    if (n === 0) {
      while (!this.isWorkingDayNumber(day)) day++;
      return endOfDay(day);
    }
    for (let left = n; left > 0; ) if (this.isWorkingDayNumber(++day)) left--;
    return endOfDay(day);
  }

  /**
   * Working time from a to b in working days: every working day counts 1 for its whole Shanghai calendar day,
   * the working days that a or b fall on count the part of the day inside [a, b), rest days count 0.
   * Negative when b is before a. Use it for "remaining" (now → deadline) and "overdue by" (deadline → now).
   */
  workingDaysBetween(a: Date, b: Date): number {
    return tidy(this.clock(b) - this.clock(a));
  }

  /**
   * The working days a matter received at `start` has used by `at`, on the same clock as addWorkingDays (the
   * rest of the start day is not counted): elapsedWorkingDays(s, addWorkingDays(s, n)) === n for n ≥ 1.
   * Fractional during a working day, so a supervisor sees 3.5 of 5 days used at noon of day 4.
   */
  elapsedWorkingDays(start: Date, at: Date): number {
    return Math.max(0, this.workingDaysBetween(endOfDay(dayOf(start)), at));
  }

  /**
   * The deadline of n working days from `start` when the clock stood still during `pauses` (补正, suspension).
   * Each pause extends the deadline by the working days it covered, counted like any period (民法典 §201):
   * the working days after the day the clock stopped, up to and including the day it restarted; so a pause
   * within one day extends nothing. Overlapping pauses count once; a pause that began after the (extended)
   * deadline had already passed revives nothing. While a pause is open the deadline is undefined (null),
   * unless `asOf` is given: then open pauses count as ending at `asOf` (the deadline if the clock restarted then).
   */
  deadlineWithPauses(
    start: Date,
    n: number,
    pauses: readonly Pause[],
    opts: { asOf?: Date } = {},
  ): Date | null {
    let deadline = this.addWorkingDays(start, n);
    for (const p of mergePauses(pauses, opts.asOf)) {
      if (p.from > deadline.getTime()) break;
      if (p.to === null) return null;
      const covered = this.pausedWorkingDays(new Date(p.from), new Date(p.to));
      if (covered > 0) deadline = this.addWorkingDays(deadline, covered);
    }
    return deadline;
  }

  /**
   * The whole working days one pause from `from` to `to` gives back (the rule of deadlineWithPauses): working
   * days after the day of `from`, up to and including the day of `to`. An integer, fit for addWorkingDays.
   */
  pausedWorkingDays(from: Date, to: Date): number {
    if (to < from) throw new RangeError('A pause cannot end before it begins');
    return this.workingDaysThrough(dayOf(to)) - this.workingDaysThrough(dayOf(from));
  }

  /** How many working days the year has, on this calendar. */
  workingDaysInYear(year: number): number {
    const first = firstDayOfYear(year);
    return this.workingDaysBefore(firstDayOfYear(year + 1)) - this.workingDaysBefore(first);
  }

  /** The years that have holiday data (any listed day); other years follow the weekend rule only. */
  coverage(): number[] {
    return [...this.years];
  }

  /** Whether every year from the day of `from` to the day of `to` has holiday data. */
  covers(from: Date, to: Date = from): boolean {
    for (let y = yearOfDay(dayOf(from)); y <= yearOfDay(dayOf(to)); y++)
      if (!this.years.includes(y)) return false;
    return true;
  }

  /** The instant `hours` working hours after `start` (office hours on working days; see working-hours.ts). */
  addWorkingHours(start: Date, hours: number, opts: WorkingHours = {}): Date {
    return addWorkingHours((d) => this.isWorkingDayNumber(d), start, hours, opts);
  }

  /** Office hours on working days between a and b (negative when b is before a). */
  workingHoursBetween(a: Date, b: Date, opts: WorkingHours = {}): number {
    return workingHoursBetween((d) => this.isWorkingDayNumber(d), a, b, opts);
  }

  /** Working days strictly before a day number (relative to an arbitrary origin; only differences matter). */
  private workingDaysBefore(day: number): number {
    const weeks = Math.floor(day / 7);
    const base = weeks * 5 + weekdaysIn(weeks * 7, day - weeks * 7);
    // Binary search for the last shifted day before `day`.
    let lo = 0;
    let hi = this.shiftDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.shiftDays[mid] ?? 0) < day) lo = mid + 1;
      else hi = mid;
    }
    return base + (lo > 0 ? (this.shiftSums[lo - 1] ?? 0) : 0);
  }

  private workingDaysThrough(day: number): number {
    return this.workingDaysBefore(day + 1);
  }

  /** Working days elapsed up to an instant, counting the elapsed part of a working day. */
  private clock(t: Date): number {
    const day = dayOf(t);
    const part = this.isWorkingDayNumber(day) ? (t.getTime() - startOfDay(day).getTime()) / DAY_MS : 0;
    return this.workingDaysBefore(day) + part;
  }
}

function toDay(date: Date | string): number {
  if (date instanceof Date) return dayOf(date);
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`"${date}" is not a date YYYY-MM-DD`);
  return day;
}

/** Sorts and merges pauses into disjoint stretches (ms; `to` null = still open), clipping open ones at asOf. */
function mergePauses(pauses: readonly Pause[], asOf?: Date): Array<{ from: number; to: number | null }> {
  const spans = pauses
    .map((p) => {
      const from = p.from.getTime();
      const to = p.to ? p.to.getTime() : asOf ? Math.max(from, asOf.getTime()) : null;
      if (to !== null && to < from) throw new RangeError('A pause cannot end before it begins');
      return { from, to };
    })
    .sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number | null }> = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && (last.to === null || s.from <= last.to)) {
      last.to = last.to === null || s.to === null ? null : Math.max(last.to, s.to);
    } else merged.push({ ...s });
  }
  return merged;
}
