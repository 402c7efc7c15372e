/**
 * China's public holidays and make-up working days (调休上班) as the State Council's General Office published them
 * each autumn for the next year (国务院办公厅关于节假日安排的通知). Written from the published notices; an
 * administrator corrects or extends them in the calendar screen (PUT /calendar/days/:date).
 *
 * 'holiday' entries list every day of each holiday period, weekend days included, so the UI can name them;
 * only the weekday ones change the arithmetic. 'workday' entries are the Saturdays and Sundays worked instead.
 *
 * From 2025 the revised 《全国年节及纪念日放假办法》 (国务院令第795号, 2024-11-10) gives 13 statutory days:
 * the Spring Festival gained New Year's Eve (除夕) and Labour Day gained 2 May, one day each.
 */
export type CalendarKind = 'holiday' | 'workday';

export interface CalendarEntry {
  date: string;
  kind: CalendarKind;
  name: string;
}

export interface HolidayNotice {
  year: number;
  /** The notice the entries come from; stored as the source of every seeded row. */
  notice: string;
  entries: CalendarEntry[];
}

const DAY_MS = 86_400_000;

/** Every date from `from` to `to` inclusive, as holidays of one period. */
function rest(name: string, from: string, to: string = from): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
  }
  return out;
}

/** Make-up working days of one holiday period. */
const work = (name: string, ...dates: string[]): CalendarEntry[] =>
  dates.map((date) => ({ date, kind: 'workday', name: `${name}调休上班` }));

export const CN_HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2024,
    notice: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
    entries: [
      ...rest('元旦', '2024-01-01'), // with the weekend of 30–31 Dec 2023
      ...rest('春节', '2024-02-10', '2024-02-17'),
      ...work('春节', '2024-02-04', '2024-02-18'),
      ...rest('清明节', '2024-04-04', '2024-04-06'),
      ...work('清明节', '2024-04-07'),
      ...rest('劳动节', '2024-05-01', '2024-05-05'),
      ...work('劳动节', '2024-04-28', '2024-05-11'),
      ...rest('端午节', '2024-06-08', '2024-06-10'),
      ...rest('中秋节', '2024-09-15', '2024-09-17'),
      ...work('中秋节', '2024-09-14'),
      ...rest('国庆节', '2024-10-01', '2024-10-07'),
      ...work('国庆节', '2024-09-29', '2024-10-12'),
    ],
  },
  {
    year: 2025,
    notice: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    entries: [
      ...rest('元旦', '2025-01-01'),
      ...rest('春节', '2025-01-28', '2025-02-04'),
      ...work('春节', '2025-01-26', '2025-02-08'),
      ...rest('清明节', '2025-04-04', '2025-04-06'),
      ...rest('劳动节', '2025-05-01', '2025-05-05'),
      ...work('劳动节', '2025-04-27'),
      ...rest('端午节', '2025-05-31', '2025-06-02'),
      ...rest('国庆节、中秋节', '2025-10-01', '2025-10-08'),
      ...work('国庆节、中秋节', '2025-09-28', '2025-10-11'),
    ],
  },
  {
    year: 2026,
    // As published in Nov 2025; the document number is quoted from memory; check it against the State Council gazette.
    notice: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月发布，国办发明电〔2025〕7号）',
    entries: [
      ...rest('元旦', '2026-01-01', '2026-01-03'),
      ...work('元旦', '2026-01-04'),
      ...rest('春节', '2026-02-15', '2026-02-23'),
      ...work('春节', '2026-02-14', '2026-02-28'),
      ...rest('清明节', '2026-04-04', '2026-04-06'),
      ...rest('劳动节', '2026-05-01', '2026-05-05'),
      ...work('劳动节', '2026-05-09'),
      ...rest('端午节', '2026-06-19', '2026-06-21'),
      ...rest('中秋节', '2026-09-25', '2026-09-27'),
      ...rest('国庆节', '2026-10-01', '2026-10-07'),
      ...work('国庆节', '2026-09-20', '2026-10-10'),
    ],
  },
];
