/**
 * Dates as Chinese documents print them, in Asia/Shanghai time. China has kept UTC+8 without daylight saving since
 * 1991, so a fixed offset is exact for any date a document carries and needs no ICU time-zone data. Months and days
 * carry no leading zero (GB/T 9704-2012 7.3.5.3: 1 is not written 01).
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function shanghai(date: Date) {
  if (Number.isNaN(date.getTime())) throw new Error('invalid date');
  const t = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
  };
}

/** 2026年11月22日 */
export function formatChineseDate(date: Date): string {
  const { year, month, day } = shanghai(date);
  return `${year}年${month}月${day}日`;
}

/** 2026年11月22日 09:05 */
export function formatChineseDateTime(date: Date): string {
  const { hour, minute } = shanghai(date);
  return `${formatChineseDate(date)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
