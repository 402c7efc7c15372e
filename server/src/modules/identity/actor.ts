import type { Role } from '@yimen/shared/roles';
import { identityErrors } from './identity.errors.ts';

/** Who is acting: resolved once per request from a session cookie or an API token. */
export interface Actor {
  id: string;
  kind: 'staff' | 'citizen' | 'integration';
  name: string;
  roles: Role[];
  departmentId: string | null;
  /** Geography code (district, street, community or grid); the actor may act on this subtree. */
  jurisdictionCode: string | null;
  districtCode: string;
  via: 'session' | 'token';
  /** Citizens: the enterprises whose active authorization names this account's phone, read per request. */
  agentFor?: readonly string[];
  /** Citizens: the verified person behind the account (实名), when known. */
  personId?: string | null;
}

/** What every service call receives besides its input: who, from where, and the request's correlation id. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  correlationId: string;
  districtCode: string;
}

/** Geography codes nest by prefix (440604 ⊃ 440604010 ⊃ 440604010001 ⊃ …), so a subtree test is a prefix test. */
export const coversArea = (jurisdictionCode: string | null, areaCode: string): boolean =>
  jurisdictionCode !== null && areaCode.startsWith(jurisdictionCode);

export interface Requirement {
  /** Any one of these roles suffices. */
  roles: readonly Role[];
  /** When set, the actor's jurisdiction must cover this geography code. */
  area?: string | null;
  /** When set, the actor must belong to this department (administrators and supervisors are exempt). */
  department?: string | null;
}

/**
 * Service-layer authorization. Throws 401 without an actor, 403 otherwise; the error handler records
 * every refusal in the audit trail.
 */
export function authorize(ctx: RequestContext, need: Requirement): Actor {
  const actor = ctx.actor;
  if (!actor) throw identityErrors.signInFirst();
  if (!actor.roles.some((r) => need.roles.includes(r))) {
    throw identityErrors.roleNotAllowed(
      { roles: need.roles.join(', ') },
      { details: { required: need.roles } },
    );
  }
  if (need.area && !coversArea(actor.jurisdictionCode, need.area)) {
    throw identityErrors.areaOutsideJurisdiction({ area: need.area }, { details: { area: need.area } });
  }
  const exempt = actor.roles.includes('administrator') || actor.roles.includes('supervisor');
  if (need.department && !exempt && actor.departmentId !== need.department) {
    throw identityErrors.otherDepartment({ details: { department: need.department } });
  }
  return actor;
}
