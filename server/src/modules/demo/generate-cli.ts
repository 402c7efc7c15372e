/**
 * Synthetic-population generator for PostgreSQL: `npm run generate -- --scale full`.
 *
 * Streams addresses, houses, persons, enterprises and city components into an existing Yimen database with
 * COPY FROM STDIN, one table after another in one transaction, never holding the rows in memory. The same
 * --seed gives the same rows (ciphertexts aside: each encryption draws a fresh IV, on purpose). ID numbers
 * are encrypted with the server's keys (YIMEN_DATA_KEY / YIMEN_INDEX_KEY), so run it with the server's
 * environment.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ConfigError, loadConfig } from '../../config.ts';
import { openDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { loadGeoIndex, seedGeography } from '../geography/geography.seed.ts';
import { createPiiCipher } from '../people/pii-crypto.ts';
import { TABLE_ORDER } from './synthetic/columns.ts';
import {
  clearSyntheticComponents,
  componentsForScale,
  copyComponents,
  countComponents,
} from './synthetic/component-copy.ts';
import { copyOut, copyRows } from './synthetic/copy-rows.ts';
import { SyntheticPopulation } from './synthetic/population.ts';
import { DEMO_SIZE, FULL_SIZE, type PopulationSize, sizeForScale } from './synthetic/population-size.ts';

const USAGE = `Usage: npm run generate -- --scale demo|full|<fraction> [--seed N] [--database-url URL] [--append | --truncate]

  --scale         demo (2,000 persons, ${componentsForScale('demo').toLocaleString('en')} components), full (Chancheng: ${FULL_SIZE.persons.toLocaleString('en')} persons,
                  ${FULL_SIZE.enterprises.toLocaleString('en')} enterprises, ${FULL_SIZE.houses.toLocaleString('en')} houses, ${FULL_SIZE.addresses.toLocaleString('en')} addresses,
                  ${componentsForScale('full').toLocaleString('en')} city components) or a fraction such as 0.1
  --seed          whole number, default 1; the same seed gives the same rows
  --database-url  PostgreSQL URL (or set DATABASE_URL); PGlite is not supported
  --append        add to a district that already has persons or components
  --truncate      delete the district's synthetic persons, enterprises, houses, addresses and components first`;

class UsageError extends Error {}

interface CliOptions {
  size: PopulationSize;
  components: number;
  scale: string;
  seed: number;
  url: string;
  mode: 'fresh' | 'append' | 'truncate';
}

function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      append: { type: 'boolean', default: false },
      truncate: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new UsageError('');
  const scale = values.scale;
  if (!scale) throw new UsageError('--scale is required.');
  let size: PopulationSize;
  let components: number;
  if (scale === 'demo') {
    size = DEMO_SIZE;
    components = componentsForScale('demo');
  } else if (scale === 'full') {
    size = FULL_SIZE;
    components = componentsForScale('full');
  } else if (/^\d*\.?\d+$/.test(scale) && Number(scale) > 0 && Number(scale) <= 10) {
    size = sizeForScale(Number(scale));
    components = componentsForScale(Number(scale));
  } else throw new UsageError(`--scale must be demo, full or a fraction in (0, 10], got "${scale}".`);
  if (!/^\d{1,10}$/.test(values.seed) || Number(values.seed) > 0xffffffff) {
    throw new UsageError(`--seed must be a whole number below 2^32, got "${values.seed}".`);
  }
  if (values.append && values.truncate) throw new UsageError('Choose --append or --truncate, not both.');
  const url = values['database-url'] ?? process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError(
      'The generator writes to PostgreSQL only (it streams with COPY FROM STDIN); PGlite is not supported — the ' +
        'demo seeds PGlite by itself. Pass --database-url postgres://… or set DATABASE_URL.',
    );
  }
  const mode = values.append ? 'append' : values.truncate ? 'truncate' : 'fresh';
  return { size, components, scale, seed: Number(values.seed), url, mode };
}

type Counts = Record<(typeof TABLE_ORDER)[number], number>;

async function countRows(client: pg.Client, district: string, where = 'true'): Promise<Counts> {
  const counts = {} as Counts;
  for (const t of TABLE_ORDER) {
    const r = await client.query(
      `SELECT count(*)::int AS n FROM ${t} WHERE district_code = $1 AND ${where}`,
      [district],
    );
    counts[t] = r.rows[0].n;
  }
  return counts;
}

/** Deletes the district's synthetic rows; TRUNCATE when they are all the tables hold, which is far faster. */
async function clearSynthetic(client: pg.Client, district: string): Promise<void> {
  const real = await countRows(client, district, 'NOT synthetic');
  const realTotal = Object.values(real).reduce((a, b) => a + b, 0);
  if (realTotal > 0) {
    throw new UsageError(
      `--truncate refused: the district has ${realTotal} non-synthetic rows (${JSON.stringify(real)}).`,
    );
  }
  const others = await client.query('SELECT 1 FROM persons WHERE district_code <> $1 LIMIT 1', [district]);
  if (others.rows.length === 0) {
    // PostgreSQL refuses TRUNCATE while other tables (cases …) hold foreign keys to these, empty or not;
    // then the DELETEs below do the work, and fail if such a row really points at a synthetic one.
    await client.query('SAVEPOINT fast_truncate');
    try {
      await client.query('TRUNCATE enterprises, persons, houses, addresses');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '0A000') throw err;
      await client.query('ROLLBACK TO SAVEPOINT fast_truncate');
    }
  }
  for (const t of [...TABLE_ORDER].reverse()) {
    await client.query(`DELETE FROM ${t} WHERE district_code = $1 AND synthetic`, [district]);
  }
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;

