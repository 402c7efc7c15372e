import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../taxonomy/taxonomy.data.ts';
import { evaluate, heldOutAccuracy } from './evaluate.ts';
import { LABELLED_REPORTS, TRAINING_REPORTS } from './labelled/labelled-reports.ts';
import { PICKED_COMPONENT_REPORTS } from './labelled/picked-component.data.ts';
import { trainClassifier } from './train-classifier.ts';

const classifier = trainClassifier(TRAINING_REPORTS, TAXONOMY);
const codes = (text: string, componentClass?: string) =>
  classifier.classify(text, { componentClass }).map((s) => s.code);
const MANHOLE_COVERS = ['01001', '01002', '01003', '01004', '01005'];

describe('classifying a report', () => {
  it.each([
    ['汾江南路有个路灯杆被撞倒了，灯罩碎了一地', '01007'],
    ['菜市场门口好多人摆地摊卖青菜，车都开不进去', '09006'],
    ['晚上十一点了隔壁工地还在用电钻和打桩机', '08001'],
    ['老板欠了我们半年的工钱，一直拖着不给', '17001'],
    ['隔壁邻居把杂物堆到我家门口，说了好几次都不听', '13001'],
    ['马路中间的隔离护栏倒了好几节', '02004'],
    ['共享单车把盲道全堵住了', '09011'],
    ['路口的垃圾三天没人收，苍蝇乱飞', '06010'],
  ])('files a new report "%s" under %s (in the top three)', (text, code) => {
    expect(TRAINING_REPORTS.some((r) => r.text === text)).toBe(false);
    expect(codes(text)).toContain(code);
  });

  it('puts a manhole cover first for a missing cover of unstated type', () => {
    expect(MANHOLE_COVERS).toContain(codes('小区门口的井盖不见了，晚上很危险')[0]);
  });

  it('returns three suggestions, sorted, with confidences in [0, 1] that sum to at most 1', () => {
    const suggestions = classifier.classify('楼下饭店的油烟熏得家里全是味');
    expect(suggestions).toHaveLength(3);
    const confidences = suggestions.map((s) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const c of confidences) expect(c).toBeGreaterThanOrEqual(0);
    expect(confidences.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(suggestions[0]).toEqual({ code: '06012', name: '油烟污染', confidence: confidences[0] });
  });

  it('is confident about a plain report and unsure about a vague one', () => {
    const plain = classifier.classify('共享单车堆满了人行道')[0]!.confidence;
    const vague = classifier.classify('这里有问题，麻烦来看看')[0]!.confidence;
    expect(plain).toBeGreaterThan(0.5);
    expect(vague).toBeLessThan(plain);
  });

  it('lets the component the reporter picked decide between classes the text cannot tell apart', () => {
    const text = '井盖被人偷了，只剩一个洞';
    expect(MANHOLE_COVERS).toContain(codes(text)[0]);
    expect(codes(text, '01002')[0]).toBe('01002');
    expect(codes(text, '01004')[0]).toBe('01004');
  });

  it.each([
    ['井盖松动', '01003'], // 雨水井盖
    ['井盖松动', '01002'], // 污水井盖
    ['井盖松动', '01004'], // 电力井盖
    ['井盖松动', '01001'], // 上水井盖
    ['井盖不见了', '01003'],
    ['井盖不见了', '01002'],
    ['井盖不见了', '01004'],
    ['井盖破了有响声', '01003'],
    ['井盖破了有响声', '01002'],
    ['井盖破了有响声', '01004'],
    ['护栏倒了', '04005'], // 绿化护栏, though the text reads as 交通护栏
    ['护栏倒了', '02004'],
    ['栏杆断了好几根', '04005'],
    ['垃圾桶坏了', '03003'], // 果皮箱, though the text reads as 垃圾箱
    ['垃圾桶坏了', '03002'],
  ])('files "%s" under the picked component %s, not under a sibling of the same kind', (text, component) => {
    expect(codes(text, component)[0]).toBe(component);
  });

  it("moves the siblings' confidence to the picked component, the total still 1", () => {
    const suggestions = classifier.classify('井盖松动', { componentClass: '01003', limit: 136 });
    const confidenceOf = (code: string) => suggestions.find((s) => s.code === code)!.confidence;
    expect(confidenceOf('01003')).toBeGreaterThan(0.9);
    for (const sibling of ['01001', '01002', '01004', '01005']) expect(confidenceOf(sibling)).toBe(0);
    expect(suggestions.reduce((sum, s) => sum + s.confidence, 0)).toBeCloseTo(1);
  });

  it.each([
    ['垃圾桶周围堆满了垃圾，没人清理', '03002', '06010'], // 暴露垃圾 around a 垃圾箱
    ['垃圾桶周围堆满了垃圾，没人清理', '03003', '06010'],
    ['凌晨工地还在打桩，吵得睡不着', '03002', '08001'], // 施工扰民 beside a bin
    ['凌晨工地还在打桩，吵得睡不着', '03003', '08001'],
    ['护栏上挂满了衣服', '04005', '06016'], // 沿街晾挂 on a railing
  ])('files "%s" with a picked %s under %s: a text about something else wins', (text, component, code) => {
    expect(codes(text, component)[0]).toBe(code);
  });

  it('with a component, favours the events that concern it without overriding a plain text', () => {
    const text = '旁边堆了很多东西，臭得很';
    const confidenceOf = (code: string, componentClass?: string) =>
      classifier.classify(text, { componentClass, limit: 136 }).find((s) => s.code === code)!.confidence;
    expect(confidenceOf('06010', '03002')).toBeGreaterThan(2 * confidenceOf('06010')); // 暴露垃圾 around a 垃圾箱
    expect(codes('凌晨工地还在打桩，吵得睡不着', '03002')[0]).toBe('08001');
  });

  it('ignores a component class it does not know', () => {
    expect(codes('共享单车堆满了人行道', '99999')).toEqual(codes('共享单车堆满了人行道'));
  });

  it.each(['', '   ', '\n\t', '？！。，', '🙂🙂🙂'])(
    'returns no suggestions for a text with nothing to read (%j)',
    (text) => {
      expect(classifier.classify(text)).toEqual([]);
    },
  );

  it('gives as many suggestions as asked', () => {
    expect(classifier.classify('路灯不亮', { limit: 5 })).toHaveLength(5);
    expect(classifier.classify('路灯不亮', { limit: 1 })).toHaveLength(1);
  });

  it('refuses labelled reports whose code is not in the taxonomy', () => {
    expect(() => trainClassifier([{ text: '路灯不亮', code: '99001' }], TAXONOMY)).toThrow(/99001/);
  });

  it('trains the same model twice from the same data', () => {
    const again = trainClassifier(TRAINING_REPORTS, TAXONOMY);
    expect(again.classify('路边有人摆摊卖鱼')).toEqual(classifier.classify('路边有人摆摊卖鱼'));
  });
});

describe('the labelled set and the honest evaluation', () => {
  it('has at least 600 reports over at least 100 classes, all in the taxonomy', () => {
    const known = new Set(TAXONOMY.minors.map((m) => m.code));
    expect(LABELLED_REPORTS.length).toBeGreaterThanOrEqual(600);
    expect(new Set(LABELLED_REPORTS.map((r) => r.code)).size).toBeGreaterThanOrEqual(100);
    expect(LABELLED_REPORTS.every((r) => known.has(r.code))).toBe(true);
    expect(new Set(LABELLED_REPORTS.map((r) => r.text)).size).toBe(LABELLED_REPORTS.length);
  });

  it('files at least 85 % of the reports sent with a picked component first time, more than from the text', () => {
    const withComponent = heldOutAccuracy(classifier, PICKED_COMPONENT_REPORTS);
    const textAlone = heldOutAccuracy(
      classifier,
      PICKED_COMPONENT_REPORTS.map(({ text, code }) => ({ text, code })),
    );
    const components = new Set(TAXONOMY.minors.filter((m) => m.kind === 'component').map((m) => m.code));
    const known = new Set(TAXONOMY.minors.map((m) => m.code));
    const trainedOn = new Set(TRAINING_REPORTS.map((r) => r.text));
    expect(PICKED_COMPONENT_REPORTS.length).toBeGreaterThanOrEqual(30);
    for (const r of PICKED_COMPONENT_REPORTS) {
      expect(components.has(r.componentClass) && known.has(r.code) && !trainedOn.has(r.text)).toBe(true);
    }
    expect(withComponent.top1).toBeGreaterThanOrEqual(0.85);
    expect(withComponent.top1).toBeGreaterThan(textAlone.top1);
  });

  it('files at least 85 % of held-out reports first time in 5-fold cross-validation', () => {
    const result = evaluate(LABELLED_REPORTS, TAXONOMY, { folds: 5, seed: 1 });
    expect(result.examples).toBe(LABELLED_REPORTS.length);
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
    expect(result.top3).toBeGreaterThanOrEqual(result.top1);
  });
});
