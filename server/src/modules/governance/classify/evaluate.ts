import { mulberry32 } from '../../geography/prng.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import type { Classifier, LabelledReport, PickedComponentReport, Trainer } from './classify.types.ts';
import { trainClassifier } from './train-classifier.ts';

export interface EvaluationOptions {
  folds?: number;
  seed?: number;
  /** What to evaluate; the shipped classifier unless told (the bench passes the keyword baseline). */
  train?: Trainer;
  /** How many of the worst classes to describe. */
  worst?: number;
}

export interface ClassResult {
  code: string;
  name: string;
  /** Held-out reports of this class. */
  support: number;
  /** Share of them whose first suggestion was right. */
  top1: number;
  /** The classes they were mistaken for, most often first. */
  confusedWith: Array<{ code: string; name: string; count: number }>;
}

export interface Evaluation {
  examples: number;
  folds: number;
  top1: number;
  top3: number;
  /** Mean confidence of the first suggestion; near `top1` when the confidences can be taken at their word. */
  meanConfidence: number;
  worst: ClassResult[];
}

/**
 * Stratified k-fold cross-validation: each report is classified once, by a model trained on the other folds
 * (plus the taxonomy's names and keywords) that never saw it. Each class is dealt round the folds, so a class
 * with k reports or more is tested in every fold.
 */
export function evaluate(
  examples: readonly LabelledReport[],
  taxonomy: Taxonomy,
  { folds = 5, seed = 1, train = trainClassifier, worst = 10 }: EvaluationOptions = {},
): Evaluation {
  const foldOf = assignFolds(examples, folds, seed);
  const predicted: string[][] = new Array(examples.length);
  let confidence = 0;
  for (let fold = 0; fold < folds; fold++) {
    const classifier = train(
      examples.filter((_, i) => foldOf[i] !== fold),
      taxonomy,
    );
    examples.forEach((example, i) => {
      if (foldOf[i] !== fold) return;
      const suggestions = classifier.classify(example.text);
      predicted[i] = suggestions.map((s) => s.code);
      confidence += suggestions[0]?.confidence ?? 0;
    });
  }
  const hits = (k: number) => examples.filter((e, i) => predicted[i]!.slice(0, k).includes(e.code)).length;
  return {
    examples: examples.length,
    folds,
    top1: hits(1) / examples.length,
    top3: hits(3) / examples.length,
    meanConfidence: confidence / examples.length,
    worst: perClass(examples, predicted, taxonomy).slice(0, worst),
  };
}

/**
 * Top-1 and top-3 accuracy of one trained classifier on reports it never saw (the fresh set, the reports with a
 * picked component), each classified with its component when it has one.
 */
export function heldOutAccuracy(
  classifier: Classifier,
  reports: ReadonlyArray<LabelledReport | PickedComponentReport>,
): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const report of reports) {
    const options = 'componentClass' in report ? { componentClass: report.componentClass } : {};
    const codes = classifier.classify(report.text, options).map((s) => s.code);
    if (codes[0] === report.code) top1++;
    if (codes.slice(0, 3).includes(report.code)) top3++;
  }
  return { top1: top1 / reports.length, top3: top3 / reports.length };
}

function assignFolds(examples: readonly LabelledReport[], folds: number, seed: number): number[] {
  const rng = mulberry32(seed);
  const byClass = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const members = byClass.get(e.code);
    if (members) members.push(i);
    else byClass.set(e.code, [i]);
  });
  const foldOf = new Array<number>(examples.length);
  let dealt = 0;
  for (const code of [...byClass.keys()].sort()) {
    const members = byClass.get(code)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    for (const i of members) foldOf[i] = dealt++ % folds;
  }
  return foldOf;
}

/** Classes by top-1 recall, worst first (then the larger class first). */
function perClass(
  examples: readonly LabelledReport[],
  predicted: string[][],
  taxonomy: Taxonomy,
): ClassResult[] {
  const name = new Map(taxonomy.minors.map((m) => [m.code, m.name]));
  const results = new Map<string, { support: number; right: number; confused: Map<string, number> }>();
  examples.forEach((e, i) => {
    const r = results.get(e.code) ?? { support: 0, right: 0, confused: new Map<string, number>() };
    results.set(e.code, r);
    r.support++;
    const first = predicted[i]![0] ?? '(none)';
    if (first === e.code) r.right++;
    else r.confused.set(first, (r.confused.get(first) ?? 0) + 1);
  });
  return [...results]
    .map(([code, r]) => ({
      code,
      name: name.get(code) ?? code,
      support: r.support,
      top1: r.right / r.support,
      confusedWith: [...r.confused]
        .sort((a, b) => b[1] - a[1])
        .map(([c, count]) => ({ code: c, name: name.get(c) ?? c, count })),
    }))
    .sort((a, b) => a.top1 - b.top1 || b.support - a.support);
}

/** Top-1 and top-3 accuracy of one named set of reports, each classified by a model that never saw it. */
export interface SetAccuracy {
  examples: number;
  top1: number;
  top3: number;
}

/**
 * Cross-validation over several labelled sets at once (the existing reports and the hotline's, say): the sets
 * are pooled and dealt into stratified folds, each fold classified by a model trained on the other folds of
 * every set, and the accuracy told per set. `trainOn` leaves a set out of the training (it is then only tested),
 * which measures how a model that never learnt from that kind of report does on it.
 */
export function evaluateSets(
  sets: Readonly<Record<string, readonly LabelledReport[]>>,
  taxonomy: Taxonomy,
  {
    folds = 5,
    seed = 1,
    train = trainClassifier,
    trainOn,
  }: Omit<EvaluationOptions, 'worst'> & { trainOn?: readonly string[] } = {},
): Record<string, SetAccuracy> {
  const names = Object.keys(sets);
  const pooled = names.flatMap((name) => sets[name]!.map((report) => ({ report, name })));
  const foldOf = assignFolds(
    pooled.map((p) => p.report),
    folds,
    seed,
  );
  const learnt = new Set(trainOn ?? names);
  const hits = new Map(names.map((n) => [n, { examples: 0, top1: 0, top3: 0 }]));
  for (let fold = 0; fold < folds; fold++) {
    const classifier = train(
      pooled.filter((p, i) => foldOf[i] !== fold && learnt.has(p.name)).map((p) => p.report),
      taxonomy,
    );
    pooled.forEach(({ report, name }, i) => {
      if (foldOf[i] !== fold) return;
      const codes = classifier.classify(report.text).map((s) => s.code);
      const h = hits.get(name)!;
      h.examples++;
      if (codes[0] === report.code) h.top1++;
      if (codes.slice(0, 3).includes(report.code)) h.top3++;
    });
  }
  return Object.fromEntries(
    [...hits].map(([name, h]) => [
      name,
      { examples: h.examples, top1: h.top1 / h.examples, top3: h.top3 / h.examples },
    ]),
  );
}
