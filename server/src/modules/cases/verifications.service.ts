import type { Queryable } from '../../db/client.ts';
import { recordAudit, recordPersonAccess } from '../audit/audit.repo.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { findEnterpriseById } from '../people/enterprises.repo.ts';
import { readPersonSecrets } from '../people/persons.repo.ts';
import type { Predicate, SystemId } from '../verification/protocol.ts';
import type { AskOutcome, Verifier } from '../verification/verification.types.ts';
import type { CaseDeps } from './case-context.ts';
import { caseErrors } from './cases.errors.ts';
import { appendEvent, type CaseRow, findCase } from './cases.repo.ts';
import { definitionOf } from './load-case.ts';
import {
  markConditionProven,
  readVerifications,
  storeAnswer,
  storeNoAnswer,
  type VerificationRow,
  waiveProvenMaterial,
} from './verifications.repo.ts';

/** Verifications that stand in the way of accepting the case: not yet answered, or answered otherwise. */
export function blockingVerifications(rows: VerificationRow[]) {
  return rows
    .filter((v) => v.state !== 'answered' || v.answer !== v.expected)
    .map((v) => ({
      id: v.verification_id,
      predicate: v.predicate,
      state: v.state,
      answer: v.answer,
      expected: v.expected,
    }));
}

/** The identifier the department knows the subject by. Decrypting an ID number is a read of personal data. */
async function subjectOf(
  deps: CaseDeps,
  ctx: RequestContext,
  c: CaseRow,
  subject: VerificationRow['subject'],
) {
  if (subject === 'applicant' && c.person_id) {
    const secrets = await readPersonSecrets(deps.db, c.person_id);
    if (!secrets) return null;
    return { type: 'person' as const, id: deps.pii.decrypt(secrets.id_number_enc), personId: c.person_id };
  }
  if (c.enterprise_id) {
    const e = await findEnterpriseById(deps.db, ctx.districtCode, c.enterprise_id);
    if (!e) return null;
    if (subject === 'legal_representative') {
      if (!e.legal_rep_person_id) return null;
      const secrets = await readPersonSecrets(deps.db, e.legal_rep_person_id);
      return secrets
        ? {
            type: 'person' as const,
            id: deps.pii.decrypt(secrets.id_number_enc),
            personId: e.legal_rep_person_id,
          }
        : null;
    }
    return { type: 'enterprise' as const, id: e.credit_code, personId: null };
  }
  return null;
}

/**
 * Asks every verification of the case that has no answer yet and stores the outcomes. The HTTP questions run
 * outside any transaction (a slow department must not hold the case's lock); each outcome is then stored with
 * its timeline entry. A department that is down leaves the verification 'unavailable' to be asked again — the
 * case itself is never lost or blocked from other work.
 */
export async function askOutstanding(
  deps: CaseDeps & { verifier: Verifier },
  ctx: RequestContext,
  c: CaseRow,
  official: { id: string; name: string; department: string },
): Promise<VerificationRow[]> {
  const rows = (await readVerifications(deps.db, c.id)).filter((v) => v.state !== 'answered');
  const outcomes: Array<{
    row: VerificationRow;
    outcome: AskOutcome | { status: 'no_subject' };
    personId: string | null;
  }> = [];
  for (const row of rows) {
    const subject = await subjectOf(deps, ctx, c, row.subject);
    if (!subject) {
      outcomes.push({ row, outcome: { status: 'no_subject' }, personId: null });
      continue;
    }
    const outcome = await deps.verifier.ask({
      system: row.system as SystemId,
      predicate: row.predicate as Predicate,
      subject: { type: subject.type, id: subject.id },
      caseRef: c.case_no,
      official,
    });
    outcomes.push({ row, outcome, personId: subject.personId });
  }
  const def = await definitionOf(deps.db, c);
  await deps.db.transaction(async (tx) => {
    for (const { row, outcome, personId } of outcomes) {
      await storeOutcome(tx, ctx, c, row, outcome, personId);
      if (outcome.status === 'answered' && outcome.answer === row.expected)
        await applyProof(tx, c, def, row.verification_id);
    }
  });
  return readVerifications(deps.db, c.id);
}

/** While the checklist is worked at the window, a verification's expected answer does its part of it. */
const AT_WINDOW: ReadonlySet<string> = new Set(['checking', 'prereview', 'correction']);

/**
 * The expected answer ticks the condition it proves and waives the materials it replaces (unless the material
 * was received anyway), with the reason on the checklist. Recorded by the system, not by a clerk.
 */
async function applyProof(tx: Queryable, c: CaseRow, def: ItemDefinitionT, verificationId: string) {
  const v = def.verifications.find((x) => x.id === verificationId);
  if (!v || !AT_WINDOW.has(c.state)) return;
  if (v.provesCondition) {
    await markConditionProven(tx, c.id, v.provesCondition);
  }
  for (const materialId of v.replacesMaterials ?? []) {
    await waiveProvenMaterial(tx, c.id, materialId, `跳转核验已证明：${v.description}`);
  }
}

async function storeOutcome(
  tx: Queryable,
  ctx: RequestContext,
  c: CaseRow,
  row: VerificationRow,
  outcome: AskOutcome | { status: 'no_subject' },
  personId: string | null,
) {
  if (outcome.status === 'answered') {
    await storeAnswer(tx, c.id, row.verification_id, outcome);
  } else {
    const state = outcome.status === 'invalid' ? 'invalid' : 'unavailable';
    const error = outcome.status === 'no_subject' ? 'no_subject' : outcome.reason;
    await storeNoAnswer(tx, c.id, row.verification_id, {
      state,
      error,
      attempts: outcome.status === 'no_subject' ? 0 : outcome.attempts,
    });
  }
  if (personId) {
    await recordPersonAccess(tx, ctx, {
      personId,
      purpose: `跳转核验 ${row.predicate}`,
      caseRef: c.case_no,
      fields: ['id_number_full:sent_to_department'],
    });
  }
  await appendEvent(tx, ctx, c.id, {
    action: 'verify',
    details: {
      verification: row.verification_id,
      predicate: row.predicate,
      system: row.system,
      status: outcome.status,
      ...(outcome.status === 'answered' ? { answer: outcome.answer, expected: row.expected } : {}),
      ...(outcome.status === 'unavailable' || outcome.status === 'invalid' ? { reason: outcome.reason } : {}),
    },
  });
  await recordAudit(tx, ctx, {
    action: 'case.verify',
    targetType: 'case',
    targetId: c.case_no,
    outcome: outcome.status === 'invalid' ? 'failure' : 'success',
    details: { predicate: row.predicate, status: outcome.status },
  });
}

/** The clerk asks the departments now (the checklist shows each answer or why there is none yet). */
export async function runVerifications(
  deps: CaseDeps & { verifier: Verifier },
  ctx: RequestContext,
  caseId: string,
) {
  const actor = authorize(ctx, { roles: ['window_clerk'] });
  const c = await findCase(deps.db, ctx.districtCode, caseId);
  if (!c) throw caseErrors.notFound();
  if (!['checking', 'prereview', 'correction'].includes(c.state)) {
    throw caseErrors.pastChecking();
  }
  await definitionOf(deps.db, c);
  await askOutstanding(deps, ctx, c, {
    id: actor.id,
    name: actor.name,
    department: actor.departmentId ?? '',
  });
}
