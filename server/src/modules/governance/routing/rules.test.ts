import { describe, expect, it } from 'vitest';
import type { LocateResult } from '../../geography/geo-types.ts';
import { chinaWeekMinute, inWindow, type RoutingRule, RuleBook } from './rules.ts';

const place = (microGrid: string): LocateResult => {
  const ref = (code: string) => ({ code, name: code });
  return {
    district: ref(microGrid.slice(0, 6)),
    street: ref(microGrid.slice(0, 9)),
    community: ref(microGrid.slice(0, 12)),
    grid: ref(microGrid.slice(0, 15)),
    microGrid: ref(microGrid),
  } as unknown as LocateResult;
};

let n = 0;
const rule = (over: Partial<RoutingRule>): RoutingRule => ({
  id: `r${++n}`,
  position: n,
  classPattern: '*',
  areaCode: null,
  timeWindow: null,
  unitId: 'uml',
  userId: null,
  note: '',
  active: true,
  ...over,
});

const names = {
  unit: (id: string) => `单位${id}`,
  unitEn: (id: string) => `Unit ${id}`,
  area: (c: string) => `区域${c}`,
  className: (c: string) => `类${c}`,
  classNameEn: (c: string) => `Class ${c}`,
};
// A Wednesday at 10:00 and at 23:30, China time.
const wednesdayMorning = new Date('2026-12-02T02:00:00Z');
const wednesdayNight = new Date('2026-12-02T15:30:00Z');

describe('China time', () => {
  it('gives the ISO weekday and the minute of the day in China', () => {
    expect(chinaWeekMinute(wednesdayMorning)).toEqual({ day: 3, minute: 600 });
    expect(chinaWeekMinute(new Date('2026-12-06T16:30:00Z'))).toEqual({ day: 1, minute: 30 });
  });

  it('treats a window that runs past midnight as belonging to the day it starts on', () => {
    const nights = { days: [1, 2, 3, 4, 5], from: '22:00', to: '06:00' };
    expect(inWindow(nights, wednesdayNight)).toBe(true);
    expect(inWindow(nights, wednesdayMorning)).toBe(false);
    // 01:00 on Saturday is still Friday's night; 01:00 on Monday is Sunday's, which the window leaves out.
    expect(inWindow(nights, new Date('2026-12-04T17:00:00Z'))).toBe(true);
    expect(inWindow(nights, new Date('2026-12-06T17:00:00Z'))).toBe(false);
  });
});

describe('the responsibility list', () => {
  const offices = new Map([['440604010', 'st-a']]);

  it('takes the first rule in list order whose class, area and time all fit, and says which', () => {
    const book = new RuleBook(
      [
        rule({ position: 1, classPattern: '06013', areaCode: '440604011', unitId: 'other-street' }),
        rule({
          position: 2,
          classPattern: '06028',
          timeWindow: { days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00' },
          unitId: 'psb',
        }),
        rule({ position: 3, classPattern: '06', unitId: 'uml' }),
        rule({ position: 4, classPattern: '06013', unitId: 'hcb' }),
      ],
      offices,
      'ccc',
      names,
    );
    const at = place('44060401000100101');
    const road = book.decide({ classCode: '06013', location: at, at: wednesdayMorning });
    expect(road).toMatchObject({ unitId: 'uml', fallback: false });
    expect(road.reason.zh).toContain('第 3 条');
    expect(book.decide({ classCode: '06028', location: at, at: wednesdayNight }).unitId).toBe('psb');
    expect(book.decide({ classCode: '06028', location: at, at: wednesdayMorning }).unitId).toBe('uml');
    expect(
      book.decide({ classCode: '06013', location: place('44060401100100101'), at: wednesdayMorning }).unitId,
    ).toBe('other-street');
  });

  it('never leaves an event unassigned: the street office takes what no rule takes, else the command centre', () => {
    const book = new RuleBook(
      [rule({ classPattern: '09', unitId: 'uml', active: false })],
      offices,
      'ccc',
      names,
    );
    const inStreet = book.decide({
      classCode: '09006',
      location: place('44060401000100101'),
      at: wednesdayMorning,
    });
    expect(inStreet).toMatchObject({ unitId: 'st-a', fallback: true, ruleId: null });
    expect(inStreet.reason.zh).toContain('兜底');
    const elsewhere = book.decide({
      classCode: '09006',
      location: place('44060401200100101'),
      at: wednesdayMorning,
    });
    expect(elsewhere).toMatchObject({ unitId: 'ccc', fallback: true });
  });
});
