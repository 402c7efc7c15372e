import { describe, expect, it } from 'vitest';
import { eventFactory } from './event.factory.ts';
import { type Actor, availableActions, isTaskFor } from './event-actions.ts';

const actor = (roles: string[], extra: Partial<Actor> = {}): Actor => ({
  id: 'u-1',
  roles,
  departmentId: null,
  jurisdictionCode: null,
  ...extra,
});

describe('available event actions', () => {
  it('lets the grid worker of the grid confirm or reject a new report, and nobody else in the field', () => {
    const e = eventFactory({ state: 'reported', gridCode: '440604012001001' });
    const mine = actor(['grid_worker'], { jurisdictionCode: '440604012001001' });
    const other = actor(['grid_worker'], { jurisdictionCode: '440604010001001' });
    expect(availableActions(e, mine)).toEqual(['confirm', 'reject']);
    expect(availableActions(e, other)).toEqual([]);
    expect(availableActions({ ...e, gridWorkerId: 'u-1' }, other)).toEqual(['confirm', 'reject']);
  });

  it("makes a grid worker's tasks only what they can do now: not their report in another grid, not the unit's step", () => {
    const worker = actor(['grid_worker'], { jurisdictionCode: '440604012001001' });
    const inGrid = { gridCode: '440604012001001' };
    expect(isTaskFor(eventFactory({ state: 'reported', ...inGrid }), worker)).toBe(true);
    expect(isTaskFor(eventFactory({ state: 'disposed', ...inGrid }), worker)).toBe(true);
    expect(isTaskFor(eventFactory({ state: 'dispatched', ...inGrid }), worker)).toBe(false);
    expect(isTaskFor(eventFactory({ state: 'reported', gridCode: '440604010001001' }), worker)).toBe(false);
  });

  it('gives the unit it was dispatched to dispose and send back, not another unit', () => {
    const e = eventFactory({ state: 'dispatched', unitId: 'uml' });
    expect(availableActions(e, actor(['department_handler'], { departmentId: 'uml' }))).toEqual([
      'send_back',
      'dispose',
    ]);
    expect(availableActions(e, actor(['department_handler'], { departmentId: 'env' }))).toEqual([]);
  });

  it('gives the command centre the corrections and the side roads', () => {
    const op = actor(['command_operator']);
    expect(availableActions(eventFactory({ state: 'reported' }), op)).toEqual([
      'confirm',
      'reject',
      'void',
      'reclassify',
      'merge',
    ]);
    expect(availableActions(eventFactory({ state: 'dispatched' }), op)).toEqual([
      'void',
      'reclassify',
      'park',
      'merge',
    ]);
    expect(availableActions(eventFactory({ state: 'parked' }), op)).toEqual(['resume']);
    expect(availableActions(eventFactory({ state: 'disposed' }), op)).toEqual(['check_pass', 'check_fail']);
  });

  it('lets the supervisor supervise open events only', () => {
    const sup = actor(['supervisor']);
    expect(availableActions(eventFactory({ state: 'dispatched' }), sup)).toEqual(['supervise']);
    expect(availableActions(eventFactory({ state: 'closed' }), sup)).toEqual([]);
    expect(availableActions(eventFactory({ state: 'dispatched' }), actor(['administrator']))).toEqual([]);
  });
});
