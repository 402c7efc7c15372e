import { mulberry32 } from '../../geography/prng.ts';
import type { SparseVector } from './tfidf.ts';

/** A training document: its vector, its class, and how much it counts. */
export interface TrainingDoc extends SparseVector {
  label: number;
  /** How much the document counts in the Naive Bayes estimate (a report 1, a keyword more: see TrainOptions). */
  weight: number;
}

export interface LinearModelOptions {
  /** Additive smoothing of the Naive Bayes estimate. */
  smoothing: number;
  /** Scale of the Naive Bayes log-probabilities the weights start from. */
  priorScale: number;
  /** Passes of passive-aggressive correction over the documents. */
  epochs: number;
  /** Largest step one document may cause (PA-I's C). */
  aggressiveness: number;
  seed: number;
}

/** Class scores of a document: one row of `classCount` weights per feature, summed over the document's features. */
export interface LinearModel {
  scores(doc: SparseVector, into?: Float64Array): Float64Array;
}

const MARGIN = 1;

/**
 * Trains one linear scorer in two steps. The weights start as multinomial Naive Bayes log-probabilities
 * (centred per feature, scaled by `priorScale`): with few reports per class this is what works, and the
 * taxonomy's keywords count in it. Then averaged passive-aggressive passes (PA-I, Crammer et al. 2006) correct
 * the mistakes Naive Bayes makes on the training documents — e.g. that 公交站 in "公交站旁边摆摊" names a place,
 * not a broken bus shelter — by moving weight from the wrongly preferred class to the right one.
 */
export function trainLinearModel(
  docs: readonly TrainingDoc[],
  featureCount: number,
  classCount: number,
  opts: LinearModelOptions,
): LinearModel {
  const weights = naiveBayesWeights(docs, featureCount, classCount, opts);
  // Averaging: the final weights are the mean of the weights after every step, kept as w - u / t.
  const steps = new Float64Array(featureCount * classCount);
  const scratch = new Float64Array(classCount);
  const rng = mulberry32(opts.seed);
  const order = docs.map((_, i) => i);
  let t = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const doc = docs[d]!;
      scoreTraining(weights, classCount, doc, scratch);
      let rival = -1;
      for (let c = 0; c < classCount; c++)
        if (c !== doc.label && (rival < 0 || scratch[c]! > scratch[rival]!)) rival = c;
      const loss = MARGIN - (scratch[doc.label]! - scratch[rival]!);
      if (loss > 0) {
        // The step that makes the loss zero, capped; the update touches two weights per feature, hence / 2.
        const tau = Math.min(opts.aggressiveness, loss / 2);
        for (let i = 0; i < doc.features.length; i++) {
          const row = doc.features[i]! * classCount;
          const step = tau * doc.values[i]!;
          weights[row + doc.label]! += step;
          weights[row + rival]! -= step;
          steps[row + doc.label]! += t * step;
          steps[row + rival]! -= t * step;
        }
      }
      t++;
    }
  }
  const averaged = new Float32Array(weights.length);
  for (let k = 0; k < weights.length; k++) averaged[k] = weights[k]! - steps[k]! / t;
  return { scores: (doc, into = new Float64Array(classCount)) => score(averaged, classCount, doc, into) };
}

// Two copies of one loop, so that each sees one array type and stays monomorphic (fast) in V8.
function scoreTraining(weights: Float64Array, classCount: number, doc: SparseVector, out: Float64Array) {
  out.fill(0);
  for (let i = 0; i < doc.features.length; i++) {
    const row = doc.features[i]! * classCount;
    const v = doc.values[i]!;
    for (let c = 0; c < classCount; c++) out[c]! += v * weights[row + c]!;
  }
  return out;
}

function score(weights: Float32Array, classCount: number, doc: SparseVector, out: Float64Array) {
  out.fill(0);
  for (let i = 0; i < doc.features.length; i++) {
    const row = doc.features[i]! * classCount;
    const v = doc.values[i]!;
    for (let c = 0; c < classCount; c++) out[c]! += v * weights[row + c]!;
  }
  return out;
}

/** Multinomial Naive Bayes over the weighted TF-IDF mass of each class, log-probabilities centred per feature. */
function naiveBayesWeights(
  docs: readonly TrainingDoc[],
  featureCount: number,
  classCount: number,
  opts: LinearModelOptions,
): Float64Array {
  const weights = new Float64Array(featureCount * classCount);
  const total = new Float64Array(classCount);
  for (const doc of docs) {
    for (let i = 0; i < doc.features.length; i++) {
      const mass = doc.values[i]! * doc.weight;
      weights[doc.features[i]! * classCount + doc.label]! += mass;
      total[doc.label]! += mass;
    }
  }
  const denominator = Float64Array.from(total, (t) => Math.log(t + opts.smoothing * featureCount));
  const unseen = Math.log(opts.smoothing); // most features never occur in most classes: no logarithm needed
  for (let f = 0; f < featureCount; f++) {
    const row = f * classCount;
    let mean = 0;
    for (let c = 0; c < classCount; c++) {
      const mass = weights[row + c]!;
      weights[row + c] = (mass > 0 ? Math.log(mass + opts.smoothing) : unseen) - denominator[c]!;
      mean += weights[row + c]!;
    }
    mean /= classCount;
    for (let c = 0; c < classCount; c++) weights[row + c] = opts.priorScale * (weights[row + c]! - mean);
  }
  return weights;
}
