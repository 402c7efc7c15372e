import { type Static, Type } from 'typebox';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** The longest time limit the deadline endpoint computes, in working days (about 40 years). */
export const MAX_LIMIT_DAYS = 10_000;

const Kind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], {
  description: 'holiday: a day off (法定节假日); workday: a Saturday or Sunday worked (调休上班)',
});

export const DateParams = Type.Object(
  { date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day, YYYY-MM-DD' }) },
  { additionalProperties: false },
);

export const CalendarQuery = Type.Object(
  {
    year: Type.Optional(
      Type.Integer({
        minimum: MIN_YEAR,
        maximum: MAX_YEAR,
        description: 'Defaults to the current year (Beijing time)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const SetDayBody = Type.Object(
  {
    kind: Kind,
    name: Type.String({ minLength: 1, maxLength: 64, description: 'e.g. 国庆节, 春节调休上班' }),
    source: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'The notice this follows; defaults to "manual"',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SetDayInput = Static<typeof SetDayBody>;

export const DeadlineQuery = Type.Object(
  {
    start: Type.String({ format: 'date-time', description: 'When the matter was received, with its offset' }),
    days: Type.Integer({
      minimum: 0,
      maximum: MAX_LIMIT_DAYS,
      description: 'The time limit in working days',
    }),
  },
  { additionalProperties: false },
);

export const CalendarDayView = Type.Object({
  date: Type.String(),
  kind: Kind,
  name: Type.String(),
  source: Type.String(),
  updatedBy: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  updatedAt: Type.String(),
});

export const CalendarYearView = Type.Object({
  year: Type.Integer(),
  workingDays: Type.Integer({ description: 'Working days in the year on this calendar' }),
  covered: Type.Boolean({ description: 'false: no holiday data for the year, only weekends are rest days' }),
  coverage: Type.Array(Type.Integer(), { description: 'The years that have holiday data' }),
  days: Type.Array(CalendarDayView),
});

export const DeadlineView = Type.Object({
  start: Type.String(),
  days: Type.Integer(),
  deadline: Type.String({ description: 'The instant the limit expires (UTC ISO)' }),
  deadlineLocal: Type.String({
    description: 'The same instant in Beijing time, e.g. 2025-10-14T23:59:59.999+08:00',
  }),
  deadlineDate: Type.String({ description: 'The last working day, YYYY-MM-DD (Beijing)' }),
  covered: Type.Boolean({ description: 'false: a year between start and deadline has no holiday data' }),
});

export const CalendarDayEnvelope = Type.Object({ day: CalendarDayView });
