import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../identity/actor.ts';
import type { PiiCipher } from '../people/pii-crypto.ts';
import type { Verifier } from '../verification/verification.types.ts';
import { agentErrors } from './enterprise-agents.errors.ts';
import { verifiedPersonOf } from './enterprise-agents.repo.ts';

export interface RepresentativeDeps {
  db: Queryable;
  pii: PiiCipher;
  verifier: Verifier;
}

/** The account's verified ID number, or 403: only a real-name verified citizen can be a legal representative. */
export async function verifiedIdNumber(deps: RepresentativeDeps, actor: Actor) {
  const person = await verifiedPersonOf(deps.db, actor.id);
  if (!person) {
    throw agentErrors.accountNotVerified();
  }
  return { personId: person.person_id, idNumber: deps.pii.decrypt(person.id_number_enc) };
}

/**
 * Asks the business register (市场监管登记系统) whether this ID number is the enterprise's legal representative.
 * The answer is a signed attestation; the register's records never leave it. Returns the JWS of a yes.
 */
export async function askLegalRepresentative(
  deps: RepresentativeDeps,
  actor: Actor,
  creditCode: string,
  idNumber: string,
): Promise<{ yes: true; jws: string } | { yes: false }> {
  const outcome = await deps.verifier.ask({
    system: 'business',
    predicate: 'legal_representative',
    subject: { type: 'enterprise', id: creditCode },
    about: { type: 'person', id: idNumber },
    caseRef: `enterprise-agents:${creditCode}`,
    official: { id: actor.id, name: actor.name, department: 'portal' },
  });
  if (outcome.status !== 'answered') {
    throw agentErrors.registerUnavailable();
  }
  return outcome.answer ? { yes: true, jws: outcome.jws } : { yes: false };
}

export const notRepresentative = () => agentErrors.notRepresentative();
