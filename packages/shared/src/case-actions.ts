import type { Role } from './roles.ts';
import type { CaseState } from './states.ts';

/**
 * The case state machine, as data. Every change of a case's state goes through one of these actions; the table
 * says from which states it may happen, where it leads and who may take it. Item-specific process (stages of
 * department nodes and their time limits) comes from the item version the case was opened under.
 *
 * Version it when its meaning changes: cases remember the machine version they ran under.
 */
export const CASE_MACHINE_VERSION = 1;

/**
 * Who may take an action, besides the roles: any staff member of the role, the case's applicant, the approver of
 * the node the action names, or an approver whose department has a running node on the case (supervisors act on
 * any case).
 */
export type Party = 'staff' | 'applicant' | 'node_department' | 'running_department';

export interface Transition {
  from: readonly CaseState[];
  /** Where it leads; `null` when the engine decides (e.g. the last node of the last stage → awaiting_seal). */
  to: CaseState | null;
  roles: readonly Role[];
  party: Party;
}

const WINDOW: readonly Role[] = ['window_clerk'];
const APPROVER: readonly Role[] = ['department_approver'];
const APPLICANT: readonly Role[] = ['citizen', 'enterprise_agent'];

export const TRANSITIONS = {
  /** Instant items (即办件): the window issues the result on the spot. */
  complete_instant: { from: ['checking'], to: 'completed', roles: WINDOW, party: 'staff' },
  /** Commitment items (承诺件): accepted with a promised date; the first stage starts. */
  accept: { from: ['checking'], to: 'in_progress', roles: WINDOW, party: 'staff' },
  notify_incomplete: { from: ['checking'], to: 'incomplete', roles: WINDOW, party: 'staff' },
  refuse: { from: ['checking', 'prereview'], to: 'refused', roles: WINDOW, party: 'staff' },
  prereview_accept: { from: ['prereview'], to: null, roles: WINDOW, party: 'staff' },
  request_correction: { from: ['prereview'], to: 'correction', roles: WINDOW, party: 'staff' },
  resubmit: { from: ['correction'], to: null, roles: [...APPLICANT, ...WINDOW], party: 'applicant' },
  node_approve: { from: ['in_progress'], to: null, roles: APPROVER, party: 'node_department' },
  node_reject: { from: ['in_progress'], to: 'rejected', roles: APPROVER, party: 'node_department' },
  /** A department sends the case back to the applicant for a correction. */
  node_return: { from: ['in_progress'], to: 'correction', roles: APPROVER, party: 'node_department' },
  suspend: {
    from: ['in_progress'],
    to: 'suspended',
    roles: [...APPROVER, 'supervisor'],
    party: 'running_department',
  },
  resume: {
    from: ['suspended'],
    to: 'in_progress',
    roles: [...APPROVER, 'supervisor'],
    party: 'running_department',
  },
  seal: { from: ['awaiting_seal'], to: 'completed', roles: WINDOW, party: 'staff' },
  withdraw: {
    from: ['checking', 'prereview', 'correction', 'in_progress', 'suspended'],
    to: 'withdrawn',
    roles: [...APPLICANT, ...WINDOW],
    party: 'applicant',
  },
} as const satisfies Record<string, Transition>;

export type CaseAction = keyof typeof TRANSITIONS;

/** Every action of the machine, in the table's order. */
export const CASE_ACTIONS = Object.keys(TRANSITIONS) as CaseAction[];

/** The actions the machine allows from a state (what the UI offers; authorization still decides per actor). */
export function actionsFrom(state: CaseState): CaseAction[] {
  return CASE_ACTIONS.filter((a) => (TRANSITIONS[a].from as readonly CaseState[]).includes(state));
}
