import type { EventState, EventSummary, GovAction } from '../../api/governance.ts';

/** The staff member as the rules need them (see Me in api/types.ts). */
export interface Actor {
  id: string;
  roles: readonly string[];
  departmentId: string | null;
  jurisdictionCode: string | null;
}

type Party = 'grid' | 'unit' | 'centre' | 'any';

/**
 * Who may take which step from which states, as the server's table says (server/src/modules/governance/events/
 * event-actions.ts). The screens offer these buttons and no others; the server checks again. Rating is the
 * reporter's and lives on the citizen's page.
 */
const RULES: Record<
  Exclude<GovAction, 'rate'>,
  { from: readonly EventState[]; roles: readonly string[]; party: Party }
> = {
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
};

const STAFF_ORDER = Object.keys(RULES) as Exclude<GovAction, 'rate'>[];

function isParty(actor: Actor, e: EventSummary, party: Party): boolean {
  const centre = actor.roles.includes('command_operator') || actor.roles.includes('supervisor');
  if (party === 'grid') {
    return (
      centre ||
      e.gridWorkerId === actor.id ||
      (actor.jurisdictionCode !== null && e.gridCode.startsWith(actor.jurisdictionCode))
    );
  }
  if (party === 'unit') return actor.departmentId !== null && actor.departmentId === e.unitId;
  return true;
}

/** The steps this member of staff may take on the event now, in a stable order. */
export function availableActions(e: EventSummary, actor: Actor): GovAction[] {
  return STAFF_ORDER.filter((action) => {
    const rule = RULES[action];
    return (
      rule.from.includes(e.state) &&
      rule.roles.some((role) => actor.roles.includes(role)) &&
      isParty(actor, e, rule.party)
    );
  });
}

/**
 * Whether the event is a task of the staff member now: a step is theirs to take. A grid worker sees more than
 * their tasks (their own reports elsewhere, events waiting for a unit); only these are rows to act on.
 */
export const isTaskFor = (e: EventSummary, actor: Actor): boolean => availableActions(e, actor).length > 0;

/** Steps that need reasons (one per line, each a line of the record). */
export const NEEDS_REASONS: ReadonlySet<GovAction> = new Set([
  'reject',
  'void',
  'send_back',
  'check_fail',
  'park',
]);
