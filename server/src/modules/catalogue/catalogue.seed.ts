import type { Queryable } from '../../db/client.ts';
import { REAL_ITEMS } from './data/real-items.ts';
import { type CatalogueSeedResult, seedCatalogueItems } from './seed-items.ts';

/**
 * Seeds the district's catalogue: the real items, published as version 1, and — when `synthetic` — generated
 * items up to Chancheng's 456 natural-person and 596 legal-person items. Runs once per district (a district
 * with items is left alone). Call it inside the seeding transaction, after the departments exist.
 */
export async function seedCatalogue(
  tx: Queryable,
  districtCode: string,
  opts: { synthetic: boolean },
): Promise<CatalogueSeedResult> {
  return seedCatalogueItems(tx, districtCode, REAL_ITEMS, opts);
}
