import { describe, expect, it } from 'vitest';
import { isIsoDateOrDateTime, isW3cDateTime, parseW3cDateTime } from './datetime.ts';

describe('W3C date-times', () => {
  it('need a time and a zone, and a date that exists', () => {
    for (const ok of [
      '1994-11-05T08:15:30-05:00',
      '1994-11-05T13:15:30Z',
      '2026-12-02T15:04+08:00',
      '2026-12-02T15:04:05.123+08:00',
    ]) {
      expect(isW3cDateTime(ok), ok).toBe(true);
    }
    for (const bad of [
      '2026-12-02',
      '2026-12-02T15:04:05',
      '2026-12-02 15:04:05+08:00',
      '2026-02-29T00:00:00Z',
      '2026-12-02T24:00:00Z',
      '2026-12-02T15:04:05+0800',
    ]) {
      expect(isW3cDateTime(bad), bad).toBe(false);
    }
  });

  it('parse to the same instant whatever the offset', () => {
    expect(parseW3cDateTime('1994-11-05T08:15:30-05:00')?.getTime()).toBe(
      parseW3cDateTime('1994-11-05T13:15:30Z')?.getTime(),
    );
    expect(parseW3cDateTime('2010-01-01')).toBeNull();
  });

  it('for attribute input also allow a date alone or no zone', () => {
    expect(isIsoDateOrDateTime('2024-02-29')).toBe(true);
    expect(isIsoDateOrDateTime('2026-11-29T20:15')).toBe(true);
    expect(isIsoDateOrDateTime('29/11/2026')).toBe(false);
  });
});
