import { randomUUID } from 'node:crypto';
import type { GrantBodyT } from '@yimen/shared/enterprise-agents';
import { parseCreditCode } from '@yimen/shared/id-checks';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
import { accountPhone } from '../identity/identity.repo.ts';
import { maskPhone } from '../identity/me.ts';
import { findEnterpriseByCreditCode } from '../people/enterprises.repo.ts';
import type { PiiCipher } from '../people/pii-crypto.ts';
import type { Verifier } from '../verification/verification.types.ts';
import { agentErrors } from './enterprise-agents.errors.ts';
import {
  type AuthorizationRow,
  activeAuthorizationsOfAgent,
  enterprisesNamingRepresentative,
  insertAuthorization,
  knownItemCodes,
  listAuthorizationsOfEnterprise,
  revokeAuthorization,
} from './enterprise-agents.repo.ts';
import { askLegalRepresentative, notRepresentative, verifiedIdNumber } from './legal-representative.ts';

export interface EnterpriseAgentDeps {
  db: Db;
  pii: PiiCipher;
  verifier: Verifier;
  now: () => Date;
}

const MAX_VALIDITY_DAYS = 3 * 365;

export function authorizationView(a: AuthorizationRow, now: Date) {
  const status = a.revoked_at ? 'revoked' : a.valid_until <= now ? 'expired' : 'active';
  return {
    id: a.id,
    creditCode: a.credit_code,
    agentPhoneMasked: maskPhone(a.agent_phone),
    allItems: a.all_items,
    itemCodes: a.item_codes,
    validUntil: a.valid_until.toISOString(),
    createdAt: a.created_at.toISOString(),
    revokedAt: a.revoked_at?.toISOString() ?? null,
    status: status as 'active' | 'expired' | 'revoked',
  };
}

/** A signed-in citizen: the portal's legal representatives and agents are both. */
const citizen = (ctx: RequestContext) => authorize(ctx, { roles: ['citizen', 'enterprise_agent'] });

/** The enterprises whose legal representative the business register confirms the signed-in citizen to be. */
export async function representedEnterprises(deps: EnterpriseAgentDeps, ctx: RequestContext) {
  const actor = citizen(ctx);
  const me = await verifiedIdNumber(deps, actor);
  const candidates = await enterprisesNamingRepresentative(deps.db, ctx.districtCode, me.personId);
  const confirmed = await Promise.all(
    candidates.map(async (e) => ({
      e,
      answer: await askLegalRepresentative(deps, actor, e.credit_code, me.idNumber),
    })),
  );
  return confirmed.filter((c) => c.answer.yes).map(({ e }) => ({ creditCode: e.credit_code, name: e.name }));
}

/**
 * The enterprise by its credit code, once the register confirms the actor as its legal representative (403
 * otherwise, before anything is written). Returns the register's signed yes, kept with a grant.
 */
async function asRepresentative(deps: EnterpriseAgentDeps, ctx: RequestContext, rawCreditCode: string) {
  const actor = citizen(ctx);
  const parsed = parseCreditCode(rawCreditCode);
  if (!parsed.ok) {
    throw agentErrors.invalidCreditCode({ reasonZh: parsed.zh, reasonEn: parsed.en });
  }
  const creditCode = parsed.value.creditCode;
  const enterprise = await findEnterpriseByCreditCode(deps.db, ctx.districtCode, creditCode);
  if (!enterprise) {
    throw agentErrors.noSuchEnterprise();
  }
  const me = await verifiedIdNumber(deps, actor);
  const answer = await askLegalRepresentative(deps, actor, creditCode, me.idNumber);
  if (!answer.yes) throw notRepresentative();
  return { actor, enterprise, jws: answer.jws };
}

export async function listAuthorizations(deps: EnterpriseAgentDeps, ctx: RequestContext, creditCode: string) {
  const { enterprise } = await asRepresentative(deps, ctx, creditCode);
  const rows = await listAuthorizationsOfEnterprise(deps.db, ctx.districtCode, enterprise.id);
  const now = deps.now();
  return rows.map((a) => authorizationView(a, now));
}

