import { prefixDistance } from './edit-distance.ts';
import type { Field } from './field-store.ts';
import { Mark } from './highlight.ts';
import { coverage, type MatchContext } from './match-context.ts';
import { distinctBigrams } from './normalize.ts';
import { SCORE } from './scores.ts';

/** Edits tolerated for a pinyin query of this length: none below 5 letters (too many near neighbours). */
const editsAllowed = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * Latin letters against the joined pinyin of names and keywords: exact, prefix, or starting on a syllable
 * ("baozhang" in shehuibaozhangka…), then within a small edit distance of a prefix starting on a syllable.
 * For pinyin derived from a Chinese query (homophones) `penalty` lowers every score and `typos` is off: a
 * typo of a homophone is too far from what was typed, and the Chinese matcher handles wrong characters.
 */
export function matchPinyin(ctx: MatchContext, q: string, penalty = 0, typos = true): void {
  const { store, pairs, out } = ctx;
  if (q.length === 1) {
    for (const id of store.firstLetter.get(q) ?? []) {
      const field = store.fields[id]!;
      const base = field.kind === 'name' ? SCORE.pinyinNamePrefix : SCORE.pinyinKeywordPrefix;
      out.offerField(id, base - penalty, 'pinyin', Mark.joined, 0, 1);
    }
    return;
  }
  const grams = distinctBigrams(q);
  pairs.begin(store.fields.length);
  for (const g of grams) pairs.hitAll(store.pinyinPairs.get(g));
  const edits = typos ? editsAllowed(q.length) : 0;
  // q-gram bound: each edit destroys at most three letter pairs (a transposition), so a field within
  // `edits` of the query shares at least this many; fewer cannot be a typo of it.
  const needForTypo = Math.max(1, grams.length - 3 * edits);

  for (let k = 0; k < pairs.touchedCount; k++) {
    const id = pairs.touched[k]!;
    const field = store.fields[id]!;
    const shared = pairs.count(id);
    if (shared === grams.length) {
      const pos = indexOnSyllable(field, q);
      if (pos >= 0) {
        out.offerField(id, exactScore(field, q, pos) - penalty, 'pinyin', Mark.joined, pos, q.length);
        continue;
      }
    }
    if (edits > 0 && shared >= needForTypo) fuzzy(ctx, id, field, q, edits, penalty);
  }
}

function exactScore(field: Field, q: string, pos: number): number {
  const joined = field.py.joined;
  const isName = field.kind === 'name';
  const cover = SCORE.coverage * coverage(q.length, joined.length);
  if (pos === 0 && q.length === joined.length)
    return isName ? SCORE.pinyinNameExact : SCORE.pinyinKeywordExact;
  if (pos === 0) return (isName ? SCORE.pinyinNamePrefix : SCORE.pinyinKeywordPrefix) + cover;
  return (isName ? SCORE.pinyinNameInner : SCORE.pinyinKeywordInner) + cover;
}

/** First occurrence of q that starts on a syllable ("ka" in "shebaoka", not the "ka" inside "kang"). */
function indexOnSyllable(field: Field, q: string): number {
  const { joined, boundary } = field.py;
  let pos = joined.indexOf(q);
  while (pos >= 0 && boundary[pos] !== 1) pos = joined.indexOf(q, pos + 1);
  return pos;
}

function fuzzy(ctx: MatchContext, id: number, field: Field, q: string, edits: number, penalty: number): void {
  const { joined, joinedStart } = field.py;
  const q0 = q.charCodeAt(0);
  const q1 = q.charCodeAt(1);
  const q2 = q.charCodeAt(2);
  let best = edits + 1;
  let bestStart = 0;
  for (let s = 0; s + 1 < joinedStart.length; s++) {
    const start = joinedStart[s]!;
    const t0 = joined.charCodeAt(start);
    const t1 = joined.charCodeAt(start + 1);
    // Cheap pre-check before the DP. People rarely miss the first letter, so a start must agree on it, on
    // the next two letters (the first one mistyped), or be those two swapped; most starts stop here.
    const plausible =
      t0 === q0 || (t1 === q1 && joined.charCodeAt(start + 2) === q2) || (t0 === q1 && t1 === q0);
    if (!plausible) continue;
    const d = prefixDistance(q, joined, start, Math.min(edits, best - 1));
    if (d < best) {
      best = d;
      bestStart = start;
      if (d === 1) break;
    }
  }
  if (best > edits) return;
  const rest = joined.length - bestStart;
  const score =
    SCORE.fuzzyPinyin -
    SCORE.fuzzyPerEdit * best +
    (bestStart === 0 ? SCORE.coverage / 2 : 0) +
    (SCORE.coverage / 2) * coverage(q.length, rest) +
    (field.kind === 'name' ? 10 : 0) -
    penalty;
  ctx.out.offerField(id, score, 'fuzzy', Mark.joined, bestStart, Math.min(q.length, rest));
}

/** Latin letters against initials ("yyzz" → 营业执照, "sbk" → 社保卡). */
export function matchInitials(ctx: MatchContext, q: string): void {
  const { store, pairs, out } = ctx;
  if (q.length < 2 || q.length > 12) return;
  const grams = distinctBigrams(q);
  pairs.begin(store.fields.length);
  for (const g of grams) pairs.hitAll(store.initialPairs.get(g));
  for (let k = 0; k < pairs.touchedCount; k++) {
    const id = pairs.touched[k]!;
    if (pairs.count(id) !== grams.length) continue;
    const field = store.fields[id]!;
    const initials = field.py.initials;
    const pos = initials.indexOf(q);
    if (pos < 0) continue;
    const isName = field.kind === 'name';
    const cover = SCORE.coverage * coverage(q.length, initials.length);
    const score =
      pos === 0 && q.length === initials.length
        ? isName
          ? SCORE.initialsNameExact
          : SCORE.initialsKeywordExact
        : pos === 0
          ? (isName ? SCORE.initialsNamePrefix : SCORE.initialsKeywordPrefix) + cover
          : SCORE.initialsInner + cover;
    out.offerField(id, score, 'initials', Mark.initials, pos, q.length);
  }
}
