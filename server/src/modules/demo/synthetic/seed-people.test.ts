import { randomBytes } from 'node:crypto';
import { parseIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../db/client.ts';
import { migrate } from '../../../db/migrate.ts';
import { createPiiCipher } from '../../people/pii-crypto.ts';
import { fakeGeo } from './fake-geo.ts';
import { REFERENCE_DATE } from './population.ts';
import { seedDemoPeople } from './seed-people.ts';

const pii = createPiiCipher({ dataKey: randomBytes(32), indexKey: randomBytes(32) });
let db: Db;
beforeAll(async () => {
  db = await openDb({ kind: 'pglite', dataDir: null });
  await migrate(db);
}, 60_000);
afterAll(async () => db?.close());

const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0]!.n;

describe('seedDemoPeople on PGlite', () => {
  it('seeds the demo size well under five seconds, all rows synthetic and consistent', async () => {
    const started = performance.now();
    const counts = await db.transaction((tx) =>
      seedDemoPeople(tx, {
        districtCode: '440604',
        geo: fakeGeo(),
        pii,
        persons: 2000,
        enterprises: 300,
        seed: 20140101,
      }),
    );
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(5000);
    expect(counts).toEqual({ persons: 2000, enterprises: 300, addresses: 635, houses: 733 });
    expect(await count('SELECT count(*)::int AS n FROM persons WHERE synthetic')).toBe(2000);
    expect(await count('SELECT count(*)::int AS n FROM enterprises WHERE synthetic')).toBe(300);
    expect(await count('SELECT count(*)::int AS n FROM addresses WHERE synthetic')).toBe(635);
    expect(await count('SELECT count(*)::int AS n FROM houses WHERE synthetic')).toBe(733);
    // Foreign keys hold and every person's grid is the grid of their address.
    expect(
      await count(`SELECT count(*)::int AS n FROM persons p JOIN addresses a ON a.id = p.address_id
                    WHERE a.grid_code <> p.grid_code`),
    ).toBe(0);
    const sample = await db.query<{ id_number_enc: string; birth_date: string; gender: string }>(
      'SELECT id_number_enc, birth_date::text AS birth_date, gender FROM persons ORDER BY id LIMIT 50',
    );
    for (const p of sample.rows) {
      const r = parseIdNumber(pii.decrypt(p.id_number_enc), REFERENCE_DATE);
      expect(r.ok && [r.value.birthDate, r.value.gender]).toEqual([p.birth_date, p.gender]);
    }
  });
});
