import { MAX_YEAR, MIN_YEAR, type SetDayInput } from '@yimen/shared/calendar';
import { STAFF_ROLES } from '@yimen/shared/roles';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { calendarErrors } from './calendar.errors.ts';
import { loadWorkCalendar } from './calendar.loader.ts';
import { type CalendarDayRow, deleteDay, findDay, listDaysOfYear, upsertDay } from './calendar.repo.ts';
import { dayOf, formatShanghai, isoDate, isWeekend, parseIsoDate, yearOfDay } from './shanghai-time.ts';

const ADMIN = ['administrator'] as const;

const toDayView = (r: CalendarDayRow) => ({
  date: r.day,
  kind: r.kind,
  name: r.name,
  source: r.source,
  updatedBy: r.updated_by ? { id: r.updated_by, name: r.updated_by_name ?? '' } : null,
  updatedAt: r.updated_at.toISOString(),
});

/** The day number of a 'YYYY-MM-DD' path parameter, or a 400 naming the field `date`. */
function parseDayParam(date: string): number {
  const day = parseIsoDate(date);
  const year = day === null ? Number.NaN : yearOfDay(day);
  if (day === null || !(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw calendarErrors.invalidDate({ date, min: MIN_YEAR, max: MAX_YEAR });
  }
  return day;
}

/**
 * The exceptions of one year and its working-day count (any staff). Also says whether the year has holiday
 * data at all, so the UI can warn that deadlines in it only skip weekends.
 */
export async function getCalendarYear(db: Db, ctx: RequestContext, year?: number) {
  authorize(ctx, { roles: STAFF_ROLES });
  const y = year ?? yearOfDay(dayOf(new Date()));
  const [rows, calendar] = await Promise.all([
    listDaysOfYear(db, ctx.districtCode, y),
    loadWorkCalendar(db, ctx.districtCode),
  ]);
  const coverage = calendar.coverage();
  return {
    year: y,
    workingDays: calendar.workingDaysInYear(y),
    covered: coverage.includes(y),
    coverage,
    days: rows.map(toDayView),
  };
}

/** Declares a day a holiday or a make-up working day (district administrators only; audited). */
export async function setCalendarDay(db: Db, ctx: RequestContext, date: string, input: SetDayInput) {
  const admin = authorize(ctx, { roles: ADMIN, area: ctx.districtCode });
  const day = parseDayParam(date);
  if (input.kind === 'workday' && !isWeekend(day)) {
    throw calendarErrors.workdayAlready({ date });
  }
  const iso = isoDate(day);
  const source = input.source ?? 'manual';
  await db.transaction(async (tx) => {
    const before = await findDay(tx, ctx.districtCode, iso);
    await upsertDay(tx, {
      districtCode: ctx.districtCode,
      day: iso,
      kind: input.kind,
      name: input.name,
      source,
      updatedBy: admin.id,
    });
    await recordAudit(tx, ctx, {
      action: 'calendar.set',
      targetType: 'calendar_day',
      targetId: iso,
      details: {
        kind: input.kind,
        name: input.name,
        source,
        before: before ? { kind: before.kind, name: before.name, source: before.source } : null,
      },
    });
  });
  const after = await findDay(db, ctx.districtCode, iso);
  if (!after) throw calendarErrors.dayNotReadBack();
  return toDayView(after);
}

/** Removes an exception: the day follows the weekend rule again (district administrators only; audited). */
export async function deleteCalendarDay(db: Db, ctx: RequestContext, date: string): Promise<void> {
  authorize(ctx, { roles: ADMIN, area: ctx.districtCode });
  const iso = isoDate(parseDayParam(date));
  await db.transaction(async (tx) => {
    const before = await findDay(tx, ctx.districtCode, iso);
    if (!before || !(await deleteDay(tx, ctx.districtCode, iso))) throw calendarErrors.noSuchDay();
    await recordAudit(tx, ctx, {
      action: 'calendar.delete',
      targetType: 'calendar_day',
      targetId: iso,
      details: { before: { kind: before.kind, name: before.name, source: before.source } },
    });
  });
}

/** The deadline of a limit of `days` working days for a matter received at `start` (any staff). */
export async function computeDeadline(db: Db, ctx: RequestContext, start: string, days: number) {
  authorize(ctx, { roles: STAFF_ROLES });
  const received = new Date(start);
  if (Number.isNaN(received.getTime())) {
    throw calendarErrors.invalidStart({ start });
  }
  const calendar = await loadWorkCalendar(db, ctx.districtCode);
  const deadline = calendar.addWorkingDays(received, days);
  return {
    start: received.toISOString(),
    days,
    deadline: deadline.toISOString(),
    deadlineLocal: formatShanghai(deadline),
    deadlineDate: isoDate(dayOf(deadline)),
    covered: calendar.covers(received, deadline),
  };
}
