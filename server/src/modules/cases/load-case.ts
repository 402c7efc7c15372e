import type { Queryable } from '../../db/client.ts';
import { AppError, bilingual, notFound } from '../../errors.ts';
import { getPublishedVersion } from '../catalogue/catalogue.repo.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
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
  if (!item) throw new AppError('internal', `Item ${itemCode} v${version} is missing.`);
  if (versions.size >= VERSION_CACHE_LIMIT) versions.clear();
  versions.set(key, item.definition);
  return item.definition;
}

export function caseNotFound(): AppError {
  return notFound('Case', 'id');
}

export const notInState = (caseNo: string, state: string, action: string) =>
  new AppError(
    'conflict',
    bilingual(
      `办件 ${caseNo} 当前状态（${state}）不能执行此操作`,
      `Case ${caseNo} is ${state}; "${action}" is not allowed now.`,
    ),
    'action',
  );

/** Another action changed the case each time this one tried to write: the user reloads and decides again. */
export const caseChangedMeanwhile = () =>
  new AppError(
    'conflict',
    bilingual(
      '办件正由他人同时处理，请刷新后重试',
      'Someone else is changing this case right now; reload and try again.',
    ),
    'action',
  );
