import { describe, expect, it } from 'vitest';
import { ngramCounts, normalizeReport } from './report-features.ts';

describe('report features', () => {
  it('reads full-width letters and digits as half-width, lower case, and every number as 0', () => {
    expect(normalizeReport('ＫＴＶ在１２号，3.5米')).toBe('ktv在0号,0米');
  });

  it('takes character uni-, bi- and trigrams that never cross punctuation', () => {
    const grams = ngramCounts('井盖坏，路灯');
    expect([...grams.keys()].sort()).toEqual(
      ['井', '井盖', '井盖坏', '坏', '灯', '盖', '盖坏', '路', '路灯'].sort(),
    );
  });

  it('counts repeats', () => {
    expect(ngramCounts('吵吵吵').get('吵')).toBe(3);
    expect(ngramCounts('吵吵吵').get('吵吵')).toBe(2);
  });
});
