import { randomUUID } from 'node:crypto';
import { chinaToday, normaliseCreditCode } from '@yimen/shared/id-checks';
import type { CreateEnterpriseInput, EnterpriseViewT } from '@yimen/shared/people';
import { STAFF_ROLES } from '@yimen/shared/roles';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordAudit, recordPersonAccess } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { requireCreditCode } from './credit-code.ts';
import { enterpriseListItem, enterpriseView } from './enterprise-view.ts';
import {
  creditCodeTaken,
  findEnterpriseById,
  insertEnterprise,
  searchEnterprises,
} from './enterprises.repo.ts';
import { requireIdNumber } from './id-number.ts';
import { peopleErrors } from './people.errors.ts';
import { ENTERPRISE_WRITE_ROLES } from './people.policy.ts';
import { findPersonByIndex, optionalAddress } from './persons.repo.ts';
import type { PiiCipher } from './pii-crypto.ts';

const LEGAL_REP_FIELDS = ['name', 'id_number_masked'];

// GB 32100 position 2 under authority 9 (market regulation) says what kind of entity the code belongs to.
const TYPE_OF_KIND: Record<string, string> = { 个体工商户: '92', 农民专业合作社: '93' };

const duplicate = (code: string) => peopleErrors.enterpriseRegistered({ code });

/**
 * Registers an enterprise. Credit codes are public (they are printed on every licence) and stored in clear;
 * the legal representative must already be a registered person and is linked by ID number.
 */
export async function createEnterprise(
  db: Db,
  pii: PiiCipher,
  ctx: RequestContext,
  input: CreateEnterpriseInput,
): Promise<EnterpriseViewT> {
  authorize(ctx, { roles: ENTERPRISE_WRITE_ROLES });
  const { creditCode } = requireCreditCode(input.creditCode, 'creditCode');
  const expectedType = TYPE_OF_KIND[input.kind];
  if (expectedType && creditCode.slice(0, 2) !== expectedType) {
    throw peopleErrors.creditCodeOfOtherKind({ kind: input.kind, prefix: expectedType });
  }
  if (input.registeredOn > chinaToday()) {
    throw peopleErrors.registeredInFuture();
  }
  const rep = input.legalRepIdNumber ? requireIdNumber(input.legalRepIdNumber, 'legalRepIdNumber') : null;
  const id = randomUUID();
  try {
    return await db.transaction(async (tx) => {
      const address = await optionalAddress(tx, ctx.districtCode, input.addressId);
      authorize(ctx, { roles: ENTERPRISE_WRITE_ROLES, area: address?.grid_code ?? null });
      if (await creditCodeTaken(tx, ctx.districtCode, creditCode)) throw duplicate(creditCode);
      const person = rep ? await findPersonByIndex(tx, ctx.districtCode, pii.blindIndex(rep.idNumber)) : null;
      if (rep && !person) {
        throw peopleErrors.legalRepNotRegistered();
      }
      await insertEnterprise(tx, {
        id,
        districtCode: ctx.districtCode,
        creditCode,
        name: input.name.trim(),
        kind: input.kind,
        industry: input.industry.trim(),
        registeredOn: input.registeredOn,
        legalRepPersonId: person?.id ?? null,
        addressId: address?.id ?? null,
        gridCode: address?.grid_code ?? null,
      });
      await recordAudit(tx, ctx, {
        action: 'enterprise.create',
        targetType: 'enterprise',
        targetId: id,
        details: { creditCode, kind: input.kind, legalRepPersonId: person?.id ?? null },
      });
      if (person) {
        await recordPersonAccess(tx, ctx, {
          personId: person.id,
          purpose: `登记为 ${creditCode} 的法定代表人 / registered as legal representative of ${creditCode}`,
          fields: LEGAL_REP_FIELDS,
        });
      }
      const row = await findEnterpriseById(tx, ctx.districtCode, id);
      if (!row) throw peopleErrors.enterpriseNotReadBack();
      return enterpriseView(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(creditCode);
    throw err;
  }
}

export interface EnterpriseListRequest {
  creditCode?: string | undefined;
  q?: string | undefined;
  gridCode?: string | undefined;
  page: number;
  pageSize: number;
}

/** Enterprises by credit code, part of the name or area. Enterprise records are public to all staff. */
export async function listEnterprises(db: Db, ctx: RequestContext, req: EnterpriseListRequest) {
  authorize(ctx, { roles: STAFF_ROLES });
  const { rows, total } = await searchEnterprises(db, {
    districtCode: ctx.districtCode,
    creditCode: req.creditCode ? normaliseCreditCode(req.creditCode) : undefined,
    nameContains: req.q,
    within: req.gridCode,
    limit: req.pageSize,
    offset: (req.page - 1) * req.pageSize,
  });
  return { items: rows.map(enterpriseListItem), total };
}

/**
 * One enterprise. Showing it shows its legal representative's name and masked number, which is a use of
 * that person's data: it is recorded for their access history like any other read.
 */
export async function getEnterprise(db: Db, ctx: RequestContext, id: string): Promise<EnterpriseViewT> {
  authorize(ctx, { roles: STAFF_ROLES });
  return db.transaction(async (tx) => {
    const row = await findEnterpriseById(tx, ctx.districtCode, id);
    if (!row) throw peopleErrors.enterpriseNotFound();
    if (row.legal_rep_person_id) {
      await recordPersonAccess(tx, ctx, {
        personId: row.legal_rep_person_id,
        purpose: `查看企业 ${row.credit_code} 的登记信息 / enterprise record ${row.credit_code} viewed`,
        fields: LEGAL_REP_FIELDS,
      });
    }
    return enterpriseView(row);
  });
}
