import { describe, expect, it } from 'vitest';
import { durationParts, msLeftByServer, shareColour, urgencyOf } from './time-left.ts';

const HOUR = 3_600_000;

describe('time left on a deadline', () => {
  it('turns orange in the last day and red once passed', () => {
    expect(urgencyOf(3 * 24 * HOUR)).toBe('ok');
    expect(urgencyOf(23 * HOUR)).toBe('soon');
    expect(urgencyOf(-1)).toBe('overdue');
  });

  it('shows the two largest units, and at least a minute while any time is left', () => {
    expect(durationParts(2 * 24 * HOUR + 5 * HOUR + 59_000)).toMatchObject({
      unit: 'days',
      days: 2,
      hours: 5,
    });
    expect(durationParts(-(3 * HOUR + 20 * 60_000))).toMatchObject({ unit: 'hours', hours: 3, minutes: 20 });
    expect(durationParts(20_000)).toMatchObject({ unit: 'minutes', minutes: 1 });
  });

  it('colours the share of the limit used', () => {
    expect(shareColour(0.5)).toBe('green');
    expect(shareColour(0.75)).toBe('orange');
    expect(shareColour(0.99)).toBe('orange');
    expect(shareColour(1)).toBe('red');
    expect(shareColour(1.4)).toBe('red');
  });

  it("counts down from the server's clock, whatever this machine's clock says", () => {
    const due = '2026-03-10T08:00:00.000Z';
    // The server is five days ahead of this machine: the node is an hour overdue by its clock.
    const serverNow = '2026-03-10T09:00:00.000Z';
    const fetchedAt = Date.parse('2026-03-05T09:00:00.000Z');
    expect(msLeftByServer(due, serverNow, fetchedAt, fetchedAt)).toBe(-HOUR);
    // Thirty minutes after the answer arrived, thirty minutes more have passed on the server too.
    expect(msLeftByServer(due, serverNow, fetchedAt, fetchedAt + HOUR / 2)).toBe(-1.5 * HOUR);
  });
});
