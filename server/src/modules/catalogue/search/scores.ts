/**
 * Relevance tiers. Each kind of evidence has a base score, ordered by how surely it names what the person
 * meant; a tier adds at most ~50 for how much of the text the query covers, so tiers overlap only at their
 * edges. The usage term (USAGE_WEIGHT · ln(uses + 1), about 14 at 1,000 uses and 28 at a million) is smaller
 * than the gap between tiers: it orders equally good matches and cannot lift a weak match over a strong one.
 */
export const SCORE = {
  /** The whole name, or the whole implementation code: nothing is more certain. */
  exact: 1000,
  basicCode: 950,
  namePrefix: 900,
  codePrefix: 900,
  codeSubstring: 850,
  nameSubstring: 820,
  /** The colloquial word exactly as recorded for the item by the people who maintain the catalogue. */
  keywordExact: 800,
  /** A built-in synonym whose catalogue word is in the name; a notch below a recorded keyword. */
  synonymName: 780,
  synonymKeyword: 740,
  /** The synonym phrase is only part of a longer query ("我想开饭店"). */
  synonymPartialPenalty: 40,
  /** Later catalogue words of one synonym are weaker hints than the first ("出生登记" before "户口"). */
  synonymRankPenalty: 15,
  keywordSubstring: 720,
  pinyinNameExact: 760,
  pinyinKeywordExact: 740,
  pinyinNamePrefix: 700,
  pinyinKeywordPrefix: 680,
  pinyinNameInner: 640,
  pinyinKeywordInner: 620,
  /** The name or a keyword appears inside a longer query ("我要办社保卡"). */
  containedName: 630,
  containedKeyword: 610,
  initialsNameExact: 660,
  initialsKeywordExact: 640,
  initialsNamePrefix: 580,
  initialsKeywordPrefix: 560,
  initialsInner: 500,
  /** Same characters, other order ("换领身份证" for 居民身份证换领). */
  wordOrder: 600,
  /** One or two characters wrong or missing. */
  fuzzyChinese: 450,
  /** Pinyin within edit distance 1 (2 for long queries); each edit costs fuzzyPerEdit. */
  fuzzyPinyin: 480,
  fuzzyPerEdit: 60,
  /** Pinyin of a Chinese query matched where its characters did not: a homophone typed through an IME. */
  homophonePenalty: 150,
  /** Most a tier adds for covering more of the matched text. */
  coverage: 50,
} as const;

export const USAGE_WEIGHT = 2;
