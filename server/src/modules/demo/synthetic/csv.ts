import type { Cell, Row } from './columns.ts';

/**
 * One CSV field for PostgreSQL's COPY … (FORMAT csv): NULL is an unquoted empty field, so an empty string
 * must be quoted; quotes are doubled inside quoted fields.
 */
export function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (v === '' || /[",\r\n]/.test(v)) return `"${v.replaceAll('"', '""')}"`;
  return v;
}

export const csvLine = (row: Row): string => `${row.map(csvField).join(',')}\n`;

/** Groups rows into text chunks of about `rowsPerChunk` lines: fewer, larger writes to the socket. */
export function* csvChunks(rows: Iterable<Row>, rowsPerChunk = 1000): Generator<string> {
  let chunk = '';
  let n = 0;
  for (const row of rows) {
    chunk += csvLine(row);
    if (++n === rowsPerChunk) {
      yield chunk;
      chunk = '';
      n = 0;
    }
  }
  if (chunk) yield chunk;
}