async function main(): Promise<void> {
  const opts = parseCli(process.argv.slice(2));
  const config = loadConfig({ ...process.env, DATABASE_URL: opts.url });
  // Validated as six digits by loadConfig; it is also spliced into the COPY query of append mode.
  const district = config.districtCode;
  if (config.demo && !process.env.YIMEN_DATA_KEY) {
    console.log(
      'Note: encrypting with the demo keys (YIMEN_DATA_KEY unset); the server must use the same keys.',
    );
  }
  const pii = createPiiCipher({ dataKey: config.dataKey, indexKey: config.indexKey });

  // Schema and geography first: both are idempotent and safe with a running server.
  const db = await openDb({ kind: 'postgres', url: opts.url, poolSize: config.dbPoolSize });
  let geo: Awaited<ReturnType<typeof loadGeoIndex>>;
  try {
    await migrate(db);
    await db.transaction((tx) => seedGeography(tx, district));
    geo = await loadGeoIndex(db, district);
  } finally {
    await db.close();
  }

  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    const existing = await countRows(client, district);
    const existingComponents = await countComponents(client, district);
    if ((existing.persons > 0 || existingComponents > 0) && opts.mode === 'fresh') {
      throw new UsageError(
        `District ${district} already has ${existing.persons.toLocaleString('en')} persons and ` +
          `${existingComponents.toLocaleString('en')} components. ` +
          'Use --append to add more or --truncate to replace the synthetic ones.',
      );
    }
    const started = performance.now();
    await client.query('BEGIN');
    if (opts.mode === 'truncate') {
      await clearSynthetic(client, district);
      const refused = await clearSyntheticComponents(client, district);
      if (refused) throw new UsageError(refused);
    }
    const offsets = opts.mode === 'append' ? existing : undefined;
    const population = new SyntheticPopulation({
      districtCode: district,
      geo,
      pii,
      seed: opts.seed,
      size: opts.size,
      offsets,
    });
    if (opts.mode === 'append') {
      // New ID numbers must not collide with those already issued; masks and birth dates suffice (see id-allocator.ts).
      await copyOut(
        client,
        `SELECT id_number_masked, birth_date FROM persons WHERE district_code = '${district}'`,
        ([masked, birth]) => population.ctx.ids.reserve(masked!, birth!),
      );
    }
    console.log(
      `Generating scale ${opts.scale} with seed ${opts.seed} into district ${district} (${opts.mode}): ` +
        TABLE_ORDER.map((t) => `${opts.size[t].toLocaleString('en')} ${t}`).join(', ') +
        `, ${opts.components.toLocaleString('en')} components`,
    );
    let total = 0;
    const report = (table: string, n: number, ms: number) => {
      total += n;
      console.log(
        `  ${table.padEnd(12)} ${n.toLocaleString('en').padStart(10)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s  ${rate(n, ms)}`,
      );
    };
    const progress = (table: string) => (done: number) =>
      process.stdout.write(`  ${table}: ${done.toLocaleString('en')} …\r`);
    for (const table of TABLE_ORDER) {
      const t0 = performance.now();
      const n = await copyRows(client, table, population[table](), progress(table));
      report(table, n, performance.now() - t0);
    }
    const t0 = performance.now();
    const n = await copyComponents(client, {
      district,
      geo,
      seed: opts.seed,
      count: opts.components,
      onProgress: progress('components'),
    });
    report('components', n, performance.now() - t0);
    await client.query('COMMIT');
    await client.query(`ANALYZE ${TABLE_ORDER.join(', ')}, components`);
    const ms = performance.now() - started;
    console.log(
      `Done: ${total.toLocaleString('en')} rows in ${(ms / 1000).toFixed(1)} s (${rate(total, ms)}), ` +
        `peak RSS ${mb(process.resourceUsage().maxRSS)}.`,
    );
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

try {
  await main();
} catch (err) {
  if (err instanceof UsageError) {
    if (!err.message) {
      console.log(USAGE);
      process.exit(0);
    }
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
