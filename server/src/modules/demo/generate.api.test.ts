import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../../../test/scratch-database.ts';
import { testDbKind } from '../../../test/helpers.ts';

const ROOT = new URL('../../../..', import.meta.url).pathname;
/** Drops the databases the tests made. */
const drops: Array<() => Promise<void>> = [];

function run(url: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/src/modules/demo/generate-cli.ts', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
}

async function freshDatabase(): Promise<string> {
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'yimen_gen');
  drops.push(scratch.drop);
  return scratch.url;
}

async function fingerprint(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  // Everything but the ciphertext, which has a random IV by design.
  const r = await c.query(`SELECT count(*)::int AS n, bool_and(synthetic) AS synthetic,
      md5(string_agg(id::text || id_number_index || name || birth_date::text || coalesce(grid_code, ''), ',' ORDER BY id)) AS digest
    FROM persons`);
  const e = await c.query('SELECT count(*)::int AS n, bool_and(synthetic) AS synthetic FROM enterprises');
  const k = await c.query(`SELECT count(*)::int AS n, bool_and(synthetic) AS synthetic,
      md5(string_agg(id || status || owner_unit || maintenance_unit || lng || ',' || lat || micro_grid_code, ',' ORDER BY id)) AS digest
    FROM components`);
  await c.end();
  return { persons: r.rows[0], enterprises: e.rows[0], components: k.rows[0] };
}

afterAll(async () => {
  for (const drop of drops) await drop();
});

describe.skipIf(testDbKind() !== 'postgres')('Chancheng-size generator (COPY into PostgreSQL)', () => {
  it('is repeatable: the same seed gives the same rows, all marked synthetic; a second run must be asked for', async () => {
    const [a, b] = [await freshDatabase(), await freshDatabase()];
    for (const url of [a, b]) {
      const r = run(url, '--scale', '0.002', '--seed', '7');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/peak RSS \d+ MB/);
    }
    const [fa, fb] = [await fingerprint(a), await fingerprint(b)];
    expect(fa.persons.n).toBe(2460);
    expect(fa.enterprises.n).toBe(320);
    expect(fa.components.n).toBe(1160);
    expect(fa.persons.synthetic && fa.enterprises.synthetic && fa.components.synthetic).toBe(true);
    expect(fa).toEqual(fb);

    const again = run(a, '--scale', '0.002', '--seed', '7');
    expect(again.status).not.toBe(0);
    expect(again.stderr + again.stdout).toMatch(/--append|--truncate/);
    expect((await fingerprint(a)).persons.n).toBe(2460);
  });
});

describe.skipIf(testDbKind() !== 'pglite')('generator on the embedded database', () => {
  it('refuses with a message that it needs PostgreSQL', () => {
    const r = run('');
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/PostgreSQL/);
  });
});
