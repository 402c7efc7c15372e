import { BOM, parseCsv, toCsv } from '@yimen/shared/csv';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumn } from '@yimen/shared/import-columns';
import { MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import type { Locale } from '../../i18n/index.tsx';

/**
 * What the import screen knows of the server's CSV import (server: import-events.ts): its columns, its limits,
 * and the shape of its refusal. The server checks every row again; these checks only save a wasted upload.
 */

export { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumn } from '@yimen/shared/import-columns';

/** Data rows shown before sending: enough to see that the columns line up. */
export const PREVIEW_ROWS = 20;

/** A row the template carries as the example: a place in 祖庙街道, a class a new operator will recognise. */
const EXAMPLE_ROW: Record<ImportColumn, string> = {
  description: '人行道地砖破损，行人容易绊倒',
  lng: '113.118',
  lat: '23.038',
  address: '祖庙街道 祖庙路',
  class_code: '06013',
  severity: 'general',
  reporter_name: '市民来信',
};

/** The template to download: the header row and one example row, with a BOM so Excel reads it as UTF-8. */
export function importTemplate(): string {
  return BOM + toCsv([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((c) => EXAMPLE_ROW[c])]);
}

export type ImportFileProblem = 'type' | 'size' | 'empty';

/** Why this file cannot be sent, or null. Judged by the name: Windows calls a CSV application/vnd.ms-excel. */
export function importFileProblem(file: { name: string; size: number }): ImportFileProblem | null {
  if (!file.name.toLowerCase().endsWith('.csv')) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_UPLOAD_BYTES) return 'size';
  return null;
}

/**
 * A file's bytes as text: UTF-8 (with or without BOM) when they are valid UTF-8, otherwise GB18030, the encoding
 * Excel on a Chinese Windows saves "CSV (逗号分隔)" in. The server reads UTF-8, so the text is sent as UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** A file read for the preview: the header, every data row, and the header's names the server does not know. */
export interface ReadImport {
  header: string[];
  rows: string[][];
  unknownColumns: string[];
  missingDescription: boolean;
}

export type ReadImportProblem =
  | { kind: 'syntax'; line: number }
  | { kind: 'noRows' }
  | { kind: 'tooManyRows' };

/** Reads the text as the server will; the problems that make sending it pointless come back instead. */
export function readImport(text: string): ReadImport | ReadImportProblem {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (err) {
    return { kind: 'syntax', line: (err as { line?: number }).line ?? 1 };
  }
  if (table.length < 2) return { kind: 'noRows' };
  if (table.length - 1 > IMPORT_MAX_ROWS) return { kind: 'tooManyRows' };
  const header = table[0]!.map((h) => h.trim());
  const names = header.map((h) => h.toLowerCase());
  return {
    header,
    rows: table.slice(1),
    unknownColumns: header.filter((_, i) => !(IMPORT_COLUMNS as readonly string[]).includes(names[i]!)),
    missingDescription: !names.includes('description'),
  };
}

/** One problem of a refused import: the file's row (2 is the first data row), the column, what is wrong. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

/** The problems a refused import names (`error.details.problems`), or null when the refusal names none. */
export function importProblemsOf(details: Record<string, unknown> | undefined): ImportProblem[] | null {
  const list = details?.problems;
  if (!Array.isArray(list)) return null;
  const problems = list.filter(
    (p): p is ImportProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.row === 'number' &&
      typeof p.field === 'string' &&
      typeof p.message === 'string',
  );
  return problems.length ? problems : null;
}

/**
 * The part of a "中文 / English" server message for the language shown. The server picks the part of its main
 * message by Accept-Language, but sends the messages of each row in both.
 */
export function inLanguage(message: string, locale: Locale): string {
  const i = message.indexOf(' / ');
  if (i < 0 || !/[\u4e00-\u9fff]/.test(message.slice(0, i))) return message;
  return locale === 'zh-CN' ? message.slice(0, i) : message.slice(i + 3);
}
