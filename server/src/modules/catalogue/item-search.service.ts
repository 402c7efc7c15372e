import type { Queryable } from '../../db/client.ts';
import { AppError, bilingual } from '../../errors.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { ROLES } from '../identity/roles.ts';
import type { ItemDefinitionT } from './item-definition.ts';
import { buildItemSearchIndex, MAX_QUERY_LENGTH } from './search/item-search-index.ts';
import type { ItemSearchIndex, SearchableItem } from './search/types.ts';

/** How often a process checks whether another process published or retired an item. */
const FRESHNESS_MS = 10_000;

async function catalogueVersion(q: Queryable, districtCode: string): Promise<string> {
  const r = await q.query<{ v: string }>(
    `SELECT count(*)::text || ':' || coalesce(max(v.published_at)::text, '') || ':' ||
            count(*) FILTER (WHERE i.status = 'retired')::text AS v
       FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE i.district_code = $1`,
    [districtCode],
  );
  return r.rows[0]?.v ?? '';
}

async function publishedItems(q: Queryable, districtCode: string): Promise<SearchableItem[]> {
  const r = await q.query<{ code: string; usage_count: number; definition: ItemDefinitionT }>(
    `SELECT i.code, i.usage_count, v.definition
       FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE i.district_code = $1 AND i.status = 'published'`,
    [districtCode],
  );
  return r.rows.map((row) => ({
    code: row.code,
    basicCode: row.definition.basicCode,
    name: row.definition.name,
    keywords: row.definition.keywords,
    departmentId: row.definition.departmentId,
    serviceObjects: row.definition.serviceObjects,
    handlingType: row.definition.handlingType,
    usageCount: row.usage_count,
  }));
}

/**
 * The in-memory search over the published catalogue of one district. Each process keeps its own index and
 * rebuilds it when the catalogue's version changes (checked at most every ten seconds), so a publication in
 * one process reaches the others without any message bus.
 */
export class ItemSearch {
  private index: ItemSearchIndex | null = null;
  private items = new Map<string, SearchableItem>();
  private version = '';
  private checkedAt = 0;

  constructor(
    private readonly db: Queryable,
    private readonly districtCode: string,
  ) {}

  private async fresh(): Promise<ItemSearchIndex> {
    if (this.index && Date.now() - this.checkedAt < FRESHNESS_MS) return this.index;
    this.checkedAt = Date.now();
    const version = await catalogueVersion(this.db, this.districtCode);
    if (!this.index || version !== this.version) {
      const items = await publishedItems(this.db, this.districtCode);
      this.index = buildItemSearchIndex(items);
      this.items = new Map(items.map((i) => [i.code, i]));
      this.version = version;
    }
    return this.index;
  }

  /** Marks the index stale: the next search re-reads the catalogue (called after a publication here). */
  invalidate(): void {
    this.checkedAt = 0;
  }

  /** One more case of this item: popular items rank first among equally good matches. */
  bumpUsage(code: string): void {
    this.index?.bumpUsage(code);
  }

  async search(
    ctx: RequestContext,
    q: string,
    opts: { limit: number; serviceObject?: '1' | '2' | undefined },
  ) {
    if (ctx.actor) authorize(ctx, { roles: ROLES }); // anonymous visitors search the public catalogue too
    if (q.trim() === '')
      throw new AppError(
        'validation_failed',
        bilingual('请输入要查找的事项', 'Type what you are looking for.'),
        'q',
      );
    if (q.length > MAX_QUERY_LENGTH) {
      throw new AppError(
        'validation_failed',
        bilingual(`查询最多 ${MAX_QUERY_LENGTH} 个字`, `At most ${MAX_QUERY_LENGTH} characters.`),
        'q',
      );
    }
    const index = await this.fresh();
    return index.search(q, opts).map((hit) => {
      const item = this.items.get(hit.code);
      return {
        ...hit,
        departmentId: item?.departmentId ?? '',
        handlingType: item?.handlingType ?? 'commitment',
        serviceObjects: item?.serviceObjects ?? [],
      };
    });
  }
}
