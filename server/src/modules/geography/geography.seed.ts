import type { Queryable } from '../../db/client.ts';
import { loadChanchengSource } from './chancheng-source.ts';
import { deriveGeography } from './derive.ts';
import { hasGeoAreas, insertGeoAreas } from './geography.repo.ts';

/** Start-up calls seedGeography, then loadGeoIndex; both are reachable from here. */
export { loadGeoIndex } from './geo-index.ts';

/** The districts whose real divisions and boundary ship with Yimen (data/*.json). */
const SOURCES: Record<string, () => ReturnType<typeof loadChanchengSource>> = {
  '440604': loadChanchengSource,
};

/**
 * Fills geo_areas for the district (district, streets, communities, grids, micro-grids) unless it already
 * has rows. Deriving takes about a second, so this runs once, on the first start of an empty database.
 */
export async function seedGeography(tx: Queryable, districtCode: string): Promise<void> {
  if (await hasGeoAreas(tx, districtCode)) return;
  const load = SOURCES[districtCode];
  if (!load) {
    throw new Error(
      `No geography source for district ${districtCode}; Yimen ships ${Object.keys(SOURCES).join(', ')} (禅城区).`,
    );
  }
  await insertGeoAreas(tx, deriveGeography(load()));
}
