import { describe, expect, it } from 'vitest';
import { dayLabel, shanghaiClock } from './appointment-time.ts';

describe('the times of a booking', () => {
  it('are China Standard Time whatever the browser’s zone', () => {
    expect(shanghaiClock('2026-12-08T01:30:00.000Z')).toBe('09:30');
    expect(shanghaiClock('2026-12-08T09:00:00.000Z')).toBe('17:00');
    // 2026-12-07 23:00 UTC is already the 8th in Foshan.
    expect(dayLabel('2026-12-07T23:00:00.000Z', 'zh-CN')).toBe('12月8日周二');
  });
});
