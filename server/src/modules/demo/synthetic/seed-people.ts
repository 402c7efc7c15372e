import type { Queryable } from '../../../db/client.ts';
import type { PiiCipher } from '../../people/pii-crypto.ts';
import { COLUMNS, type Row, type SyntheticTable, TABLE_ORDER } from './columns.ts';
import { SyntheticPopulation } from './population.ts';
import { type PopulationSize, sizeForCounts } from './population-size.ts';
import type { SyntheticGeo } from './synthetic-geo.ts';

export interface SeedPeopleOptions {
  districtCode: string;
  geo: SyntheticGeo;
  pii: PiiCipher;
  persons: number;
  enterprises: number;
  seed: number;
}

// PostgreSQL allows 65,535 bind parameters per statement; 500 rows × 14 columns stays well inside.
const BATCH_ROWS = 500;

/** Inserts rows with one multi-row INSERT per batch: far fewer round trips than one INSERT per row. */
export async function insertBatched(
  tx: Queryable,
  table: SyntheticTable,
  rows: Iterable<Row>,
): Promise<number> {
  return insertRows(tx, table, COLUMNS[table], rows);
}

/** insertBatched for any table: rows in the order of `columns`. */
export async function insertRows(
  tx: Queryable,
  table: string,
  columns: readonly string[],
  rows: Iterable<Row>,
): Promise<number> {
  let batch: Row[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const start = params.length;
      params.push(...row);
      return `(${row.map((_, k) => `$${start + k + 1}`).join(',')})`;
    });
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(',')}`, params);
    count += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) await flush();
  }
  await flush();
  return count;
}

/**
 * Seeds the demo's synthetic people: addresses and houses in Chancheng's proportions, persons with
 * encrypted ID numbers, enterprises with valid credit codes. Every row has synthetic = true. Runs inside
 * the caller's transaction.
 */
export async function seedDemoPeople(tx: Queryable, opts: SeedPeopleOptions): Promise<PopulationSize> {
  const size = sizeForCounts(opts.persons, opts.enterprises);
  const population = new SyntheticPopulation({ ...opts, size });
  const generators: Record<SyntheticTable, () => Iterable<Row>> = {
    addresses: () => population.addresses(),
    houses: () => population.houses(),
    persons: () => population.persons(),
    enterprises: () => population.enterprises(),
  };
  const done: PopulationSize = { addresses: 0, houses: 0, persons: 0, enterprises: 0 };
  for (const table of TABLE_ORDER) done[table] = await insertBatched(tx, table, generators[table]());
  return done;
}
