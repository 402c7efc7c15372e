import { createHash, randomUUID } from 'node:crypto';
import type { CaseState } from '@yimen/shared/states';
import { AppError } from '../../errors.ts';
import { cleanFileName, sniffFileType } from '../../http/file-type.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
import { isOwnCase } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { type CaseFileRow, insertCaseFile, markMaterialUploaded } from './case-files.repo.ts';
import { caseErrors } from './cases.errors.ts';
import { appendEvent, type CaseRow, findCase, lockCase } from './cases.repo.ts';
import { definitionOf } from './load-case.ts';

/** A file as the request delivered it; the type the client declared is kept only for the audit trail. */
export interface IncomingFile {
  fileName: string | undefined;
  declaredType: string | undefined;
  content: Buffer;
}

// The applicant adds files while the online application is with them or in pre-review; the window scans paper
// while it checks a case, too.
const APPLICANT_STATES: ReadonlySet<CaseState> = new Set(['prereview', 'correction']);
const CLERK_STATES: ReadonlySet<CaseState> = new Set(['checking', 'prereview', 'correction']);

const isClerk = (actor: Actor) => actor.roles.includes('window_clerk');

function checkUploader(actor: Actor, c: CaseRow): void {
  if (!isClerk(actor) && !isOwnCase(actor, c)) {
    throw caseErrors.notYourCase();
  }
  if (!(isClerk(actor) ? CLERK_STATES : APPLICANT_STATES).has(c.state)) {
    throw caseErrors.notInState({ caseNo: c.case_no, state: c.state, action: 'upload_material' });
  }
}

export const fileTypeRefused = () => caseErrors.fileTypeNotAccepted();

export const fileTooLarge = (maxBytes: number) => {
  const mb = Math.round((maxBytes / 1_048_576) * 10) / 10;
  return caseErrors.fileTooLarge({ mb });
};

export function fileView(f: CaseFileRow) {
  return {
    id: f.id,
    materialId: f.material_id,
    fileName: f.file_name,
    contentType: f.content_type,
    size: f.size_bytes,
    uploadedAt: f.uploaded_at.toISOString(),
  };
}

/**
 * Stores a file of one material of the case: the applicant's own online application, or a window clerk's scan.
 * Who, when and which material are checked before the file is read; the file is then checked by its content.
 * The material counts as received unless a clerk has recorded it already. A refused file leaves nothing but an
 * audit record.
 */
export async function uploadMaterialFile(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  materialId: string,
  readFile: () => Promise<IncomingFile>,
) {
  const actor = authorize(ctx, { roles: ['window_clerk', 'citizen', 'enterprise_agent'] });
  const found = await findCase(deps.db, ctx.districtCode, caseId);
  if (!found) throw caseErrors.notFound();
  checkUploader(actor, found);
  const material = (await definitionOf(deps.db, found)).materials.find((m) => m.id === materialId);
  if (!material) {
    throw caseErrors.noSuchMaterialForFile({ materialId });
  }

  const refused = async (err: AppError, file?: IncomingFile) => {
    await recordAudit(deps.db, ctx, {
      action: 'case.upload_material',
      targetType: 'case',
      targetId: found.case_no,
      outcome: 'denied',
      details: {
        materialId,
        code: err.code,
        ...(file ? { declaredType: file.declaredType ?? null, size: file.content.length } : {}),
      },
    });
    return err;
  };
  let file: IncomingFile;
  try {
    file = await readFile();
  } catch (err) {
    if (err instanceof AppError && err.code === 'payload_too_large') throw await refused(err);
    throw err;
  }
  const contentType = sniffFileType(file.content);
  if (!contentType) throw await refused(fileTypeRefused(), file);

  const fileName = cleanFileName(file.fileName);
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const stored = await deps.db.transaction(async (tx) => {
    const c = await lockCase(tx, ctx.districtCode, caseId);
    if (!c) throw caseErrors.notFound();
    checkUploader(actor, c); // the case may have moved on while the file was arriving
    const row = await insertCaseFile(tx, {
      id: randomUUID(),
      case_id: c.id,
      material_id: material.id,
      file_name: fileName,
      content_type: contentType,
      size_bytes: file.content.length,
      sha256,
      content: file.content,
      uploaded_by: actor.id,
    });
    await markMaterialUploaded(tx, c.id, material.id, actor.id, isClerk(actor) ? '扫描件' : '网上提交');
    await appendEvent(tx, ctx, c.id, {
      action: 'upload_material',
      details: { materialId: material.id, fileName, size: row.size_bytes },
    });
    await recordAudit(tx, ctx, {
      action: 'case.upload_material',
      targetType: 'case',
      targetId: c.case_no,
      details: { materialId: material.id, fileId: row.id, contentType, size: row.size_bytes, sha256 },
    });
    return row;
  });
  return { ...fileView(stored), sha256: stored.sha256 };
}
