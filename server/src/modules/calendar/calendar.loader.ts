import type { Queryable } from '../../db/client.ts';
import { calendarFingerprint, listAllExceptions } from './calendar.repo.ts';
import { WorkCalendar } from './working-days.ts';

/** The district's working-day calendar as stored now. */
export async function loadWorkCalendar(db: Queryable, districtCode: string): Promise<WorkCalendar> {
  return new WorkCalendar(await listAllExceptions(db, districtCode));
}

/**
 * A cheap fingerprint of the district's stored calendar: equal strings mean an equal calendar. Several server
 * processes share one database, so a process holding a calendar compares this before trusting its copy.
 */
export const calendarVersion = (db: Queryable, districtCode: string): Promise<string> =>
  calendarFingerprint(db, districtCode);

export interface CalendarCache {
  /** The district's calendar, re-loaded only when calendarVersion has changed since the last call. */
  get(db: Queryable, districtCode: string): Promise<WorkCalendar>;
}

/** A per-process cache of calendars that stays correct when another process edits the calendar. */
export function createCalendarCache(): CalendarCache {
  const held = new Map<string, { version: string; calendar: WorkCalendar }>();
  return {
    async get(db, districtCode) {
      const version = await calendarVersion(db, districtCode);
      const hit = held.get(districtCode);
      if (hit?.version === version) return hit.calendar;
      // An edit between the two reads stores newer rows under the older version: the next call re-loads.
      const calendar = await loadWorkCalendar(db, districtCode);
      held.set(districtCode, { version, calendar });
      return calendar;
    },
  };
}

/** A calendar for synchronous code (e.g. the case engine's deadline arithmetic), kept fresh by refresh(). */
export interface CalendarHolder {
  /** The calendar as of the last load or refresh. */
  readonly current: WorkCalendar;
  /** Re-loads the calendar if calendarVersion changed (one cheap query otherwise) and returns it. */
  refresh(): Promise<WorkCalendar>;
}

/** Loads the district's calendar into a holder; call refresh() before work that must see edits at once. */
export async function holdCalendar(db: Queryable, districtCode: string): Promise<CalendarHolder> {
  const cache = createCalendarCache();
  let current = await cache.get(db, districtCode);
  return {
    get current() {
      return current;
    },
    async refresh() {
      current = await cache.get(db, districtCode);
      return current;
    },
  };
}
