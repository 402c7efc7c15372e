import { describe, expect, it } from 'vitest';
import { days, hours } from './minor-rows.ts';
import { limitsFor } from './severity-limits.ts';
import { TAXONOMY } from './taxonomy.data.ts';

const minor = (code: string) => TAXONOMY.minors.find((m) => m.code === code)!;

describe('limitsFor', () => {
  it('gives the class limits at the default severity', () => {
    expect(limitsFor(minor('06010'))).toEqual(minor('06010').limits);
  });

  it('caps every stage when a general class is reported as urgent', () => {
    const limits = limitsFor(minor('06012'), 'urgent'); // 油烟污染: 3 working days by default
    expect(limits.dispose).toEqual(days(1));
    expect(limits.verify).toEqual(hours(1));
    expect(limits.accept).toEqual(hours(1));
  });

  it('caps harder for critical, but never lengthens a limit that is already shorter', () => {
    expect(limitsFor(minor('06012'), 'critical').dispose).toEqual(hours(4));
    expect(limitsFor(minor('06027'), 'critical').dispose).toEqual(hours(2)); // 路面塌陷 is critical already
    expect(limitsFor(minor('09012'), 'critical').dispose).toEqual(hours(2)); // 2 h is shorter than the 4 h cap
  });

  it('prefers the class’s own limits for a severity', () => {
    expect(limitsFor(minor('06013'), 'urgent').dispose).toEqual(hours(4)); // 道路破损
    expect(limitsFor(minor('08016'), 'urgent').dispose).toEqual(days(1)); // 无证建设: stop the works
  });

  it('keeps the class limits when a report is judged milder than the class', () => {
    expect(limitsFor(minor('01001'), 'general')).toEqual(minor('01001').limits);
  });
});
