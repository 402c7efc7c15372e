import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { loadChanchengSource } from './chancheng-source.ts';
import { deriveGeography } from './derive.ts';
import { buildGeoIndex } from './geo-index.ts';
import { loadGeoIndex, seedGeography } from './geography.seed.ts';

let db: Db;
beforeAll(async () => {
  db = await openDb({ kind: 'pglite', dataDir: null });
  await migrate(db);
}, 60_000);
afterAll(() => db?.close());

describe('seedGeography / loadGeoIndex on PGlite', () => {
  it('inserts every level once, and the loaded index answers as the derived one', async () => {
    await expect(loadGeoIndex(db, '440604')).rejects.toThrow(/run seedGeography first/);
    await db.transaction((tx) => seedGeography(tx, '440604'));
    await db.transaction((tx) => seedGeography(tx, '440604')); // a second start changes nothing
    const counts = await db.query<{ level: string; n: number }>(
      'SELECT level, count(*)::int AS n FROM geo_areas WHERE district_code = $1 GROUP BY level ORDER BY n',
      ['440604'],
    );
    expect(counts.rows).toEqual([
      { level: 'district', n: 1 },
      { level: 'street', n: 4 },
      { level: 'community', n: 147 },
      { level: 'grid', n: 303 },
      { level: 'micro_grid', n: 921 },
    ]);

    const loaded = await loadGeoIndex(db, '440604');
    const derived = buildGeoIndex(deriveGeography(loadChanchengSource()));
    expect(loaded.area('44060401000100101')).toEqual(derived.area('44060401000100101'));
    for (const row of derived.atLevel('micro_grid')) {
      expect(loaded.locate(row.center_lng, row.center_lat)?.microGrid.code).toBe(row.code);
    }
  }, 60_000);

  it('refuses a district it has no source for', async () => {
    await expect(db.transaction((tx) => seedGeography(tx, '110101'))).rejects.toThrow(/No geography source/);
  });
});
