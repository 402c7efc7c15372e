/** Longer reports are cut: the opening says what the problem is, and the cut bounds the work per query. */
export const MAX_REPORT_CHARS = 400;
export const MAX_NGRAM = 3;

// Runs of Chinese characters, Latin letters or digits; n-grams never cross punctuation or spaces.
const RUN = /[\p{Script=Han}a-z0-9]+/gu;

/** Full-width to half-width (NFKC), lower case, and every number as one 0 (house numbers say nothing). */
export function normalizeReport(text: string): string {
  return text
    .slice(0, MAX_REPORT_CHARS)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+(?:\.\d+)?/g, '0');
}

/**
 * What callers say about any problem — how worried they are (有安全隐患, 很危险), that someone is affected (有人),
 * that they want it done (麻烦, 赶紧, 投诉) — and so nothing about which problem it is. On the hotline these words
 * are often most of a short call, and 安全隐患 is also a word of the 安全隐患 classes' names, so a call like
 * "井盖缺失，有安全隐患" read them as a workplace hazard. They are read as pauses: n-grams end at them. (有人 stays:
 * in 有人摆摊, 有人烧垃圾 it starts what the problem is, and taking it out cost accuracy on the other reports.)
 */
export const GENERIC_PHRASES: readonly string[] = [
  '有安全隐患',
  '安全隐患',
  '很危险',
  '太危险',
  '麻烦',
  '赶紧',
  '投诉',
  '你们管不管',
];
const GENERIC = new RegExp(
  GENERIC_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'gu',
);

/** The report with the generic phrases taken out (each leaves a space, so no n-gram spans it). */
export const withoutGenericPhrases = (normalized: string) => normalized.replace(GENERIC, ' ');

/**
 * The character n-grams (1 to MAX_NGRAM) of a report with their counts, the generic phrases left out unless
 * `generic` keeps them. Chinese has no spaces, so character bigrams and trigrams stand in for words: 井盖, 占道,
 * 烧烤摊. `into` is cleared and reused when given.
 */
export function ngramCounts(
  text: string,
  into = new Map<string, number>(),
  { generic = false }: { generic?: boolean } = {},
): Map<string, number> {
  into.clear();
  const normalized = normalizeReport(text);
  for (const [run] of (generic ? normalized : withoutGenericPhrases(normalized)).matchAll(RUN)) {
    // The last MAX_NGRAM characters (code points, so a rare character outside the BMP counts as one).
    const recent: string[] = [];
    for (const char of run) {
      recent.push(char);
      if (recent.length > MAX_NGRAM) recent.shift();
      let gram = '';
      for (let i = recent.length - 1; i >= 0; i--) {
        gram = recent[i] + gram;
        into.set(gram, (into.get(gram) ?? 0) + 1);
      }
    }
  }
  return into;
}
