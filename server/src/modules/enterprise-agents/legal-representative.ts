import type { Queryable } from '../../db/client.ts';
import { AppError, bilingual } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { PiiCipher } from '../people/pii-crypto.ts';
import type { Verifier } from '../verification/verification.types.ts';
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
    throw new AppError(
      'forbidden',
      bilingual(
        '您的账号尚未实名认证：请先以本人身份证号在线申办一次事项，或到窗口核验身份',
        'Your account is not verified yet: apply online once with your own ID number, or verify at a window.',
      ),
    );
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
    throw new AppError(
      'service_unavailable',
      bilingual(
        '暂时无法向市场监管登记系统核验法定代表人，请稍后再试',
        'The business register cannot confirm the legal representative right now; try again shortly.',
      ),
    );
  }
  return outcome.answer ? { yes: true, jws: outcome.jws } : { yes: false };
}

export const notRepresentative = () =>
  new AppError(
    'forbidden',
    bilingual(
      '市场监管登记系统未确认您是该企业的法定代表人，不能管理其经办人授权',
      'The business register does not confirm you as this enterprise’s legal representative: you cannot manage its agents.',
    ),
    'creditCode',
  );
