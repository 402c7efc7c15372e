import { Mark } from './highlight.ts';
import { coverage, type MatchContext } from './match-context.ts';
import { distinctBigrams, distinctChars } from './normalize.ts';
import { SCORE } from './scores.ts';

/**
 * Chinese query against names and keywords, in one pass over the fields that share a character with it.
 * Character and pair tallies decide each tier without scanning the catalogue: all pairs present → try a
 * substring; all characters and half the pairs → the same words in another order; all but one character
 * (two for long queries) and one pair in order → a typo.
 */
export function matchChinese(ctx: MatchContext, q: string): void {
  const { store, chars, pairs, out } = ctx;
  const qChars = distinctChars(q);
  const qPairs = distinctBigrams(q);
  chars.begin(store.fields.length);
  pairs.begin(store.fields.length);
  for (const c of qChars) chars.hitAll(store.chars.get(c));
  for (const p of qPairs) pairs.hitAll(store.pairs.get(p));
  const nc = qChars.length;
  const np = qPairs.length;
  const missingAllowed = q.length >= 8 ? 2 : q.length >= 3 ? 1 : 0;

  for (let k = 0; k < chars.touchedCount; k++) {
    const id = chars.touched[k]!;
    const field = store.fields[id]!;
    const sharedChars = chars.count(id);
    const sharedPairs = np > 0 ? pairs.count(id) : 0;
    const isName = field.kind === 'name';

    if (sharedChars === nc && sharedPairs === np) {
      const pos = field.text.indexOf(q);
      if (pos >= 0) {
        const cover = coverage(q.length, field.text.length);
        const score = isName
          ? pos === 0
            ? q.length === field.text.length
              ? SCORE.exact
              : SCORE.namePrefix + SCORE.coverage * cover
            : SCORE.nameSubstring + SCORE.coverage * cover
          : q.length === field.text.length
            ? SCORE.keywordExact
            : SCORE.keywordSubstring + SCORE.coverage * cover;
        out.offerField(id, score, isName ? 'name' : 'keyword', Mark.text, pos, q.length);
        continue;
      }
    }

    // The whole name or keyword inside a longer query ("我要办社保卡" holds 社保卡).
    if (
      field.text.length >= 2 &&
      field.text.length < q.length &&
      sharedPairs === field.pairCount &&
      q.includes(field.text)
    ) {
      const base = isName ? SCORE.containedName : SCORE.containedKeyword;
      const score = base + SCORE.coverage * coverage(field.text.length, q.length);
      out.offerField(id, score, isName ? 'name' : 'keyword', Mark.text, 0, field.text.length);
    }

    if (np >= 2 && sharedChars === nc && sharedPairs * 2 >= np) {
      // Same characters, other order: how many pairs survived, and how close the lengths are.
      const score =
        SCORE.wordOrder +
        SCORE.coverage * (sharedPairs / np) +
        SCORE.coverage * coverage(nc, field.charCount);
      out.offerField(id, score, isName ? 'name' : 'keyword', Mark.queryChars);
    } else if (
      missingAllowed > 0 &&
      nc - sharedChars <= missingAllowed &&
      sharedChars >= 2 &&
      sharedPairs >= 1
    ) {
      const score =
        SCORE.fuzzyChinese +
        2 * SCORE.coverage * (sharedChars / nc) +
        SCORE.coverage * (sharedPairs / np) +
        SCORE.coverage * coverage(2 * sharedChars, nc + field.charCount);
      out.offerField(id, score, 'fuzzy', Mark.queryChars);
    }
  }
}
