import type { Queryable } from '../../db/client.ts';
import type { ItemDefinitionT } from './item-definition.ts';

/** Changes whenever an item is published, republished or retired: the search index is stale when it does. */
export async function catalogueVersion(q: Queryable, districtCode: string): Promise<string> {
  const r = await q.query<{ v: string }>(
    `SELECT count(*)::text || ':' || coalesce(max(v.published_at)::text, '') || ':' ||
            count(*) FILTER (WHERE i.status = 'retired')::text AS v
       FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE i.district_code = $1`,
    [districtCode],
  );
  return r.rows[0]?.v ?? '';
}

/** Every published item's code, use count and definition in force. */
export async function publishedItemDefinitions(q: Queryable, districtCode: string) {
  const r = await q.query<{ code: string; usage_count: number; definition: ItemDefinitionT }>(
    `SELECT i.code, i.usage_count, v.definition
       FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE i.district_code = $1 AND i.status = 'published'`,
    [districtCode],
  );
  return r.rows;
}
