import type { Role } from '@yimen/shared/roles';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../identity/actor.ts';
import { maySee, topicsFor, topicsOf } from './event-visibility.ts';
import type { EventRow } from './events.repo.ts';

const STREET = '440604010';
const COMMUNITY = `${STREET}001`;
const GRID = `${COMMUNITY}001`;
const OTHER_GRID = '440604011002003';

const actor = (id: string, roles: Role[], more: Partial<Actor> = {}): Actor => ({
  id,
  kind: roles.includes('citizen') ? 'citizen' : 'staff',
  name: id,
  roles,
  departmentId: null,
  jurisdictionCode: null,
  districtCode: '440604',
  via: 'session',
  ...more,
});

const event = (more: Partial<EventRow>): EventRow =>
  ({
    district_code: '440604',
    street_code: STREET,
    community_code: COMMUNITY,
    grid_code: GRID,
    unit_id: null,
    reporter_user_id: null,
    grid_worker_id: null,
    ...more,
  }) as EventRow;

const people = {
  operator: actor('op', ['command_operator']),
  gridWorker: actor('gw', ['grid_worker'], { jurisdictionCode: GRID }),
  communityWorker: actor('cw', ['grid_worker'], { jurisdictionCode: COMMUNITY }),
  handler: actor('h', ['department_handler'], { departmentId: 'uml' }),
  otherHandler: actor('h2', ['department_handler'], { departmentId: 'env' }),
  citizen: actor('c', ['citizen']),
};

/** An event in a grid of another street, nowhere near the grid workers' areas. */
const away = (more: Partial<EventRow>) =>
  event({
    grid_code: OTHER_GRID,
    community_code: OTHER_GRID.slice(0, 12),
    street_code: OTHER_GRID.slice(0, 9),
    ...more,
  });

const events = {
  plain: event({}),
  elsewhere: away({}),
  toUnit: away({ unit_id: 'uml' }),
  byCitizen: away({ reporter_user_id: 'c' }),
  byWorkerAway: away({ reporter_user_id: 'gw' }),
  givenToWorker: away({ grid_worker_id: 'cw' }),
};

describe('event visibility', () => {
  it('gives each person the events of their area, unit, reports and tasks, and the centre all', () => {
    const sees = (a: Actor) =>
      Object.entries(events)
        .filter(([, e]) => maySee(a, e))
        .map(([k]) => k);
    expect(sees(people.operator)).toEqual(Object.keys(events));
    expect(sees(people.gridWorker)).toEqual(['plain', 'byWorkerAway']);
    expect(sees(people.communityWorker)).toEqual(['plain', 'givenToWorker']);
    expect(sees(people.handler)).toEqual(['toUnit']);
    expect(sees(people.otherHandler)).toEqual([]);
    expect(sees(people.citizen)).toEqual(['byCitizen']);
  });

  it('sends a live change to a person exactly when they may see the event', () => {
    for (const a of Object.values(people)) {
      const listening = new Set(topicsFor(a));
      for (const [name, e] of Object.entries(events)) {
        const hears = topicsOf(e).some((topic) => listening.has(topic));
        expect(hears, `${a.id} hears ${name}`).toBe(maySee(a, e));
      }
    }
    // A community's grid worker listens to the community, not the whole district.
    expect(topicsFor(people.communityWorker)).toEqual(['user:cw', `community:${COMMUNITY}`]);
  });
});
