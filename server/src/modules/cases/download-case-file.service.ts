import { recordAudit, recordPersonAccess } from '../audit/audit.repo.ts';
import type { RequestContext } from '../identity/actor.ts';
import { authorizeCaseRead } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { readCaseFile } from './case-files.repo.ts';
import { caseErrors } from './cases.errors.ts';
import { findCase, readNodes } from './cases.repo.ts';

/**
 * One material file with its bytes, for whoever may read the case. A member of staff reading an applicant's
 * papers is recorded as an access to that person's data (the citizen sees it in their data-access history).
 */
export async function downloadCaseFile(deps: CaseDeps, ctx: RequestContext, caseId: string, fileId: string) {
  const c = await findCase(deps.db, ctx.districtCode, caseId);
  if (!c) throw caseErrors.notFound();
  const actor = authorizeCaseRead(ctx, c, await readNodes(deps.db, c.id));
  const file = await readCaseFile(deps.db, c.id, fileId);
  if (!file) {
    throw caseErrors.noSuchCaseFile();
  }
  await deps.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'case.download_file',
      targetType: 'case',
      targetId: c.case_no,
      details: { fileId: file.id, materialId: file.material_id },
    });
    const personId = c.person_id ?? c.agent_person_id;
    if (actor.kind === 'staff' && personId) {
      await recordPersonAccess(tx, ctx, {
        personId,
        purpose: `查看办件材料 ${c.item_name}`,
        caseRef: c.case_no,
        fields: ['case_file'],
      });
    }
  });
  return file;
}
