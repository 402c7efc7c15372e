import { Mark } from './highlight.ts';
import { coverage, type MatchContext } from './match-context.ts';
import { distinctBigrams, normalize } from './normalize.ts';
import { joinedPinyin } from './pinyin-forms.ts';
import { SCORE } from './scores.ts';
import { SYNONYMS } from './synonyms.ts';
import type { MatchKind } from './types.ts';

interface Expansion {
  phrase: string;
  targets: string[];
}

interface SynonymLookup {
  phrases: Expansion[];
  /** Joined pinyin of each phrase, so "shanghukou" finds 上户口 too. */
  byPinyin: Map<string, Expansion[]>;
}

let lookup: SynonymLookup | undefined;

/** Normalised once per process: every index shares the built-in table. */
function synonymLookup(): SynonymLookup {
  if (lookup) return lookup;
  const phrases: Expansion[] = [];
  const byPinyin = new Map<string, Expansion[]>();
  for (const { phrases: said, targets } of SYNONYMS) {
    const normTargets = targets.map(normalize).filter(Boolean);
    for (const p of said) {
      const expansion = { phrase: normalize(p), targets: normTargets };
      phrases.push(expansion);
      const py = joinedPinyin(expansion.phrase);
      byPinyin.set(py, [...(byPinyin.get(py) ?? []), expansion]);
    }
  }
  lookup = { phrases, byPinyin };
  return lookup;
}

/** Warms the table at build time so the first search does not pay for it. */
export function prepareSynonyms(): void {
  synonymLookup();
}

/** Colloquial phrases in a Chinese query, expanded to catalogue words. */
export function matchSynonymsChinese(ctx: MatchContext, q: string): void {
  for (const expansion of synonymLookup().phrases) {
    if (q === expansion.phrase) expand(ctx, expansion, 0, 'keyword');
    else if (q.includes(expansion.phrase)) expand(ctx, expansion, SCORE.synonymPartialPenalty, 'keyword');
  }
}

/** A whole pinyin query that spells a colloquial phrase ("kaifandian"). */
export function matchSynonymsPinyin(ctx: MatchContext, q: string): void {
  for (const expansion of synonymLookup().byPinyin.get(q) ?? []) expand(ctx, expansion, 0, 'pinyin');
}

function expand(ctx: MatchContext, expansion: Expansion, penalty: number, kind: MatchKind): void {
  expansion.targets.forEach((target, rank) => {
    const less = penalty + rank * SCORE.synonymRankPenalty;
    forEachFieldContaining(ctx, target, (id, pos) => {
      const field = ctx.store.fields[id]!;
      const cover = coverage(target.length, field.text.length);
      const base = field.kind === 'name' ? SCORE.synonymName : SCORE.synonymKeyword;
      // A little for how much of the name the catalogue word is: 出生登记 itself before 出生登记变更.
      out(ctx, id, base - less + (SCORE.coverage / 5) * cover, kind, pos, target.length);
    });
  });
}

function out(ctx: MatchContext, id: number, score: number, kind: MatchKind, pos: number, len: number): void {
  ctx.out.offerField(id, score, kind, Mark.text, pos, len);
}

/** Fields whose text contains `text` (two or more characters), found through the pair index. */
function forEachFieldContaining(ctx: MatchContext, text: string, visit: (id: number, pos: number) => void) {
  const { store, pairs } = ctx;
  const grams = distinctBigrams(text);
  if (grams.length === 0) return;
  pairs.begin(store.fields.length);
  for (const g of grams) pairs.hitAll(store.pairs.get(g));
  for (let k = 0; k < pairs.touchedCount; k++) {
    const id = pairs.touched[k]!;
    if (pairs.count(id) !== grams.length) continue;
    const pos = store.fields[id]!.text.indexOf(text);
    if (pos >= 0) visit(id, pos);
  }
}
