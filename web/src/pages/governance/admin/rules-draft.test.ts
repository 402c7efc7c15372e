import { describe, expect, it } from 'vitest';
import type { RoutingRule } from '../../../api/governance.ts';
import {
  checkRows,
  crossesMidnight,
  daysLabel,
  insertRow,
  isChanged,
  moveRow,
  moveRowTo,
  newRow,
  removeRow,
  rowErrorOf,
  rowsFromRules,
  rulesFromRows,
  shadowOf,
  updateRow,
} from './rules-draft.ts';

const rule = (position: number, overrides: Partial<RoutingRule> = {}): RoutingRule => ({
  id: `r${position}`,
  position,
  classPattern: '06013',
  areaCode: null,
  timeWindow: null,
  unitId: 'hcb',
  unitName: '住建局',
  userId: null,
  note: '',
  active: true,
  ...overrides,
});

let n = 0;
const key = () => `k${++n}`;

const texts = {
  classRequired: 'class?',
  unitRequired: 'unit?',
  daysRequired: 'days?',
  clockInvalid: 'clock?',
  clockSame: 'same?',
  noteTooLong: 'long?',
};

describe('the responsibility list while it is edited', () => {
  it('keeps the saved order and sends the lines back without ids, positions or unit names', () => {
    const rows = rowsFromRules(
      [
        rule(2, { classPattern: '06', unitId: 'uml', note: ' 市容 ' }),
        rule(1, { timeWindow: { days: [7, 1], from: '22:00', to: '06:00' } }),
      ],
      key,
    );
    expect(rows.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(rulesFromRows(rows)).toEqual([
      {
        classPattern: '06013',
        areaCode: null,
        timeWindow: { days: [1, 7], from: '22:00', to: '06:00' },
        unitId: 'hcb',
        userId: null,
        note: '',
        active: true,
      },
      {
        classPattern: '06',
        areaCode: null,
        timeWindow: null,
        unitId: 'uml',
        userId: null,
        note: '市容',
        active: true,
      },
    ]);
  });

  it('moves a line up and down, and not past either end', () => {
    expect(moveRow(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds, changes and deletes lines, and notices when the list differs from the saved one', () => {
    const saved = rowsFromRules([rule(1), rule(2, { classPattern: '06' })], key);
    const added = insertRow(saved, 1, newRow('new'));
    expect(added.map((r) => r.key)).toEqual([saved[0]!.key, 'new', saved[1]!.key]);
    expect(insertRow(saved, 99, newRow('end')).at(-1)!.key).toBe('end');
    expect(isChanged(added, saved)).toBe(true);
    expect(isChanged(removeRow(added, 'new'), saved)).toBe(false);
    expect(isChanged(moveRow(saved, 0, 1), saved)).toBe(true);
    expect(updateRow(saved, saved[0]!.key, { active: false })[0]!.active).toBe(false);
  });

  it('finds lines without class or unit and time windows that cannot work, before the server does', () => {
    const rows = [
      { ...newRow('a'), classPattern: '06', unitId: 'uml' },
      newRow('b'),
      {
        ...newRow('c'),
        classPattern: '*',
        unitId: 'psb',
        timeWindow: { days: [], from: '08:00', to: '18:00' },
      },
      {
        ...newRow('d'),
        classPattern: '*',
        unitId: 'psb',
        timeWindow: { days: [1], from: '08:00', to: '08:00' },
      },
      {
        ...newRow('e'),
        classPattern: '*',
        unitId: 'psb',
        timeWindow: { days: [1], from: '8:00', to: '18:00' },
      },
      { ...newRow('f'), classPattern: '*', unitId: 'psb', note: 'x'.repeat(201) },
    ];
    expect(checkRows(rows, texts)).toEqual({
      b: { classPattern: 'class?', unitId: 'unit?' },
      c: { timeWindow: 'days?' },
      d: { timeWindow: 'same?' },
      e: { timeWindow: 'clock?' },
      f: { note: 'long?' },
    });
  });

  it('puts a server refusal on the line it names, even after the lines moved', () => {
    const sent = ['a', 'b', 'c', 'd'];
    expect(rowErrorOf('rules.3.unitId', sent)).toEqual({ key: 'd', field: 'unitId' });
    expect(rowErrorOf('rules.0.timeWindow.days', sent)).toEqual({ key: 'a', field: 'timeWindow' });
    expect(rowErrorOf('rules.1.timeWindow', sent)).toEqual({ key: 'b', field: 'timeWindow' });
    expect(rowErrorOf('rules.9.unitId', sent)).toBeNull();
    expect(rowErrorOf('rules', sent)).toBeNull();
    expect(rowErrorOf(undefined, sent)).toBeNull();
  });

  it('says the days of a window as people do', () => {
    const days = {
      everyDay: '每天',
      workdays: '工作日',
      weekend: '周末',
      day: (d: number) => '一二三四五六日'[d - 1]!,
      separator: '、',
    };
    expect(daysLabel([7, 6, 5, 4, 3, 2, 1], days)).toBe('每天');
    expect(daysLabel([1, 2, 3, 4, 5], days)).toBe('工作日');
    expect(daysLabel([6, 7], days)).toBe('周末');
    expect(daysLabel([3, 1], days)).toBe('一、三');
    expect(crossesMidnight({ days: [1], from: '22:00', to: '06:00' })).toBe(true);
    expect(crossesMidnight({ days: [1], from: '08:00', to: '18:00' })).toBe(false);
  });
});

describe('a line shadowed by a wider line above it', () => {
  const rows = (...rules: Array<Partial<RoutingRule>>) =>
    rowsFromRules(
      rules.map((r, i) => rule(i + 1, r)),
      (() => {
        let k = 0;
        return () => `k${k++}`;
      })(),
    );

  it('is found when a line above covers its class, area and hours', () => {
    const list = rows(
      { classPattern: '06', unitId: 'uml' },
      { classPattern: '06029', unitId: 'amr' },
      { classPattern: '06029', unitId: 'uml' },
    );
    expect(shadowOf(list, 0)).toBeNull();
    expect(shadowOf(list, 1)).toEqual({ line: 1, sameUnit: false });
    expect(shadowOf(list, 2)).toEqual({ line: 1, sameUnit: true });
    // Moved above the class line, the new line is no longer shadowed, and the class line is not either.
    const moved = moveRowTo(list, 1, 0);
    expect(moved.map((r) => r.unitId)).toEqual(['amr', 'uml', 'uml']);
    expect(shadowOf(moved, 0)).toBeNull();
    expect(shadowOf(moved, 1)).toBeNull();
  });

  it('is not found when the line above is narrower in area or hours, inactive, or about another class', () => {
    const night = { days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00' };
    expect(
      shadowOf(rows({ classPattern: '06', areaCode: '440604010' }, { classPattern: '06013' }), 1),
    ).toBeNull();
    expect(
      shadowOf(rows({ classPattern: '06', timeWindow: night }, { classPattern: '06013' }), 1),
    ).toBeNull();
    expect(shadowOf(rows({ classPattern: '06', active: false }, { classPattern: '06013' }), 1)).toBeNull();
    expect(shadowOf(rows({ classPattern: '09' }, { classPattern: '06013' }), 1)).toBeNull();
    // A wider area, the same hours, or every class: shadowed.
    expect(
      shadowOf(rows({ areaCode: '440604010' }, { areaCode: '440604010001', classPattern: '06013' }), 1)?.line,
    ).toBe(1);
    expect(
      shadowOf(
        rows({ classPattern: '*', timeWindow: night }, { classPattern: '06013', timeWindow: night }),
        1,
      )?.line,
    ).toBe(1);
  });
});

describe('moving a line to a place', () => {
  it('takes it out and puts it in at the place, the others keeping their order', () => {
    expect(moveRowTo(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveRowTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveRowTo(['a', 'b'], 1, -5)).toEqual(['b', 'a']);
    expect(moveRowTo(['a', 'b'], 7, 0)).toEqual(['a', 'b']);
  });
});
