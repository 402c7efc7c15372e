/**
 * China Standard Time by offset arithmetic: Asia/Shanghai is UTC+8 all year (no DST since 1991), so a calendar
 * day is a plain number and nothing depends on the process time zone (process.env.TZ) or on Intl data.
 *
 * A "day number" counts Shanghai calendar days since 1970-01-01 (day 0 is a Thursday).
 */
export const DAY_MS = 86_400_000;
export const CST_OFFSET_MS = 8 * 3_600_000;

/** The Shanghai calendar day an instant falls on. */
export const dayOf = (instant: Date): number => Math.floor((instant.getTime() + CST_OFFSET_MS) / DAY_MS);

/** 00:00:00.000 Shanghai time of a day. */
export const startOfDay = (day: number): Date => new Date(day * DAY_MS - CST_OFFSET_MS);

/** 23:59:59.999 Shanghai time of a day: the instant a deadline on that day expires. */
export const endOfDay = (day: number): Date => new Date((day + 1) * DAY_MS - CST_OFFSET_MS - 1);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

export const isWeekend = (day: number): boolean => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

/** The day number of a strict 'YYYY-MM-DD' calendar date, or null when it is malformed or does not exist. */
export function parseIsoDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a day number. */
export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The day number of 1 January of a year. */
export const firstDayOfYear = (year: number): number => Date.UTC(year, 0, 1) / DAY_MS;

export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** An instant written in Shanghai time, e.g. 2025-10-15T23:59:59.999+08:00. */
export const formatShanghai = (instant: Date): string =>
  `${new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;

/** Minutes after midnight of a 'HH:MM' clock time (00:00–24:00). */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!(minutes <= 24 * 60))
    throw new RangeError(`"${hhmm}" is not a clock time HH:MM between 00:00 and 24:00`);
  return minutes;
}
