import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import { isStale, retryStale, runGuarded } from '../../db/statement.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { auditStatement, personAccessStatement } from '../audit/audit.repo.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import { needsAllPartiesInPerson, offeredOnline } from '../catalogue/service-centre.ts';
import { authorizationCovering } from '../enterprise-agents/enterprise-agents.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { requireCreditCode } from '../people/credit-code.ts';
import { findEnterpriseByCreditCode } from '../people/enterprises.repo.ts';
import { requireIdNumber } from '../people/id-number.ts';
import { findPersonByIndex } from '../people/persons.repo.ts';
import type { CaseDeps } from './case-context.ts';
import { caseNumberStatement } from './case-number.ts';
import { caseErrors } from './cases.errors.ts';
import {
  accountAndPersonPhones,
  caseInsertStatement,
  checklistStatements,
  currentItemGuard,
  eventStatement,
  findCaseByIdempotencyKey,
  findOpenCaseOf,
  verifyAccountStatement,
} from './cases.repo.ts';
import { currentItem, forgetCurrentItem } from './current-item.ts';
import { versionDefinition } from './load-case.ts';
import { verificationsStatement } from './verifications.repo.ts';

export type ApplicantInput =
  | { kind: 'person'; idNumber: string }
  | { kind: 'enterprise'; creditCode: string };

export interface OpenCaseInput {
  itemCode: string;
  applicant: ApplicantInput;
  /** An agent acting for the applicant (代办人), identified by ID number. */
  agentIdNumber?: string | undefined;
  windowNo?: string | undefined;
  /** Retrying the same request with the same key returns the same case instead of opening a second one. */
  idempotencyKey?: string | undefined;
  /** The clerk saw the open case of this applicant and item and opens another anyway. */
  despiteOpenCase?: boolean | undefined;
  /** 'online': an application from the portal, waiting for pre-review (网上预审). Default: at a window. */
  channel?: 'window' | 'online' | undefined;
}

/**
 * Online, a citizen applies for themselves: the ID number must belong to the person whose phone number the
 * portal account was opened with (real-name binding), or the applicant would see a stranger's case.
 */
async function requireSelf(tx: Queryable, deps: CaseDeps, userId: string, personId: string): Promise<void> {
  const row = await accountAndPersonPhones(tx, userId, personId);
  const personPhone = row?.phone_enc ? deps.pii.decrypt(row.phone_enc) : null;
  if (!row?.phone || personPhone !== row.phone) {
    throw caseErrors.idNumberNotYours();
  }
}

/** Natural persons are service object 1; enterprises and other organisations are the rest. */
const servesPersons = (objects: readonly string[]) => objects.includes('1');
const servesOrganisations = (objects: readonly string[]) => objects.some((o) => o !== '1');

/** The parties of a case, as the registries know them. */
interface Applicant {
  applicantName: string;
  personId: string | null;
  enterpriseId: string | null;
  gridCode: string | null;
  agentPersonId: string | null;
}

/**
 * Finds the applicant (a person by ID number or an enterprise by credit code) and the agent, if one acts for
 * them, and checks that the item serves such an applicant. `selfUserId`: online, the applicant must be the
 * account's own person.
 */
async function findApplicant(
  deps: CaseDeps,
  districtCode: string,
  selfUserId: string | null,
  ids: {
    person: { idNumber: string } | null;
    org: { creditCode: string } | null;
    agent: { idNumber: string } | null;
  },
  def: ItemDefinitionT,
): Promise<Applicant> {
  const { db, pii } = deps;
  const { person, org, agent } = ids;
  let applicantName: string;
  let personId: string | null = null;
  let enterpriseId: string | null = null;
  let gridCode: string | null = null;
  if (person) {
    if (!servesPersons(def.serviceObjects)) {
      throw caseErrors.itemForOrganisations({ item: def.name });
    }
    const found = await findPersonByIndex(db, districtCode, pii.blindIndex(person.idNumber));
    if (!found) {
      throw caseErrors.personUnknown();
    }
    if (selfUserId) await requireSelf(db, deps, selfUserId, found.id);
    ({ id: personId, name: applicantName, grid_code: gridCode } = found);
  } else {
    if (!servesOrganisations(def.serviceObjects)) {
      throw caseErrors.itemForPersons({ item: def.name });
    }
    const found = await findEnterpriseByCreditCode(db, districtCode, org!.creditCode);
    if (!found) {
      throw caseErrors.enterpriseUnknown();
    }
    ({ id: enterpriseId, name: applicantName, grid_code: gridCode } = found);
  }
  let agentPersonId: string | null = null;
  if (agent) {
    const found = await findPersonByIndex(db, districtCode, pii.blindIndex(agent.idNumber));
    if (!found) {
      throw caseErrors.agentUnknown();
    }
    agentPersonId = found.id;
  }
  return { applicantName, personId, enterpriseId, gridCode, agentPersonId };
}

