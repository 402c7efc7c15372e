import type { EventState, EventSummary } from '../../api/governance.ts';
import { OPEN_STATES } from '../../api/governance.ts';

/** The timed stages the screens show: 受理/核实 (accept), 处置 (dispose), 核查 (verify). */
export type TimerStage = 'accept' | 'dispose' | 'verify';

type Deadlines = Pick<EventSummary, 'state' | 'acceptDueAt' | 'disposeDueAt' | 'verifyDueAt'>;

const STAGE_OF: Partial<Record<EventState, TimerStage>> = {
  reported: 'accept',
  dispatched: 'dispose',
  disposed: 'verify',
};

const DUE_OF: Record<TimerStage, keyof Omit<Deadlines, 'state'>> = {
  accept: 'acceptDueAt',
  dispose: 'disposeDueAt',
  verify: 'verifyDueAt',
};

/** The deadline the event is running against now; none while parked (挂账) or once it is finished. */
export function runningDeadline(e: Deadlines): { stage: TimerStage; dueAt: string } | null {
  const stage = STAGE_OF[e.state];
  if (!stage) return null;
  const dueAt = e[DUE_OF[stage]];
  return dueAt ? { stage, dueAt } : null;
}

/**
 * The deadline a responsible unit works against: its disposal, from the moment the event is routed to it (the
 * grid worker's on-site confirmation runs alongside and is not the unit's clock).
 */
export function unitDeadline(e: Deadlines): { stage: TimerStage; dueAt: string } | null {
  if ((e.state === 'reported' || e.state === 'dispatched') && e.disposeDueAt)
    return { stage: 'dispose', dueAt: e.disposeDueAt };
  return runningDeadline(e);
}

/** Every deadline the event has, in stage order, for the detail view. */
export function allDeadlines(e: Deadlines): { stage: TimerStage; dueAt: string; running: boolean }[] {
  const running = runningDeadline(e)?.stage;
  return (['accept', 'dispose', 'verify'] as const)
    .map((stage) => ({ stage, dueAt: e[DUE_OF[stage]], running: stage === running }))
    .filter((d): d is { stage: TimerStage; dueAt: string; running: boolean } => d.dueAt !== null);
}

export type TimerUrgency = 'overdue' | 'soon' | 'ok';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Red once the deadline has passed, orange in its last hour (the limits run in working hours). */
export function timerUrgency(msLeft: number): TimerUrgency {
  if (msLeft < 0) return 'overdue';
  if (msLeft < HOUR) return 'soon';
  return 'ok';
}

/** Whether an open event is past its running deadline (or the server has marked it overdue). */
export function isOverdue(e: Deadlines & Pick<EventSummary, 'overdueAt'>, now: number): boolean {
  if (!OPEN_STATES.has(e.state) || e.state === 'parked') return false;
  // The server's mark counts whatever this browser's clock says; the running deadline counts before the sweep.
  if (e.overdueAt !== null) return true;
  const running = runningDeadline(e);
  return running ? Date.parse(running.dueAt) < now : false;
}

/** A countdown as a wall clock ("2:05:09"), or days and hours beyond a day; the sign is left to the caller. */
export function countdown(ms: number): { days: number; hours: number; clock: string } {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  const seconds = Math.floor((abs % MINUTE) / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return { days, hours, clock: `${hours}:${two(minutes)}:${two(seconds)}` };
}

/** China keeps one time zone without daylight saving: the district's calendar day of an instant. */
export function chinaDay(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
}

export interface Counters {
  today: number;
  open: number;
  overdue: number;
}

/** The command centre's three figures: reported today (district time), still open, and overdue among those. */
export function eventCounters(events: readonly EventSummary[], now: number): Counters {
  const today = chinaDay(now);
  let reportedToday = 0;
  let open = 0;
  let overdue = 0;
  for (const e of events) {
    if (chinaDay(e.reportedAt) === today) reportedToday++;
    if (OPEN_STATES.has(e.state)) open++;
    if (isOverdue(e, now)) overdue++;
  }
  return { today: reportedToday, open, overdue };
}
