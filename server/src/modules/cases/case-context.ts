import type { Db } from '../../db/client.ts';
import type { App } from '../../http.ts';
import type { PiiCipher } from '../people/pii-crypto.ts';

/** Working-day arithmetic the case engine needs (the holiday calendar provides it). */
export interface Deadlines {
  /** The end of the n-th working day after `start` (China Standard Time). */
  addWorkingDays(start: Date, days: number): Date;
  /** The instant `hours` office hours after `start`, on working days (China Standard Time). */
  addWorkingHours(start: Date, hours: number): Date;
  /** Whole working days a pause from `from` to `to` covered: how far it moves a deadline. */
  workingDaysBetween(from: Date, to: Date): number;
  /** Re-reads the calendar when an administrator changed it (another process may have). */
  refresh(): Promise<void>;
}

/** What case services need besides the request context. */
export interface CaseDeps {
  db: Db;
  pii: PiiCipher;
  deadlines: Deadlines;
  /** Injected so tests can run the clock forward. */
  now: () => Date;
}

/** The case services' dependencies as the running application provides them. */
export const caseDeps = (app: App): CaseDeps => ({
  db: app.db,
  pii: app.pii,
  deadlines: app.deadlines,
  now: app.clock,
});
