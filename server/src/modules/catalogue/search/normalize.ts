/**
 * One normal form for item texts and queries, so that "食品经营许可（餐饮）", "食品经营许可(餐饮)" and
 * "食品 经营许可餐饮" compare equal: NFKC (full-width letters and brackets become ASCII), lower case, ü as v
 * (how pinyin IMEs spell it), and only Han characters, a–z and 0–9 kept.
 */

const HAN = /\p{Script=Han}/u;
const KEPT = /[\p{Script=Han}a-z0-9]/u;
const HAS_HAN = /\p{Script=Han}/u;
const LATIN_ONLY = /^[a-z0-9]+$/;

export interface NormalizedText {
  text: string;
  /** origin[i] = UTF-16 offset in the source of the character that became text[i]. */
  origin: number[];
}

/** Normal form of a source text, remembering where each kept character came from (for highlights). */
export function normalizeWithOrigin(source: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  for (const cp of source) {
    // Per code point so every output character can point back at its source; combining marks are dropped
    // either way, so this agrees with normalising the whole string for everything we keep.
    const folded = cp.normalize('NFKC').toLowerCase().replaceAll('ü', 'v');
    for (const ch of folded) {
      if (!KEPT.test(ch)) continue;
      text += ch;
      for (let k = 0; k < ch.length; k++) origin.push(offset);
    }
    offset += cp.length;
  }
  return { text, origin };
}

/** Normal form of a query. */
export function normalize(source: string): string {
  return normalizeWithOrigin(source).text;
}

export const hasHan = (text: string): boolean => HAS_HAN.test(text);
export const isHanChar = (ch: string): boolean => HAN.test(ch);
/** Letters and digits only: read as pinyin, initials or a code. */
export const isLatin = (text: string): boolean => LATIN_ONLY.test(text);

/** Distinct characters (code points) of a text. */
export function distinctChars(text: string): string[] {
  return [...new Set(text)];
}

/** Distinct adjacent pairs of UTF-16 units (index and query both use this, so astral characters agree). */
export function distinctBigrams(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return [...out];
}
