import {
  CalendarDayEnvelope,
  CalendarQuery,
  CalendarYearView,
  DateParams,
  DeadlineQuery,
  DeadlineView,
  SetDayBody,
} from '@yimen/shared/calendar';
import { errorResponses, NoBody } from '@yimen/shared/common';
import type { App } from '../../http.ts';
import { computeDeadline, deleteCalendarDay, getCalendarYear, setCalendarDay } from './calendar.service.ts';

const tags = ['calendar'];

/** The holiday calendar behind working-day time limits: read by staff, kept by district administrators. */
export default async function calendarRoutes(app: App): Promise<void> {
  app.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: 'Holidays and make-up working days of a year, with its number of working days',
        querystring: CalendarQuery,
        response: { 200: CalendarYearView, ...errorResponses },
      },
    },
    async (req) => getCalendarYear(app.db, req.ctx, req.query.year),
  );

  app.get(
    '/calendar/deadline',
    {
      schema: {
        tags,
        summary:
          'The deadline of a time limit in working days: the end (Beijing time) of the n-th working day',
        querystring: DeadlineQuery,
        response: { 200: DeadlineView, ...errorResponses },
      },
    },
    async (req) => computeDeadline(app.db, req.ctx, req.query.start, req.query.days),
  );

  app.put(
    '/calendar/days/:date',
    {
      schema: {
        tags,
        summary: 'Declare a day a holiday or a make-up working day (administrator)',
        params: DateParams,
        body: SetDayBody,
        response: { 200: CalendarDayEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ day: await setCalendarDay(app.db, req.ctx, req.params.date, req.body) }),
  );

  app.delete(
    '/calendar/days/:date',
    {
      schema: {
        tags,
        summary:
          'Remove a holiday or make-up working day: the day follows the weekend rule again (administrator)',
        params: DateParams,
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteCalendarDay(app.db, req.ctx, req.params.date);
      return reply.status(204).send(null);
    },
  );
}
