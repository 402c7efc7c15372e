import { type CaseAction, TRANSITIONS } from '@yimen/shared/case-actions';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
import { caseErrors } from './cases.errors.ts';
import type { CaseRow, NodeRow } from './cases.repo.ts';

/**
 * Who may read a case: window clerks (any window serves any case), supervisors and administrators, approvers of
 * a department with a node on it, and the applicant's own portal account. Everyone else gets 403 (audited).
 */
export function authorizeCaseRead(ctx: RequestContext, c: CaseRow, nodes: NodeRow[]): Actor {
  const actor = authorize(ctx, {
    roles: [
      'window_clerk',
      'supervisor',
      'administrator',
      'department_approver',
      'citizen',
      'enterprise_agent',
    ],
  });
  if (actor.roles.some((r) => r === 'window_clerk' || r === 'supervisor' || r === 'administrator'))
    return actor;
  if (
    actor.roles.includes('department_approver') &&
    nodes.some((n) => n.department_id === actor.departmentId)
  ) {
    return actor;
  }
  if (isOwnCase(actor, c)) return actor;
  throw caseErrors.notYoursToSee();
}

/**
 * The applicant's own case: their person's case (online or at a window: the account's verified person is the
 * applicant), or an enterprise's case filed from this account while the enterprise still authorizes the account's
 * phone (a revoked or expired agent no longer reads or acts on it).
 */
export function isOwnCase(
  actor: Actor,
  c: Pick<CaseRow, 'applicant_user_id' | 'enterprise_id' | 'person_id'>,
): boolean {
  if (c.person_id !== null && actor.personId && c.person_id === actor.personId) return true;
  if (c.applicant_user_id === null || c.applicant_user_id !== actor.id) return false;
  return c.enterprise_id === null || (actor.agentFor ?? []).includes(c.enterprise_id);
}

const runsANode = (actor: Actor, nodes: NodeRow[]) =>
  nodes.some((n) => n.state === 'active' && n.department_id === actor.departmentId);

/**
 * Whether the actor, who holds one of the action's roles, is the party it needs on this case: the applicant's own
 * account (a window clerk acts for any applicant), or an approver whose department has a running node (a
 * supervisor acts on any case). The node an approval names is checked by the action itself.
 */
export function isCaseParty(actor: Actor, action: CaseAction, c: CaseRow, nodes: NodeRow[]): boolean {
  const t = TRANSITIONS[action];
  if (t.party === 'applicant' && actor.kind === 'citizen') return isOwnCase(actor, c);
  if (t.party === 'node_department') return runsANode(actor, nodes);
  if (t.party === 'running_department') return actor.roles.includes('supervisor') || runsANode(actor, nodes);
  return true;
}

/** Refuses, before anything is written, an actor who is not the party the action needs on this case. */
export function authorizeCaseParty(actor: Actor, action: CaseAction, c: CaseRow, nodes: NodeRow[]): void {
  if (isCaseParty(actor, action, c, nodes)) return;
  throw TRANSITIONS[action].party === 'applicant' ? caseErrors.notYourCase() : caseErrors.noRunningNode();
}
