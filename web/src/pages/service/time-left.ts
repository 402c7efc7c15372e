/** How much time a deadline leaves, as the queue, the board and the case page show it. */

export type Urgency = 'overdue' | 'soon' | 'ok';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Red once the deadline has passed, orange in its last day. */
export function urgencyOf(msLeft: number): Urgency {
  if (msLeft < 0) return 'overdue';
  if (msLeft < DAY) return 'soon';
  return 'ok';
}

export interface DurationParts {
  unit: 'days' | 'hours' | 'minutes';
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a duration (sign ignored) into the two largest units worth showing. */
export function durationParts(ms: number): DurationParts {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return { unit: 'days', days, hours, minutes };
  if (hours > 0) return { unit: 'hours', days, hours, minutes };
  return { unit: 'minutes', days, hours, minutes: Math.max(minutes, abs > 0 ? 1 : 0) };
}

/**
 * Time left to `dueAt` by the server's clock: the server's `now` when it answered, moved on by the time since the
 * answer arrived (`fetchedAt` and `clientNow` both read this machine's clock, so its error cancels out).
 */
export function msLeftByServer(
  dueAt: string,
  serverNow: string,
  fetchedAt: number,
  clientNow: number,
): number {
  return Date.parse(dueAt) - Date.parse(serverNow) - (clientNow - fetchedAt);
}

/** The colour of a share of the time limit used: green below 75 %, orange below 100 %, red from 100 %. */
export function shareColour(usedShare: number): 'green' | 'orange' | 'red' {
  if (usedShare >= 1) return 'red';
  if (usedShare >= 0.75) return 'orange';
  return 'green';
}
