import { ROLES } from '@yimen/shared/roles';
import type { Queryable } from '../../db/client.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import { catalogueVersion, publishedItemDefinitions } from './item-search.repo.ts';
import { buildItemSearchIndex, MAX_QUERY_LENGTH } from './search/item-search-index.ts';
import type { ItemSearchIndex, SearchableItem, SearchHit } from './search/types.ts';

/** How often a process checks whether another process published or retired an item. */
const FRESHNESS_MS = 10_000;

async function publishedItems(q: Queryable, districtCode: string): Promise<SearchableItem[]> {
  const rows = await publishedItemDefinitions(q, districtCode);
  return rows.map((row) => ({
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
 * When a whole query finds nothing, the items closest to its parts: every two-character piece of it is searched
 * and each item keeps its best score, so "火星上结婚怎么办" still suggests 结婚登记 rather than an empty page.
 */
function closest(find: (text: string) => SearchHit[], q: string): SearchHit[] {
  const chars = [...q.replace(/\s+/g, '')];
  const best = new Map<string, SearchHit>();
  for (let i = 0; i + 2 <= chars.length; i++) {
    for (const hit of find(chars.slice(i, i + 2).join(''))) {
      const held = best.get(hit.code);
      if (!held || held.score < hit.score) best.set(hit.code, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
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
    opts: { limit: number; serviceObject?: '1' | '2' | undefined; prefer?: '1' | '2' | undefined },
  ) {
    if (ctx.actor) authorize(ctx, { roles: ROLES }); // anonymous visitors search the public catalogue too
    if (q.trim() === '') throw catalogueErrors.emptyQuery();
    if (q.length > MAX_QUERY_LENGTH) throw catalogueErrors.queryTooLong({ max: MAX_QUERY_LENGTH });
    const index = await this.fresh();
    // With a preferred audience (个人 / 法人), that audience's items come first but the others stay.
    const wanted = opts.prefer ? Math.min(100, opts.limit * 3) : opts.limit;
    const find = (text: string) => index.search(text, { limit: wanted, serviceObject: opts.serviceObject });
    let hits = find(q);
    const suggestion = hits.length === 0;
    if (suggestion) hits = closest(find, q);
    const prefer = opts.prefer;
    if (prefer) {
      const serves = (code: string) => this.items.get(code)?.serviceObjects.includes(prefer) ?? false;
      hits = [...hits.filter((h) => serves(h.code)), ...hits.filter((h) => !serves(h.code))];
    }
    return hits.slice(0, opts.limit).map((hit) => {
      const item = this.items.get(hit.code);
      return {
        ...hit,
        ...(suggestion ? { suggestion: true } : {}),
        departmentId: item?.departmentId ?? '',
        handlingType: item?.handlingType ?? 'commitment',
        serviceObjects: item?.serviceObjects ?? [],
      };
    });
  }
}
