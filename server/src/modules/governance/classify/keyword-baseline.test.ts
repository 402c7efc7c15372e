import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../taxonomy/taxonomy.data.ts';
import { keywordBaseline } from './keyword-baseline.ts';

const baseline = keywordBaseline(TAXONOMY);

describe('keywordBaseline', () => {
  it('ranks the class whose name and keywords occur most often first', () => {
    expect(baseline.classify('路灯不亮，灯杆也歪了')[0]?.code).toBe('01007');
  });

  it('gives shares of the matches as confidences, and nothing when no keyword occurs', () => {
    const suggestions = baseline.classify('共享单车乱停，小黄车堆满了');
    expect(suggestions[0]?.code).toBe('09011');
    expect(suggestions.reduce((sum, s) => sum + s.confidence, 0)).toBeLessThanOrEqual(1);
    expect(baseline.classify('今天天气不错')).toEqual([]);
  });
});
