import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import { SqlValue, type Statement } from '../../db/statement.ts';
import { dayOf, yearOfDay } from '../calendar/shanghai-time.ts';
import { type DocumentKind, newVerificationCode } from '../documents/render.ts';
import type { IssueContext } from './case-documents.ts';

/** The series each kind of document is numbered in (禅行服受字〔2026〕123号). */
const PREFIX: Record<DocumentKind, string> = {
  acceptance_notice: '禅行服受字',
  one_time_notice: '禅行服告字',
  refusal_notice: '禅行服不受字',
  correction_notice: '禅行服补字',
  approval_decision: '禅行服准字',
  certificate: '禅证字',
};

/** A document to be issued with the transition that issues it: its statements and what the timeline keeps of it. */
export interface IssuedDocument {
  kind: DocumentKind;
  id: string;
  verificationCode: string;
  /** The number, drawn inside the statement that writes the document. */
  documentNo: SqlValue;
  statements: Statement[];
}

/**
 * The writes that record a document issued on the case, to run in the statement of the transition that
 * issues it. The number is the next of the district's yearly series for its kind (禅行服受字〔2026〕123号, as
 * `formatDocumentNo` writes it), drawn and used in the same statement; the series row's lock keeps numbers
 * unique across processes, and a transition that does not happen draws none.
 */
export function documentStatements(
  ic: Pick<IssueContext, 'c' | 'now'> & { districtCode: string; issuer: string },
  kind: DocumentKind,
  data: Record<string, unknown>,
): IssuedDocument {
  const id = randomUUID();
  const verificationCode = newVerificationCode();
  const documentNo = new SqlValue('SELECT no FROM document_no');
  return {
    kind,
    id,
    verificationCode,
    documentNo,
    statements: [
      {
        as: 'document_no',
        sql: `INSERT INTO document_sequences (district_code, prefix, year, last) VALUES ($1, $2, $3::int, 1)
               ON CONFLICT (district_code, prefix, year) DO UPDATE SET last = document_sequences.last + 1
               RETURNING $2 || '〔' || $3::int || '〕' || last || '号' AS no`,
        params: [ic.districtCode, PREFIX[kind], yearOfDay(dayOf(ic.now))],
      },
      {
        sql: `INSERT INTO case_documents (id, case_id, kind, document_no, verification_code, issuer, issued_at, data)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        params: [id, ic.c.id, kind, documentNo, verificationCode, ic.issuer, ic.now, JSON.stringify(data)],
      },
    ],
  };
}

export interface DocumentRow {
  id: string;
  case_id: string;
  kind: DocumentKind;
  document_no: string;
  verification_code: string;
  issuer: string;
  issued_at: Date;
  data: Record<string, unknown>;
  digest: string | null;
}

/** The documents issued on a case, oldest first. */
export async function listCaseDocuments(q: Queryable, caseId: string): Promise<DocumentRow[]> {
  const r = await q.query<DocumentRow>('SELECT * FROM case_documents WHERE case_id = $1 ORDER BY issued_at', [
    caseId,
  ]);
  return r.rows;
}

/** One document of a case, or null. */
export async function findCaseDocument(
  q: Queryable,
  caseId: string,
  documentId: string,
): Promise<DocumentRow | null> {
  const r = await q.query<DocumentRow>('SELECT * FROM case_documents WHERE id = $1 AND case_id = $2', [
    documentId,
    caseId,
  ]);
  return r.rows[0] ?? null;
}

/** The document a verification code was printed on, with its case's number, or null. */
export async function findDocumentByCode(
  q: Queryable,
  code: string,
): Promise<(DocumentRow & { case_no: string }) | null> {
  const r = await q.query<DocumentRow & { case_no: string }>(
    'SELECT d.*, c.case_no FROM case_documents d JOIN cases c ON c.id = d.case_id WHERE d.verification_code = $1',
    [code],
  );
  return r.rows[0] ?? null;
}

/** Remembers the digest of a document's PDF at its first rendering. */
export async function rememberDigest(q: Queryable, documentId: string, digest: string): Promise<void> {
  await q.query('UPDATE case_documents SET digest = $2 WHERE id = $1', [documentId, digest]);
}
