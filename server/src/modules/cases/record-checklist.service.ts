import type { MaterialStatus } from '@yimen/shared/case-view';
import type { CaseState } from '@yimen/shared/states';
import { retryStale, runGuarded } from '../../db/statement.ts';
import { auditStatement } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';
import { caseErrors } from './cases.errors.ts';
import {
  caseGuardStatement,
  conditionStatement,
  eventStatement,
  findCase,
  materialStatement,
} from './cases.repo.ts';
import { definitionOf } from './load-case.ts';

export interface ChecklistInput {
  materials?: Array<{ id: string; status: MaterialStatus; note?: string | undefined }> | undefined;
  conditions?: Array<{ id: string; met: boolean }> | undefined;
}

const EDITABLE: ReadonlySet<CaseState> = new Set(['checking', 'prereview', 'correction']);

/** The clerk ticks materials and confirms conditions; every tick is on the case timeline. */
export async function recordChecklist(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: ChecklistInput,
) {
  const actor = authorize(ctx, { roles: ['window_clerk'] });
  await retryStale(async () => {
    const c = await findCase(deps.db, ctx.districtCode, caseId);
    if (!c) throw caseErrors.notFound();
    if (!EDITABLE.has(c.state))
      throw caseErrors.notInState({ caseNo: c.case_no, state: c.state, action: 'checklist' });
    const def = await definitionOf(deps.db, c);
    const materialIds = new Set(def.materials.map((m) => m.id));
    const conditionIds = new Set(def.acceptConditions.map((x) => x.id));
    for (const [i, m] of (input.materials ?? []).entries()) {
      if (!materialIds.has(m.id)) {
        throw caseErrors.noSuchMaterial({ id: m.id }, { field: `materials.${i}.id` });
      }
      // The one-time notice must say exactly what is wrong, so a defect needs its reason.
      if (m.status === 'defective' && !m.note) {
        throw caseErrors.defectNeedsNote({ field: `materials.${i}.note` });
      }
    }
    for (const [i, x] of (input.conditions ?? []).entries()) {
      if (!conditionIds.has(x.id)) {
        throw caseErrors.noSuchCondition({ id: x.id }, { field: `conditions.${i}.id` });
      }
    }
    // One statement for every tick, the timeline entry and the audit record, written only if the case is still
    // as read (the ticks move its row version on, so an acceptance decided on the old checklist is retried).
    // A repeated id: the last one counts.
    const materials = [...new Map((input.materials ?? []).map((m) => [m.id, m])).values()];
    const conditions = [...new Map((input.conditions ?? []).map((x) => [x.id, x])).values()];
    await runGuarded(deps.db, caseGuardStatement(c.id, c.row_version, {}), [
      ...materials.map((m) => materialStatement(c.id, actor.id, m)),
      ...conditions.map((x) => conditionStatement(c.id, actor.id, x)),
      eventStatement(ctx, c.id, {
        at: deps.now(),
        action: 'checklist',
        details: { materials: input.materials ?? [], conditions: input.conditions ?? [] },
      }),
      auditStatement(ctx, { action: 'case.checklist', targetType: 'case', targetId: c.case_no }),
    ]);
  }, caseErrors.changedMeanwhile);
}
