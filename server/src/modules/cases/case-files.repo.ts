import type { AcceptedFileType } from '@yimen/shared/case-view';
import type { Queryable } from '../../db/client.ts';

/** A material file as listed (the bytes are read only for a download). */
export interface CaseFileRow {
  id: string;
  case_id: string;
  material_id: string;
  file_name: string;
  content_type: AcceptedFileType;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const COLUMNS =
  'id, case_id, material_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at';

export async function insertCaseFile(
  tx: Queryable,
  f: Omit<CaseFileRow, 'uploaded_at'> & { content: Buffer },
): Promise<CaseFileRow> {
  const r = await tx.query<CaseFileRow>(
    `INSERT INTO case_files (id, case_id, material_id, file_name, content_type, size_bytes, sha256, content,
       uploaded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING ${COLUMNS}`,
    [
      f.id,
      f.case_id,
      f.material_id,
      f.file_name,
      f.content_type,
      f.size_bytes,
      f.sha256,
      f.content,
      f.uploaded_by,
    ],
  );
  return r.rows[0]!;
}

/** The case's files that were not removed, oldest first. */
export async function listCaseFiles(q: Queryable, caseId: string): Promise<CaseFileRow[]> {
  const r = await q.query<CaseFileRow>(
    `SELECT ${COLUMNS} FROM case_files WHERE case_id = $1 AND removed_at IS NULL ORDER BY uploaded_at, id`,
    [caseId],
  );
  return r.rows;
}

/** One file of the case with its bytes (PGlite answers bytea as Uint8Array, node-postgres as Buffer). */
export async function readCaseFile(
  q: Queryable,
  caseId: string,
  fileId: string,
): Promise<(CaseFileRow & { content: Buffer }) | null> {
  const r = await q.query<CaseFileRow & { content: Uint8Array }>(
    `SELECT ${COLUMNS}, content FROM case_files WHERE case_id = $1 AND id = $2 AND removed_at IS NULL`,
    [caseId, fileId],
  );
  const row = r.rows[0];
  if (!row) return null;
  const bytes = row.content;
  return { ...row, content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * Marks a material received because a file came in, unless a clerk has already recorded it (a clerk's own
 * judgement, received or defective, is not overwritten by an upload).
 */
export async function markMaterialUploaded(
  tx: Queryable,
  caseId: string,
  materialId: string,
  actorId: string,
  note: string,
): Promise<void> {
  await tx.query(
    `UPDATE case_materials m SET status = 'received', note = $3, recorded_by = $4, recorded_at = now()
       FROM cases c
      WHERE m.case_id = $1 AND m.material_id = $2 AND c.id = m.case_id
        AND (m.recorded_by IS NULL OR m.recorded_by = c.applicant_user_id)`,
    [caseId, materialId, note, actorId],
  );
}

/** A file of the case that has not been removed: its material, name and uploader; or null. */
export async function findLiveFile(
  q: Queryable,
  caseId: string,
  fileId: string,
): Promise<{ material_id: string; file_name: string; uploaded_by: string } | null> {
  const r = await q.query<{ material_id: string; file_name: string; uploaded_by: string }>(
    'SELECT material_id, file_name, uploaded_by FROM case_files WHERE case_id = $1 AND id = $2 AND removed_at IS NULL',
    [caseId, fileId],
  );
  return r.rows[0] ?? null;
}

/** Marks a file removed: it stays for the record. */
export async function markFileRemoved(q: Queryable, fileId: string): Promise<void> {
  await q.query('UPDATE case_files SET removed_at = now() WHERE id = $1', [fileId]);
}

/** A material this person marked and that has no file left is pending again. */
export async function reopenMaterialWithoutFiles(
  q: Queryable,
  caseId: string,
  materialId: string,
  recordedBy: string,
): Promise<void> {
  await q.query(
    `UPDATE case_materials m SET status = 'pending', note = NULL, recorded_by = NULL, recorded_at = NULL
      WHERE m.case_id = $1 AND m.material_id = $2 AND m.recorded_by = $3
        AND NOT EXISTS (SELECT 1 FROM case_files f WHERE f.case_id = $1 AND f.material_id = $2
                                                   AND f.removed_at IS NULL)`,
    [caseId, materialId, recordedBy],
  );
}
