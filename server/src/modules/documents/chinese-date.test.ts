import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatChineseDateTime } from './chinese-date.ts';

describe('Chinese dates', () => {
  it('print in Asia/Shanghai time without leading zeros in month and day', () => {
    expect(formatChineseDate(new Date('2026-11-22T02:00:00Z'))).toBe('2026年11月22日');
    expect(formatChineseDate(new Date('2026-01-04T16:00:00Z'))).toBe('2026年1月5日');
    expect(formatChineseDateTime(new Date('2026-12-31T16:05:00Z'))).toBe('2027年1月1日 00:05');
  });

  it('refuse an invalid date instead of printing NaN', () => {
    expect(() => formatChineseDate(new Date('not a date'))).toThrow(/invalid date/);
  });
});
