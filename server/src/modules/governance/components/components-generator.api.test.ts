import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../../../../test/scratch-database.ts';
import { testDbKind } from '../../../../test/helpers.ts';
import { openDb } from '../../../db/client.ts';
import { loadGeoIndex } from '../../geography/geo-index.ts';
import { parseComponentId } from './component-id.ts';
import { classQuotas } from './generate-components.ts';

/** The Chancheng-size generator's component step, run as an operator would: the CLI against PostgreSQL. */

const ROOT = new URL('../../../../..', import.meta.url).pathname;
let url = '';
let dropDatabase = async () => {};

function generate(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/src/modules/demo/generate-cli.ts', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(r.status, r.stderr + r.stdout).toBe(0);
  return r.stdout;
}

interface Row {
  id: string;
  class_code: string;
  status: string;
  lng: number;
  lat: number;
  micro_grid_code: string;
  grid_code: string;
  synthetic: boolean;
}

async function components(): Promise<Row[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<Row>(
    'SELECT id, class_code, status, lng, lat, micro_grid_code, grid_code, synthetic FROM components ORDER BY id',
  );
  await c.end();
  return r.rows;
}

const onPostgres = testDbKind() === 'postgres';

beforeAll(async () => {
  if (!onPostgres) return;
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'yimen_comp');
  url = scratch.url;
  dropDatabase = scratch.drop;
});

afterAll(async () => {
  if (url) await dropDatabase();
});

describe.skipIf(!onPostgres)('components from the generator CLI', () => {
  let first: Row[];

  it('streams the scale’s share of Chancheng’s 580,000 components, each inside its micro-grid', async () => {
    const out = generate('--scale', '0.001', '--seed', '5');
    expect(out).toMatch(/components\s+580 rows/);
    first = await components();
    expect(first).toHaveLength(580);
    const perClass = new Map<string, number>();
    for (const c of first) {
      expect(parseComponentId(c.id)?.classCode).toBe(c.class_code);
      expect(c.synthetic).toBe(true);
      perClass.set(c.class_code, (perClass.get(c.class_code) ?? 0) + 1);
    }
    expect(perClass).toEqual(new Map([...classQuotas(580)].filter(([, n]) => n > 0)));

    const db = await openDb({ kind: 'postgres', url });
    const geo = await loadGeoIndex(db, '440604');
    await db.close();
    for (const c of first) {
      const at = geo.locate(c.lng, c.lat);
      expect(at?.microGrid.code, c.id).toBe(c.micro_grid_code);
      expect(at?.grid.code).toBe(c.grid_code);
    }
  });

  it('--truncate replaces the synthetic components with the same rows for the same seed', async () => {
    generate('--scale', '0.001', '--seed', '5', '--truncate');
    expect(await components()).toEqual(first);
  });

  it('--append adds new components whose serials continue in every class', async () => {
    generate('--scale', '0.001', '--seed', '5', '--append');
    const all = await components();
    expect(all).toHaveLength(1160);
    expect(new Set(all.map((c) => c.id)).size).toBe(1160);
    // Serials are 1…n in every class: the second run continued where the first stopped.
    const serials = new Map<string, number[]>();
    for (const c of all)
      serials.set(c.class_code, [...(serials.get(c.class_code) ?? []), parseComponentId(c.id)!.serial]);
    for (const [code, list] of serials) {
      expect(
        list.sort((a, b) => a - b),
        code,
      ).toEqual(Array.from({ length: list.length }, (_, i) => i + 1));
    }
    // New points, not the first run's again.
    const firstPoints = new Set(first.map((c) => `${c.lng},${c.lat}`));
    expect(all.filter((c) => firstPoints.has(`${c.lng},${c.lat}`))).toHaveLength(580);
  });
});
