import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import {
  countItems as countStoredItems,
  districtDepartments,
  insertItems,
  insertVersions,
} from './catalogue.repo.ts';
import { schemaViolation } from './definition-validator.ts';
import type { ItemDefinitionT } from './item-definition.ts';
import { checkItemRules } from './item-rules.ts';
import { generateSyntheticItems, SYNTHETIC_CODE_PREFIX } from './synthetic-items.ts';

export interface CatalogueSeedResult {
  /** False when the district already had items (the seed runs once per district). */
  seeded: boolean;
  real: number;
  synthetic: number;
}

// Statement size: a few hundred definitions (about 1 MB of JSON) per INSERT keeps both engines fast.
const CHUNK = 250;

/** Refuses bad seed data loudly: a broken real item is a bug in the data files, not a user error. */
function assertSeedable(defs: ItemDefinitionT[], departments: ReadonlySet<string>, kind: string): void {
  const codes = new Set<string>();
  for (const def of defs) {
    const broken = schemaViolation(def) ?? checkItemRules(def, departments);
    if (broken) throw new Error(`${kind} item ${def.implementationCode}: ${broken.field}: ${broken.message}`);
    if (codes.has(def.implementationCode))
      throw new Error(`${kind} item code ${def.implementationCode} appears twice`);
    codes.add(def.implementationCode);
  }
}

/**
 * Inserts and publishes (version 1, published by nobody) the given real items and, when `synthetic`, generated
 * items up to Chancheng's size. Runs once: a district that has items already is left alone.
 */
export async function seedCatalogueItems(
  tx: Queryable,
  districtCode: string,
  realItems: readonly ItemDefinitionT[],
  opts: { synthetic: boolean; seed?: number },
): Promise<CatalogueSeedResult> {
  if ((await countStoredItems(tx, districtCode)) > 0) return { seeded: false, real: 0, synthetic: 0 };
  const departments = new Set((await districtDepartments(tx, districtCode)).keys());
  const real = [...realItems];
  assertSeedable(real, departments, 'real');
  const clash = real.find((d) => d.implementationCode.startsWith(SYNTHETIC_CODE_PREFIX));
  if (clash)
    throw new Error(
      `real item ${clash.implementationCode} uses the synthetic prefix ${SYNTHETIC_CODE_PREFIX}`,
    );
  const synthetic = opts.synthetic
    ? generateSyntheticItems(real, { districtCode, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) })
    : [];
  assertSeedable(synthetic, departments, 'synthetic');

  const rows = [...real, ...synthetic].map((definition) => ({
    id: randomUUID(),
    definition,
    synthetic: definition.source === 'synthetic',
    status: 'published' as const,
    currentVersion: 1,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await insertItems(tx, districtCode, chunk);
    await insertVersions(
      tx,
      chunk.map((r) => ({ itemId: r.id, version: 1, definition: r.definition })),
      null,
    );
  }
  return { seeded: true, real: real.length, synthetic: synthetic.length };
}