/** Checks the grant's input against the clock and the catalogue; 400 naming the field, nothing written. */
async function checkGrant(deps: EnterpriseAgentDeps, ctx: RequestContext, body: GrantBodyT) {
  const validUntil = new Date(body.validUntil);
  const now = deps.now();
  if (!(validUntil.getTime() > now.getTime())) {
    throw agentErrors.validUntilPast();
  }
  if (validUntil.getTime() > now.getTime() + MAX_VALIDITY_DAYS * 86_400_000) {
    throw agentErrors.validUntilTooLate({ days: MAX_VALIDITY_DAYS });
  }
  const itemCodes = body.allItems ? [] : (body.itemCodes ?? []);
  if (!body.allItems && itemCodes.length === 0) {
    throw agentErrors.noItemsChosen();
  }
  const known = await knownItemCodes(deps.db, ctx.districtCode, itemCodes);
  const unknown = itemCodes.filter((c) => !known.has(c));
  if (unknown.length) {
    throw agentErrors.unknownItems({ zhList: unknown.join('、'), enList: unknown.join(', ') });
  }
  return { validUntil, itemCodes };
}

/** The legal representative authorizes an agent's phone; the grant and its audit record commit together. */
export async function grantAuthorization(
  deps: EnterpriseAgentDeps,
  ctx: RequestContext,
  creditCode: string,
  body: GrantBodyT,
) {
  const checked = await checkGrant(deps, ctx, body);
  const { actor, enterprise, jws } = await asRepresentative(deps, ctx, creditCode);
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertAuthorization(tx, {
      districtCode: ctx.districtCode,
      id: randomUUID(),
      enterpriseId: enterprise.id,
      creditCode: enterprise.credit_code,
      agentPhone: body.agentPhone,
      allItems: body.allItems,
      itemCodes: checked.itemCodes,
      validUntil: checked.validUntil,
      grantedBy: actor.id,
      attestation: jws,
    });
    await recordAudit(tx, ctx, {
      action: 'enterprise_agent.grant',
      targetType: 'enterprise',
      targetId: enterprise.credit_code,
      details: {
        authorization: inserted.id,
        agentPhone: maskPhone(body.agentPhone),
        allItems: body.allItems,
        itemCodes: checked.itemCodes,
        validUntil: checked.validUntil.toISOString(),
      },
    });
    return inserted;
  });
  return authorizationView(row, deps.now());
}

/** Revokes at once: the agent's next request no longer acts for the enterprise. */
export async function revokeAgentAuthorization(
  deps: EnterpriseAgentDeps,
  ctx: RequestContext,
  creditCode: string,
  id: string,
) {
  const { actor, enterprise } = await asRepresentative(deps, ctx, creditCode);
  const row = await deps.db.transaction(async (tx) => {
    const revoked = await revokeAuthorization(tx, ctx.districtCode, enterprise.id, id, actor.id);
    if (!revoked) {
      throw agentErrors.noSuchAuthorization();
    }
    await recordAudit(tx, ctx, {
      action: 'enterprise_agent.revoke',
      targetType: 'enterprise',
      targetId: enterprise.credit_code,
      details: { authorization: revoked.id, agentPhone: maskPhone(revoked.agent_phone) },
    });
    return revoked;
  });
  return authorizationView(row, deps.now());
}

/** The enterprises that authorize the signed-in phone now, each with the items it covers. */
export async function agentEnterprises(deps: EnterpriseAgentDeps, ctx: RequestContext) {
  const actor: Actor = citizen(ctx);
  const phone = await accountPhone(deps.db, actor.id);
  const rows = await activeAuthorizationsOfAgent(deps.db, ctx.districtCode, phone ?? '');
  return rows.map((a) => ({
    creditCode: a.credit_code,
    name: a.enterprise_name,
    allItems: a.all_items,
    itemCodes: a.item_codes,
    validUntil: a.valid_until.toISOString(),
  }));
}
