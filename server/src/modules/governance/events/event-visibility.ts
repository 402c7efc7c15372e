import { type Actor, coversArea } from '../../identity/actor.ts';
import type { EventRow } from './events.repo.ts';

/** Everyone who may see some events: each sees those their visibility (below) allows. */
export const VIEW_ROLES = [
  'citizen',
  'enterprise_agent',
  'grid_worker',
  'command_operator',
  'supervisor',
  'administrator',
  'inspector',
  'department_handler',
  'department_approver',
] as const;

const CENTRE_ROLES: readonly string[] = ['command_operator', 'supervisor', 'administrator', 'inspector'];

/**
 * Which events a person may see, in one place for the event page, the lists and the live stream: the centre
 * sees the whole district; anyone else the events they reported, plus, for a grid worker, those in their area
 * or given to them, and for a unit's staff, those dispatched to their unit.
 */
export type EventVisibility =
  | { all: true; districtCode: string }
  | {
      all: false;
      reporterId: string;
      gridWorkerId: string | null;
      /** A grid, community or street code: the events in it. */
      areaCode: string | null;
      unitId: string | null;
    };

export function visibilityOf(actor: Actor): EventVisibility {
  if (actor.roles.some((r) => CENTRE_ROLES.includes(r)))
    return { all: true, districtCode: actor.districtCode };
  const gridWorker = actor.roles.includes('grid_worker');
  const unitStaff = actor.roles.includes('department_handler') || actor.roles.includes('department_approver');
  return {
    all: false,
    reporterId: actor.id,
    gridWorkerId: gridWorker ? actor.id : null,
    areaCode: gridWorker ? (actor.jurisdictionCode ?? null) : null,
    unitId: unitStaff ? (actor.departmentId ?? null) : null,
  };
}

/** Whether the actor may see the event. */
export function maySee(actor: Actor, e: EventRow): boolean {
  const v = visibilityOf(actor);
  return (
    v.all ||
    e.reporter_user_id === v.reporterId ||
    (v.gridWorkerId !== null && e.grid_worker_id === v.gridWorkerId) ||
    (v.areaCode !== null && coversArea(v.areaCode, e.grid_code)) ||
    (v.unitId !== null && e.unit_id === v.unitId)
  );
}

/** The live topics an event's changes go to: one for each way of seeing it. */
export function topicsOf(e: EventRow): string[] {
  return [
    `district:${e.district_code}`,
    `street:${e.street_code}`,
    ...(e.community_code ? [`community:${e.community_code}`] : []),
    `grid:${e.grid_code}`,
    ...(e.unit_id ? [`unit:${e.unit_id}`] : []),
    ...[e.reporter_user_id, e.grid_worker_id].filter((id) => id !== null).map((id) => `user:${id}`),
  ];
}

/** The live topics an actor listens to: the events they may see, as topicsOf names them. */
export function topicsFor(actor: Actor): string[] {
  const v = visibilityOf(actor);
  if (v.all) return [`district:${v.districtCode}`];
  const topics = [`user:${v.reporterId}`];
  if (v.unitId) topics.push(`unit:${v.unitId}`);
  if (v.areaCode) topics.push(areaTopic(v.areaCode));
  return topics;
}

/** A grid (15 digits), community (12), street (9) or the district (6) as a topic. */
const areaTopic = (code: string) =>
  code.length >= 15
    ? `grid:${code.slice(0, 15)}`
    : code.length >= 12
      ? `community:${code.slice(0, 12)}`
      : code.length >= 9
        ? `street:${code.slice(0, 9)}`
        : `district:${code.slice(0, 6)}`;
