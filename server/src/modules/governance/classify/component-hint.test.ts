import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../taxonomy/taxonomy.data.ts';
import { componentHints, foldSiblings, sameKind } from './component-hint.ts';

const minor = (code: string) => TAXONOMY.minors.find((m) => m.code === code)!;
const codeAt = (index: number) => TAXONOMY.minors[index]!.code;

describe('component kinds', () => {
  it('groups the component classes a reporter calls by one name: 井盖, 护栏, 垃圾桶', () => {
    const families = new Set(
      [...componentHints(TAXONOMY).values()]
        .filter((hint) => hint.siblings.length > 0)
        .map((hint) => [hint.self, ...hint.siblings].map(codeAt).sort().join(' ')),
    );
    expect([...families].sort()).toEqual([
      '01001 01002 01003 01004 01005', // 上水 污水 雨水 电力 通信 井盖
      '02004 04005', // 交通护栏 绿化护栏
      '03002 03003', // 垃圾箱 果皮箱
    ]);
  });

  it('does not take one shared last character for one kind across majors', () => {
    expect(sameKind(minor('01009'), minor('03002'))).toBe(false); // 变压器箱, 垃圾箱
    expect(sameKind(minor('05001'), minor('02004'))).toBe(false); // 宣传栏, 交通护栏
    expect(sameKind(minor('01007'), minor('02002'))).toBe(false); // 路灯, 交通信号灯
  });

  it('never makes an event class, or the class itself, a sibling', () => {
    expect(sameKind(minor('01003'), minor('01003'))).toBe(false);
    expect(sameKind(minor('06010'), minor('03002'))).toBe(false);
    expect(sameKind(minor('06010'), minor('06020'))).toBe(false);
  });
});

describe('folding the siblings into the picked class', () => {
  it('moves their probability to the picked class and leaves the rest alone', () => {
    const probabilities = Float64Array.from([0.25, 0.25, 0.125, 0.375]);
    foldSiblings(probabilities, { self: 1, boosts: [], siblings: [0, 2] });
    expect([...probabilities]).toEqual([0, 0.625, 0, 0.375]);
  });
});
