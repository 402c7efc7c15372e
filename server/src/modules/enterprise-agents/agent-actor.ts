import type { Role } from '@yimen/shared/roles';
import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../identity/actor.ts';
import { activeEnterprisesOfAgent } from './enterprise-agents.repo.ts';

/**
 * A citizen acts as an enterprise agent exactly while an enterprise's authorization names their phone. Read on
 * every request, so that a revocation or an expiry takes effect at once; a stored role counts for nothing.
 */
export async function withAgentAuthorizations(
  q: Queryable,
  actor: Actor,
  phone: string | null,
): Promise<Actor> {
  if (actor.kind !== 'citizen') return actor;
  const agentFor = phone ? await activeEnterprisesOfAgent(q, actor.districtCode, phone) : [];
  return { ...actor, roles: citizenRoles(agentFor.length > 0), agentFor };
}

export const citizenRoles = (agent: boolean): Role[] =>
  agent ? ['citizen', 'enterprise_agent'] : ['citizen'];
