import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import type { Classifier, ClassifyOptions, Suggestion } from './classify.types.ts';
import { normalizeReport } from './report-features.ts';

/**
 * The naive baseline the classifier must beat: count how often each class's name and keywords occur in the
 * text and rank the classes by that count (ties in code order). Confidence is a class's share of all matches.
 * Learns nothing from labelled reports; ignores the component hint.
 */
export function keywordBaseline(taxonomy: Taxonomy): Classifier {
  const classes = taxonomy.minors.map((m) => ({
    code: m.code,
    name: m.name,
    words: [m.name, ...m.keywords].map((w) => normalizeReport(w)).filter((w) => w !== ''),
  }));
  return {
    classify(text: string, { limit = 3 }: ClassifyOptions = {}): Suggestion[] {
      const t = normalizeReport(text);
      const counted = classes
        .map((c) => ({ c, count: c.words.reduce((sum, w) => sum + occurrences(t, w), 0) }))
        .filter((x) => x.count > 0);
      const total = counted.reduce((sum, x) => sum + x.count, 0);
      return counted
        .sort((a, b) => b.count - a.count)
        .slice(0, limit)
        .map(({ c, count }) => ({ code: c.code, name: c.name, confidence: count / total }));
    },
  };
}

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
