import { AppError, bilingual } from '../../errors.ts';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
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
  throw new AppError('forbidden', bilingual('这不是您可以查看的办件', 'This case is not yours to see.'));
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
