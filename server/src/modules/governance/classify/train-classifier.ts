import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import type { Classifier, ClassifyOptions, LabelledReport, Suggestion } from './classify.types.ts';
import { componentHints, foldSiblings } from './component-hint.ts';
import { type LinearModelOptions, type TrainingDoc, trainLinearModel } from './linear-model.ts';
import { ngramCounts } from './report-features.ts';
import { buildVocabulary, vectorize } from './tfidf.ts';

export interface TrainOptions extends Partial<LinearModelOptions> {
  /** How much a taxonomy name or keyword counts in the Naive Bayes estimate, beside 1 for a labelled report. */
  keywordWeight?: number;
  /** Scores are divided by this before the softmax; it sets how confident the confidences are. */
  temperature?: number;
  /** Keep the generic phrases (有安全隐患, 很危险 …: report-features.ts) as features; only to measure what dropping them does. */
  keepGenericPhrases?: boolean;
}

const DEFAULTS: Required<TrainOptions> = {
  keywordWeight: 4,
  smoothing: 1,
  priorScale: 0.3,
  epochs: 4,
  aggressiveness: 0.1,
  seed: 20_260_601,
  temperature: 0.065,
  keepGenericPhrases: false,
};
const DEFAULT_LIMIT = 3;

/**
 * Builds the report classifier: character n-grams of the text (report-features.ts), TF-IDF weighted, scored
 * by one linear model per minor class (linear-model.ts). Besides the labelled reports, every class's name and
 * each of its keywords is a small training document of its own, so a class with few or no reports is still
 * found by the words citizens use for it. Deterministic for a given seed.
 */
export function trainClassifier(
  examples: readonly LabelledReport[],
  taxonomy: Taxonomy,
  options: TrainOptions = {},
): Classifier {
  const opts = { ...DEFAULTS, ...options };
  const classes = taxonomy.minors;
  const classOf = new Map(classes.map((m, i) => [m.code, i]));
  const features = { generic: opts.keepGenericPhrases };
  const raw: Array<{ counts: Map<string, number>; label: number; weight: number }> = [];
  for (const example of examples) {
    const label = classOf.get(example.code);
    if (label === undefined)
      throw new RangeError(`Labelled report has a code not in the taxonomy: ${example.code}`);
    raw.push({ counts: ngramCounts(example.text, new Map(), features), label, weight: 1 });
  }
  classes.forEach((minor, label) => {
    for (const words of [minor.name, ...minor.keywords])
      raw.push({ counts: ngramCounts(words, new Map(), features), label, weight: opts.keywordWeight });
  });
  const vocabulary = buildVocabulary(raw.map((r) => r.counts));
  const docs: TrainingDoc[] = raw.map((r) => ({
    ...vectorize(r.counts, vocabulary),
    label: r.label,
    weight: r.weight,
  }));
  const model = trainLinearModel(docs, vocabulary.index.size, classes.length, opts);

  const hints = componentHints(taxonomy);
  // Reused by every call (classify is synchronous): less garbage per report, fewer collector pauses in the tail.
  const scores = new Float64Array(classes.length);
  const counts = new Map<string, number>();
  return {
    classify(text: string, { componentClass, limit = DEFAULT_LIMIT }: ClassifyOptions = {}): Suggestion[] {
      const doc = vectorize(ngramCounts(text, counts, features), vocabulary);
      if (doc.features.length === 0) return [];
      model.scores(doc, scores);
      for (let c = 0; c < scores.length; c++) scores[c]! /= opts.temperature;
      const hint = componentClass === undefined ? undefined : hints.get(componentClass);
      if (hint) for (const [c, boost] of hint.boosts) scores[c]! += boost;
      softmax(scores);
      if (hint) foldSiblings(scores, hint);
      return topK(scores, limit).map((c) => ({
        code: classes[c]!.code,
        name: classes[c]!.name,
        confidence: scores[c]!,
      }));
    },
  };
}

/** In place: scores become probabilities. */
function softmax(scores: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
}

/** Indices of the k largest values, largest first (ties: lower index first). */
function topK(values: Float64Array, k: number): number[] {
  const best: number[] = [];
  if (k < 1) return best;
  for (let c = 0; c < values.length; c++) {
    if (best.length === k) {
      if (values[c]! <= values[best[k - 1]!]!) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && values[best[at - 1]!]! < values[c]!) at--;
    best.splice(at, 0, c);
  }
  return best;
}
