import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../../../test/helpers.ts';

const ROOT = new URL('../../../..', import.meta.url).pathname;
const created: string[] = [];

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
  const base = process.env.TEST_DATABASE_URL!;
  const name = `yimen_gen_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
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
  if (!created.length) return;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
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
