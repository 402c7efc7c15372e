import { describe, expect, it } from 'vitest';
import { allowedEventActions, type EventActor, type EventParties, missedParty } from './event-actions.ts';

const actor = (roles: string[], extra: Partial<EventActor> = {}): EventActor => ({
  id: 'u-1',
  roles,
  departmentId: null,
  jurisdictionCode: null,
  ...extra,
});
const event = (extra: Partial<EventParties> = {}): EventParties => ({
  state: 'dispatched',
  gridCode: '440604012001001',
  gridWorkerId: null,
  unitId: 'uml',
  reporterUserId: null,
  ...extra,
});

describe('the event action table', () => {
  it('lets only the reporter rate a closed event', () => {
    const closed = event({ state: 'closed', reporterUserId: 'u-1' });
    expect(allowedEventActions(actor(['citizen']), closed)).toEqual(['rate']);
    expect(allowedEventActions(actor(['citizen'], { id: 'u-2' }), closed)).toEqual([]);
    expect(allowedEventActions(actor(['citizen']), { ...closed, reporterUserId: undefined })).toEqual([]);
  });

  it('names the party the actor is not', () => {
    expect(missedParty(actor(['grid_worker']), event(), 'grid')).toBe('grid');
    expect(missedParty(actor(['command_operator']), event(), 'grid')).toBeNull();
    expect(missedParty(actor(['department_handler']), event({ unitId: null }), 'unit')).toBe('unit');
    expect(missedParty(actor(['department_handler'], { departmentId: 'uml' }), event(), 'unit')).toBeNull();
    expect(missedParty(actor(['supervisor']), event(), 'any')).toBeNull();
  });

  it('keeps the order asked for', () => {
    const op = actor(['command_operator']);
    expect(allowedEventActions(op, event(), ['merge', 'void'])).toEqual(['merge', 'void']);
  });
});