/**
 * A clerk at any window opens a case (or an applicant submits one online, for pre-review): identifies the applicant, picks the item, and gets the item's standard
 * checklist. The case keeps the item version it was opened under.
 */
export async function openCase(deps: CaseDeps, ctx: RequestContext, input: OpenCaseInput) {
  const online = input.channel === 'online';
  // At a window the clerk opens the case; online, the applicant (or the enterprise's agent) submits it.
  const actor = authorize(ctx, { roles: online ? ['citizen', 'enterprise_agent'] : ['window_clerk'] });
  const { db } = deps;
  const person =
    input.applicant.kind === 'person'
      ? requireIdNumber(input.applicant.idNumber, 'applicant.idNumber')
      : null;
  const org =
    input.applicant.kind === 'enterprise'
      ? requireCreditCode(input.applicant.creditCode, 'applicant.creditCode')
      : null;
  const agent = input.agentIdNumber ? requireIdNumber(input.agentIdNumber, 'agentIdNumber') : null;

  // A retry with the same idempotency key answers the case the first request opened.
  const earlier = async () => {
    if (!input.idempotencyKey) return null;
    const existing = await findCaseByIdempotencyKey(db, ctx.districtCode, input.idempotencyKey);
    if (!existing) return null;
    const owner = online ? existing.applicant_user_id : existing.opened_by;
    if (owner !== actor.id || existing.item_code !== input.itemCode) {
      throw caseErrors.idempotencyKeyReused();
    }
    return { caseId: existing.id, created: false, itemCode: existing.item_code };
  };
  const repeated = await earlier();
  if (repeated) return repeated;

  // Reads first, then one statement writes the case with everything that goes with it: no transaction is held
  // open across round trips. The item's current version may come from memory; the write checks it.
  return retryStale(async () => {
    const item = await currentItem(db, ctx.districtCode, input.itemCode);
    if (!item) {
      throw caseErrors.itemNotPublished({ itemCode: input.itemCode });
    }
    if (item.status === 'retired') {
      throw caseErrors.itemRetired({ itemCode: item.code });
    }
    const def = await versionDefinition(db, ctx.districtCode, item.code, item.version);
    if (online && !offeredOnline(def)) {
      throw needsAllPartiesInPerson(def)
        ? caseErrors.inPersonOnly({ item: def.name })
        : caseErrors.notOnline({ item: def.name });
    }

    const { applicantName, personId, enterpriseId, gridCode, agentPersonId } = await findApplicant(
      deps,
      ctx.districtCode,
      online ? actor.id : null,
      { person, org, agent },
      def,
    );

    // Online, an enterprise's application needs the enterprise's authorization of this phone for this item.
    const authorization =
      online && enterpriseId ? await requireAgentAuthorization(deps, ctx, enterpriseId, item.code) : null;

    // At the window only: the clerk can look at the open case or go on; online, the applicant's own list shows it.
    if (!online && !input.despiteOpenCase)
      await refuseSecondOpenCase(db, ctx.districtCode, item.code, personId, enterpriseId);

    const id = randomUUID();
    const openedAt = deps.now();
    const { statement: drawNumber, number: caseNo } = caseNumberStatement(
      ctx.districtCode,
      online ? 'online' : 'window',
      openedAt,
    );
    // The case number, the case, its checklist, verifications, timeline entry, audit and access records: one
    // statement, so either all of it is written or none.
    const writes = [
      drawNumber,
      caseInsertStatement({
        id,
        district_code: ctx.districtCode,
        case_no: caseNo,
        item_id: item.itemId,
        item_code: item.code,
        item_version: item.version,
        item_name: def.name,
        department_id: def.departmentId,
        handling_type: def.handlingType,
        channel: online ? 'online' : 'window',
        state: online ? 'prereview' : 'checking',
        applicant_kind: person ? 'person' : 'enterprise',
        person_id: personId,
        enterprise_id: enterpriseId,
        agent_person_id: agentPersonId,
        applicant_user_id: online ? actor.id : null,
        applicant_name: applicantName,
        grid_code: gridCode,
        window_no: input.windowNo ?? null,
        opened_by: online ? null : actor.id,
        trust_first: def.trustFirst,
        idempotency_key: input.idempotencyKey ?? null,
        created_at: openedAt,
      }),
      ...checklistStatements(
        id,
        def.materials.map((m) => m.id),
        def.acceptConditions.map((c) => c.id),
      ),
      verificationsStatement(id, def),
      eventStatement(ctx, id, {
        at: openedAt,
        action: 'open',
        to: online ? 'prereview' : 'checking',
        details: { itemVersion: item.version, windowNo: input.windowNo ?? null },
      }),
      auditStatement(ctx, {
        action: 'case.open',
        targetType: 'case',
        targetId: caseNo,
        details: { item: item.code, version: item.version },
      }),
      authorization &&
        auditStatement(ctx, {
          action: 'enterprise_agent.use',
          targetType: 'enterprise',
          targetId: authorization.credit_code,
          details: { authorization: authorization.id, case: caseNo, item: item.code },
        }),
      // A citizen who applied for themselves has proved their ID number: the account is now verified (实名).
      online && personId ? verifyAccountStatement(actor.id, personId) : null,
      ...[personId, agentPersonId]
        .filter((pid): pid is string => pid !== null)
        .map((pid) =>
          personAccessStatement(ctx, {
            personId: pid,
            purpose: `办件受理 ${def.name}`,
            caseRef: caseNo,
            fields: ['name', 'id_number_masked'],
          }),
        ),
    ];
    try {
      await runGuarded(db, currentItemGuard(item), writes);
    } catch (err) {
      // The item was published anew or retired meanwhile: read it again and decide afresh.
      if (isStale(err)) forgetCurrentItem(ctx.districtCode, item.code);
      // Two submissions with the same key at the same moment: the second answers the first one's case.
      const again = isUniqueViolation(err) ? await earlier() : null;
      if (again) return again;
      throw err;
    }
    return { caseId: id, created: true, itemCode: item.code };
  }, itemChangedMeanwhile);
}

/** The active authorization covering the item, or 403 saying how to get one (nothing is written). */
async function requireAgentAuthorization(
  deps: CaseDeps,
  ctx: RequestContext,
  enterpriseId: string,
  itemCode: string,
) {
  const found = await authorizationCovering(deps.db, ctx.districtCode, ctx.actor!.id, enterpriseId, itemCode);
  if (found) return found;
  throw caseErrors.notAuthorizedByEnterprise();
}

const itemChangedMeanwhile = () => caseErrors.itemBeingRepublished();

/**
 * A second case of the same applicant for the same item while one is still open is usually a mistake: answered
 * 409 with the open case's number and id, so the desk can link to it or open anyway (despiteOpenCase).
 */
async function refuseSecondOpenCase(
  db: CaseDeps['db'],
  districtCode: string,
  itemCode: string,
  personId: string | null,
  enterpriseId: string | null,
) {
  const row = await findOpenCaseOf(db, districtCode, itemCode, personId, enterpriseId);
  if (!row) return;
  throw caseErrors.openCaseExists(
    { caseNo: row.case_no },
    { details: { openCaseId: row.id, openCaseNo: row.case_no } },
  );
}
