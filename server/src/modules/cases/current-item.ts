import type { ItemStatusT } from '@yimen/shared/catalogue';
import type { Queryable } from '../../db/client.ts';
import { getCurrentVersion } from '../catalogue/catalogue.repo.ts';

export interface CurrentItem {
  itemId: string;
  code: string;
  status: ItemStatusT;
  version: number;
}

/**
 * The version each item opens new cases under, as this process last read it. Another process may publish a
 * new version or retire the item at any time, so an entry is only a guess: the case is written together with
 * currentItemGuard, which holds only if the item is still as read, and a stale entry is forgotten and read
 * again. Only items that can take cases are kept; an unknown or retired item is read every time.
 */
const current = new Map<string, CurrentItem>();
const CURRENT_LIMIT = 5_000;

const keyOf = (districtCode: string, code: string) => `${districtCode}/${code}`;

export async function currentItem(
  q: Queryable,
  districtCode: string,
  code: string,
): Promise<CurrentItem | null> {
  const key = keyOf(districtCode, code);
  const known = current.get(key);
  if (known) return known;
  const item = await getCurrentVersion(q, districtCode, code);
  if (item && item.status !== 'retired') {
    if (current.size >= CURRENT_LIMIT) current.clear();
    current.set(key, item);
  }
  return item;
}

export function forgetCurrentItem(districtCode: string, code: string): void {
  current.delete(keyOf(districtCode, code));
}
