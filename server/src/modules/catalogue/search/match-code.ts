import { coverage, type MatchContext } from './match-context.ts';
import { SCORE } from './scores.ts';

/** Long letter-digit strings with at least four digits read as item codes (11440604…), not pinyin. */
export const looksLikeCode = (q: string): boolean =>
  q.length >= 4 && /^[a-z0-9]+$/.test(q) && /\d.*\d.*\d.*\d/.test(q);

/** Implementation code exact, 基本编码 exact, code prefix, then (for six or more characters) code substring. */
export function matchCode(ctx: MatchContext, q: string): void {
  const { store, out } = ctx;
  let found = false;
  const exact = store.slotOfNormalized(q);
  if (exact !== undefined) {
    out.offerItem(exact, SCORE.exact, 'code');
    found = true;
  }
  for (const slot of store.slotsOfBasicCode(q) ?? []) {
    out.offerItem(slot, SCORE.basicCode, 'code');
    found = true;
  }
  const codes = store.codesInOrder();
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < codes.length && codes[i]!.startsWith(q); i++) {
    out.offerItem(
      store.slotOfNormalized(codes[i]!)!,
      SCORE.codePrefix + SCORE.coverage * coverage(q.length, codes[i]!.length),
      'code',
    );
    found = true;
  }
  if (found || q.length < 6) return;
  // The tail of a code (its basic-code part) is sometimes all a clerk has; one scan of ~1,000 short strings.
  for (const code of codes) {
    if (code.includes(q)) out.offerItem(store.slotOfNormalized(code)!, SCORE.codeSubstring, 'code');
  }
}
