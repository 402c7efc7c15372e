import type { Queryable } from '../../db/client.ts';
import { getPublishedVersion } from '../catalogue/catalogue.repo.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import { caseErrors } from './cases.errors.ts';
import type { CaseRow } from './cases.repo.ts';

// Published versions never change, so each process can keep the ones it has read.
const versions = new Map<string, ItemDefinitionT>();
const VERSION_CACHE_LIMIT = 5_000;

/** The item definition a case runs under: the version it was opened with, never a later one. */
export function definitionOf(q: Queryable, c: CaseRow): Promise<ItemDefinitionT> {
  return versionDefinition(q, c.district_code, c.item_code, c.item_version);
}

/** One published version's definition, read once per process (versions are immutable once published). */
export async function versionDefinition(
  q: Queryable,
  districtCode: string,
  itemCode: string,
  version: number,
): Promise<ItemDefinitionT> {
  const key = `${districtCode}/${itemCode}/${version}`;
  const cached = versions.get(key);
  if (cached) return cached;
  const item = await getPublishedVersion(q, districtCode, itemCode, version);
  if (!item) throw caseErrors.versionMissing({ itemCode, version });
  if (versions.size >= VERSION_CACHE_LIMIT) versions.clear();
  versions.set(key, item.definition);
  return item.definition;
}
