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
 * The character n-grams (1 to MAX_NGRAM) of a report with their counts. Chinese has no spaces, so character
 * bigrams and trigrams stand in for words: 井盖, 占道, 烧烤摊. `into` is cleared and reused when given.
 */
export function ngramCounts(text: string, into = new Map<string, number>()): Map<string, number> {
  into.clear();
  for (const [run] of normalizeReport(text).matchAll(RUN)) {
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
