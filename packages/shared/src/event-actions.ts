import type { Role } from './roles.ts';
import type { EventState } from './states.ts';

/** The steps of an event's life (上报 → 立案 → 派遣 → 处置 → 核查 → 结案, and the side roads), in a stable order. */
export const GOV_ACTIONS = [
  'confirm',
  'reject',
  'void',
  'reclassify',
  'send_back',
  'dispose',
  'check_pass',
  'check_fail',
  'park',
  'resume',
  'supervise',
  'merge',
  'rate',
] as const;
export type GovAction = (typeof GOV_ACTIONS)[number];

/**
 * Whose step it is besides the role: the event's grid (its grid worker, or anyone whose jurisdiction covers the
 * grid; the command centre and supervisors always), the unit it was dispatched to, the command centre, the
 * reporter, or anyone of the role.
 */
export type EventParty = 'grid' | 'unit' | 'centre' | 'reporter' | 'any';

export interface EventActionRule {
  from: readonly EventState[];
  roles: readonly Role[];
  party: EventParty;
}

/** Who does what, from which states. */
export const EVENT_ACTIONS: Readonly<Record<GovAction, EventActionRule>> = {
  confirm: { from: ['reported'], roles: ['grid_worker', 'command_operator'], party: 'grid' },
  reject: { from: ['reported'], roles: ['grid_worker', 'command_operator'], party: 'grid' },
  void: { from: ['reported', 'dispatched'], roles: ['command_operator'], party: 'centre' },
  reclassify: { from: ['reported', 'dispatched'], roles: ['command_operator'], party: 'centre' },
  send_back: {
    from: ['reported', 'dispatched'],
    roles: ['department_handler', 'department_approver'],
    party: 'unit',
  },
  dispose: { from: ['dispatched'], roles: ['department_handler', 'department_approver'], party: 'unit' },
  check_pass: { from: ['disposed'], roles: ['grid_worker', 'command_operator'], party: 'grid' },
  check_fail: { from: ['disposed'], roles: ['grid_worker', 'command_operator'], party: 'grid' },
  park: { from: ['dispatched'], roles: ['command_operator'], party: 'centre' },
  resume: { from: ['parked'], roles: ['command_operator'], party: 'centre' },
  supervise: { from: ['reported', 'dispatched', 'disposed', 'parked'], roles: ['supervisor'], party: 'any' },
  merge: { from: ['reported', 'dispatched'], roles: ['command_operator'], party: 'centre' },
  rate: { from: ['closed'], roles: ['citizen', 'enterprise_agent'], party: 'reporter' },
};

/** The person taking a step, as the rules need them. */
export interface EventActor {
  id: string;
  roles: readonly string[];
  departmentId: string | null;
  jurisdictionCode: string | null;
}

/** The event, as the rules need it. */
export interface EventParties {
  state: EventState;
  gridCode: string;
  gridWorkerId?: string | null | undefined;
  unitId: string | null;
  /** The reporter's account; only the rating step needs it (a reader who does not know it cannot rate). */
  reporterUserId?: string | null;
}

/** Which party the actor is not (the event's grid, its unit, its reporter), or null when they are the party. */
export function missedParty(
  actor: EventActor,
  e: EventParties,
  party: EventParty,
): 'grid' | 'unit' | 'reporter' | null {
  const centre = actor.roles.includes('command_operator') || actor.roles.includes('supervisor');
  const coversGrid = actor.jurisdictionCode !== null && e.gridCode.startsWith(actor.jurisdictionCode);
  if (party === 'grid' && !centre && e.gridWorkerId !== actor.id && !coversGrid) return 'grid';
  if (party === 'unit' && (actor.departmentId === null || actor.departmentId !== e.unitId)) return 'unit';
  if (party === 'reporter' && (e.reporterUserId ?? null) !== actor.id) return 'reporter';
  return null;
}

/** The steps of `among` the actor may take on the event now (role, state and party), in the order given. */
export function allowedEventActions(
  actor: EventActor,
  e: EventParties,
  among: readonly GovAction[] = GOV_ACTIONS,
): GovAction[] {
  return among.filter((action) => {
    const rule = EVENT_ACTIONS[action];
    return (
      rule.from.includes(e.state) &&
      rule.roles.some((role) => actor.roles.includes(role)) &&
      missedParty(actor, e, rule.party) === null
    );
  });
}
