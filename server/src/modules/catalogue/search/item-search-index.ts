import { Collector } from './collector.ts';
import { FieldStore } from './field-store.ts';
import { matchChinese } from './match-chinese.ts';
import { looksLikeCode, matchCode } from './match-code.ts';
import type { MatchContext } from './match-context.ts';
import { matchInitials, matchPinyin } from './match-pinyin.ts';
import { matchSynonymsChinese, matchSynonymsPinyin, prepareSynonyms } from './match-synonyms.ts';
import { hasHan, normalize } from './normalize.ts';
import { joinedPinyin } from './pinyin-forms.ts';
import { Tally } from './postings.ts';
import { SCORE } from './scores.ts';
import { SHORT_FORMS } from './synonyms.ts';
import type { ItemSearchIndex, SearchableItem, SearchHit, SearchOptions } from './types.ts';

export type { ItemSearchIndex, SearchableItem, SearchHit, SearchOptions } from './types.ts';

/** Queries are at most this long; the route rejects longer ones, the index cuts them to stay bounded. */
export const MAX_QUERY_LENGTH = 50;
export const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/**
 * An in-memory search index over the published catalogue (事项搜索): names, colloquial keywords, built-in
 * synonyms, full pinyin, initials, typos and codes, ranked by relevance tier and then by use. Everything a
 * query needs is precomputed here; `update` and `remove` keep it current when items are published.
 */
export function buildItemSearchIndex(items: SearchableItem[]): ItemSearchIndex {
  const store = new FieldStore();
  for (const item of items) store.add(item);
  prepareSynonyms();
  const ctx: MatchContext = { store, chars: new Tally(), pairs: new Tally(), out: new Collector(store) };
  return {
    search: (q: string, opts?: SearchOptions) => search(ctx, q, opts),
    update: (item: SearchableItem) => store.add(item),
    remove: (code: string) => store.remove(code),
    bumpUsage: (code: string, by = 1) => store.bumpUsage(code, by),
    get size() {
      return store.size;
    },
  };
}

function search(ctx: MatchContext, raw: string, opts: SearchOptions = {}): SearchHit[] {
  const q = normalize(raw.slice(0, MAX_QUERY_LENGTH));
  if (q === '') return [];
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(opts.limit ?? DEFAULT_LIMIT)));
  ctx.out.begin();
  if (hasHan(q)) {
    matchChinese(ctx, q);
    matchSynonymsChinese(ctx, q);
    // A short form inside a longer query: the query also read with the catalogue's word (个体户变更 → 个体工商户变更).
    for (const [said, word] of SHORT_FORMS) {
      if (q !== said && q.includes(said) && !q.includes(word)) matchChinese(ctx, q.replace(said, word));
    }
    // The same query read as pinyin catches homophones typed through an IME (社保卡审领 for 申领).
    if (q.length >= 2) matchPinyin(ctx, joinedPinyin(q), SCORE.homophonePenalty, false);
  } else if (looksLikeCode(q)) {
    matchCode(ctx, q);
  } else if (/[a-z]/.test(q)) {
    matchPinyin(ctx, q);
    matchInitials(ctx, q);
    matchSynonymsPinyin(ctx, q);
  } else {
    // Short digit strings: only a code can start with them.
    matchCode(ctx, q);
  }
  return ctx.out.results(q, limit, opts.serviceObject);
}
