import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../taxonomy/taxonomy.data.ts';
import type { Classifier, LabelledReport } from './classify.types.ts';
import { evaluate, evaluateSets } from './evaluate.ts';

const report = (text: string, code: string): LabelledReport => ({ text, code });
const EXAMPLES = [
  ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((t) => report(t, '06010')),
  ...['b1', 'b2', 'b3', 'b4', 'b5'].map((t) => report(t, '09006')),
  report('c1', '01007'),
];
const suggest = (code: string) => [{ code, name: code, confidence: 1 }];

/** A "model" that can only answer reports it was trained on: it must score zero if no test report leaks. */
const memorise = (examples: readonly LabelledReport[]): Classifier => {
  const seen = new Map(examples.map((e) => [e.text, e.code]));
  return { classify: (text) => (seen.has(text) ? suggest(seen.get(text)!) : []) };
};

describe('evaluate', () => {
  it('never tests a report on a model that was trained on it', () => {
    const result = evaluate(EXAMPLES, TAXONOMY, { folds: 3, train: memorise });
    expect(result.examples).toBe(EXAMPLES.length);
    expect(result.top1).toBe(0);
    expect(result.top3).toBe(0);
  });

  it('spreads every class over the folds', () => {
    const trainingSizes: number[] = [];
    evaluate(EXAMPLES, TAXONOMY, {
      folds: 3,
      train: (examples) => {
        trainingSizes.push(examples.filter((e) => e.code === '06010').length);
        return memorise(examples);
      },
    });
    expect(trainingSizes).toEqual([4, 4, 4]);
  });

  it('counts top-1 and top-3 hits and names the worst classes with what they were taken for', () => {
    const alwaysRefuse: Classifier = {
      classify: () => [...suggest('06010'), ...suggest('09006'), ...suggest('01007')],
    };
    const result = evaluate(EXAMPLES, TAXONOMY, { folds: 3, train: () => alwaysRefuse });
    expect(result.top1).toBeCloseTo(6 / 12);
    expect(result.top3).toBe(1);
    expect(result.meanConfidence).toBe(1);
    expect(result.worst[0]).toMatchObject({
      code: '09006',
      name: '占道经营',
      support: 5,
      top1: 0,
      confusedWith: [{ code: '06010', name: '暴露垃圾', count: 5 }],
    });
  });
});

describe('evaluateSets', () => {
  const SETS = { reports: EXAMPLES.slice(0, 6), calls: EXAMPLES.slice(6) };

  it('tells each set apart and never tests a report on a model trained on it', () => {
    const result = evaluateSets(SETS, TAXONOMY, { folds: 3, train: memorise });
    expect(result).toEqual({
      reports: { examples: 6, top1: 0, top3: 0 },
      calls: { examples: 6, top1: 0, top3: 0 },
    });
  });

  it('leaves out of the training a set that trainOn does not name', () => {
    const seen = new Set<string>();
    evaluateSets(SETS, TAXONOMY, {
      folds: 3,
      trainOn: ['reports'],
      train: (examples) => {
        for (const e of examples) seen.add(e.text);
        return memorise(examples);
      },
    });
    expect(SETS.calls.some((e) => seen.has(e.text))).toBe(false);
    expect(SETS.reports.every((e) => seen.has(e.text))).toBe(true);
  });
});
