import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import { isStale, retryStale, runGuarded, type Statement } from '../../db/statement.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { AppError, bilingual, conflict } from '../../errors.ts';
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
import {
  caseInsertStatement,
  checklistStatements,
  eventStatement,
  findCaseByIdempotencyKey,
} from './cases.repo.ts';
import { currentItem, currentItemGuard, forgetCurrentItem } from './current-item.ts';
import { versionDefinition } from './load-case.ts';
import { verificationsStatement } from './verifications.ts';

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
  const r = await tx.query<{ phone: string | null; phone_enc: string | null }>(
    'SELECT u.phone, p.phone_enc FROM users u, persons p WHERE u.id = $1 AND p.id = $2',
    [userId, personId],
  );
  const row = r.rows[0];
  const personPhone = row?.phone_enc ? deps.pii.decrypt(row.phone_enc) : null;
  if (!row?.phone || personPhone !== row.phone) {
    throw new AppError(
      'forbidden',
      bilingual(
        '该身份证号与本账号的实名信息不符',
        'This ID number does not belong to the person this account was registered for.',
      ),
    );
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
      throw new AppError(
        'unprocessable',
        bilingual(`${def.name} 仅面向法人办理`, `${def.name} is for organisations, not persons.`),
        'applicant.kind',
      );
    }
    const found = await findPersonByIndex(db, districtCode, pii.blindIndex(person.idNumber));
    if (!found) {
      throw new AppError(
        'not_found',
        bilingual(
          '人口库中没有该身份证号，请先登记该居民',
          'No person with this ID number; register the person first.',
        ),
        'applicant.idNumber',
      );
    }
    if (selfUserId) await requireSelf(db, deps, selfUserId, found.id);
    ({ id: personId, name: applicantName, grid_code: gridCode } = found);
  } else {
    if (!servesOrganisations(def.serviceObjects)) {
      throw new AppError(
        'unprocessable',
        bilingual(`${def.name} 仅面向自然人办理`, `${def.name} is for persons, not organisations.`),
        'applicant.kind',
      );
    }
    const found = await findEnterpriseByCreditCode(db, districtCode, org!.creditCode);
    if (!found) {
      throw new AppError(
        'not_found',
        bilingual('没有该统一社会信用代码的主体', 'No enterprise with this credit code.'),
        'applicant.creditCode',
      );
    }
    ({ id: enterpriseId, name: applicantName, grid_code: gridCode } = found);
  }
  let agentPersonId: string | null = null;
  if (agent) {
    const found = await findPersonByIndex(db, districtCode, pii.blindIndex(agent.idNumber));
    if (!found) {
      throw new AppError(
        'not_found',
        bilingual('人口库中没有该代办人', 'No person with the agent’s ID number.'),
        'agentIdNumber',
      );
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
      throw conflict(
        bilingual('该幂等键已用于另一个办件', 'This idempotency key was already used for a different case.'),
        'idempotencyKey',
      );
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
      throw new AppError(
        'not_found',
        bilingual(`事项 ${input.itemCode} 不存在或未发布`, `No published item ${input.itemCode}.`),
        'itemCode',
      );
    }
    if (item.status === 'retired') {
      throw new AppError(
        'unprocessable',
        bilingual(`事项 ${item.code} 已停止受理`, `Item ${item.code} is retired: no new cases.`),
        'itemCode',
      );
    }
    const def = await versionDefinition(db, ctx.districtCode, item.code, item.version);
    if (online && !offeredOnline(def)) {
      throw new AppError(
        'unprocessable',
        needsAllPartiesInPerson(def)
          ? bilingual(
              `“${def.name}”须申请各方本人共同到现场办理，不能网上申请；请预约后到综合窗口办理`,
              `"${def.name}" needs every party in person and cannot be applied for online; book a visit to a window.`,
            )
          : bilingual(
              `“${def.name}”暂不支持网上申请，请到综合窗口办理`,
              `"${def.name}" cannot be applied for online yet; please come to a window.`,
            ),
        'itemCode',
      );
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
  throw new AppError(
    'forbidden',
    bilingual(
      '您尚未获得该企业授权：请企业法定代表人登录“企业授权管理”为您的手机号授权本事项后再申请',
      'You are not authorized by this enterprise: ask its legal representative to authorize your phone number for this item under “Enterprise authorizations”, then apply again.',
    ),
    'applicant.creditCode',
  );
}

const verifyAccountStatement = (userId: string, personId: string): Statement => ({
  sql: 'UPDATE users SET person_id = $2 WHERE id = $1 AND person_id IS NULL',
  params: [userId, personId],
});

const itemChangedMeanwhile = () =>
  new AppError(
    'conflict',
    bilingual('事项正在更新，请稍后重试', 'The item is being republished right now; try again in a moment.'),
    'itemCode',
  );

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
  const open = await db.query<{ id: string; case_no: string }>(
    `SELECT id, case_no FROM cases
      WHERE district_code = $1 AND item_code = $2
        AND (person_id = $3 OR enterprise_id = $4)
        AND state NOT IN ('completed', 'incomplete', 'refused', 'rejected', 'withdrawn')
      ORDER BY created_at DESC LIMIT 1`,
    [districtCode, itemCode, personId, enterpriseId],
  );
  const row = open.rows[0];
  if (!row) return;
  throw new AppError(
    'conflict',
    bilingual(
      `该申请人的同一事项已有在办办件 ${row.case_no}`,
      `This applicant already has an open case ${row.case_no} for this item.`,
    ),
    'despiteOpenCase',
    { openCaseId: row.id, openCaseNo: row.case_no },
  );
}
