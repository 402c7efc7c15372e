import { describe, expect, it } from 'vitest';
import { isWeekend, parseIsoDate, yearOfDay } from '../shanghai-time.ts';
import { CN_HOLIDAY_NOTICES } from './cn-holidays.ts';

const notice = (year: number) => CN_HOLIDAY_NOTICES.find((n) => n.year === year)!;
const period = (year: number, name: string) =>
  notice(year)
    .entries.filter((e) => e.kind === 'holiday' && e.name === name)
    .map((e) => e.date);

describe('the built-in holiday arrangements', () => {
  it('has 2024, 2025 and 2026, each entry a real date in its year, each date once', () => {
    expect(CN_HOLIDAY_NOTICES.map((n) => n.year)).toEqual([2024, 2025, 2026]);
    for (const n of CN_HOLIDAY_NOTICES) {
      const dates = n.entries.map((e) => e.date);
      expect(new Set(dates).size, `${n.year}`).toBe(dates.length);
      for (const d of dates) expect(yearOfDay(parseIsoDate(d)!), d).toBe(n.year);
    }
  });

  it('puts every make-up working day on a Saturday or Sunday', () => {
    for (const e of CN_HOLIDAY_NOTICES.flatMap((n) => n.entries.filter((x) => x.kind === 'workday'))) {
      expect(isWeekend(parseIsoDate(e.date)!), e.date).toBe(true);
    }
  });

  it('cites the notices', () => {
    expect(notice(2024).notice).toContain('国办发明电〔2023〕7号');
    expect(notice(2025).notice).toContain('国办发明电〔2024〕12号');
    expect(notice(2026).notice).toContain('2025年11月');
  });

  it('gives the Spring Festival and Labour Day their extra day from 2025', () => {
    expect(period(2025, '春节')).toContain('2025-01-28'); // 除夕
    expect(period(2026, '春节')).toContain('2026-02-16'); // 除夕
    expect(period(2025, '劳动节')).toContain('2025-05-02');
    expect(period(2026, '春节')).toHaveLength(9);
    expect(period(2025, '国庆节、中秋节')).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
  });
});
