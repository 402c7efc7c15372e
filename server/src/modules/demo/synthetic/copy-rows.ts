import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { COLUMNS, type Row, type SyntheticTable } from './columns.ts';
import { csvChunks } from './csv.ts';

/**
 * Streams rows into a table with COPY FROM STDIN (CSV). Readable.from pulls the next chunk only when the
 * socket has drained, so memory stays flat however many rows the generator yields.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: SyntheticTable,
  rows: Iterable<Row>,
  onProgress?: (rows: number) => void,
): Promise<number> {
  return copyInto(client, table, COLUMNS[table], rows, onProgress);
}

/** copyRows for any table: rows in the order of `columns`. */
export async function copyInto(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<Row>,
  onProgress?: (rows: number) => void,
): Promise<number> {
  let count = 0;
  const counted = function* () {
    for (const row of rows) {
      count++;
      if (onProgress && count % 100_000 === 0) onProgress(count);
      yield row;
    }
  };
  const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  await pipeline(Readable.from(csvChunks(counted()), { objectMode: false }), client.query(copyFrom(sql)));
  return count;
}

/** Streams a query's result as CSV lines (COPY … TO STDOUT) and hands each parsed line to `each`. */
export async function copyOut(
  client: pg.ClientBase,
  query: string,
  each: (fields: string[]) => void,
): Promise<void> {
  const stream = client.query(copyTo(`COPY (${query}) TO STDOUT WITH (FORMAT csv)`));
  let rest = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    // Only simple columns are read this way (codes, masked numbers, dates): no quoting to undo.
    for (const line of lines) if (line) each(line.split(','));
  }
  if (rest) each(rest.split(','));
}
