import type { CaseState } from '@yimen/shared/states';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { isOwnCase } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { findLiveFile, markFileRemoved, reopenMaterialWithoutFiles } from './case-files.repo.ts';
import { caseErrors } from './cases.errors.ts';
import { appendEvent, lockCase } from './cases.repo.ts';

// While the application waits for pre-review or for the applicant's correction, a wrong upload can still go.
const REMOVABLE_IN: ReadonlySet<CaseState> = new Set(['prereview', 'correction']);

/**
 * The applicant takes back a file they uploaded to their own application before it is decided on: the file is
 * marked removed (it stays for the record), and a material left without files and not yet judged by a clerk is
 * pending again. Only the person who uploaded it may; everything is checked before anything is written.
 */
export async function removeMaterialFile(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  fileId: string,
) {
  const actor = authorize(ctx, { roles: ['citizen', 'enterprise_agent'] });
  await deps.db.transaction(async (tx) => {
    const c = await lockCase(tx, ctx.districtCode, caseId);
    if (!c) throw caseErrors.notFound();
    if (!isOwnCase(actor, c)) throw caseErrors.notYourCase();
    const file = await findLiveFile(tx, c.id, fileId);
    if (!file) throw caseErrors.noSuchFile();
    if (file.uploaded_by !== actor.id) {
      throw caseErrors.notYourUpload();
    }
    if (!REMOVABLE_IN.has(c.state))
      throw caseErrors.notInState({ caseNo: c.case_no, state: c.state, action: 'remove_material_file' });
    await markFileRemoved(tx, fileId);
    await reopenMaterialWithoutFiles(tx, c.id, file.material_id, actor.id);
    await appendEvent(tx, ctx, c.id, {
      action: 'remove_material_file',
      details: { materialId: file.material_id, fileName: file.file_name },
    });
    await recordAudit(tx, ctx, {
      action: 'case.remove_material_file',
      targetType: 'case',
      targetId: c.case_no,
      details: { materialId: file.material_id, fileId },
    });
  });
}
