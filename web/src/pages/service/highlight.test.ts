import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.ts';

describe('search highlight', () => {
  it('marks the matched ranges of the name', () => {
    expect(highlightSegments('流动人口居住登记', [[4, 8]])).toEqual([
      { text: '流动人口', hit: false, start: 0 },
      { text: '居住登记', hit: true, start: 4 },
    ]);
  });

  it('copes with no ranges, unsorted or overlapping ranges and ranges past the end', () => {
    expect(highlightSegments('居住证签注', undefined)).toEqual([
      { text: '居住证签注', hit: false, start: 0 },
    ]);
    expect(
      highlightSegments('居住证签注', [
        [3, 9],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: '居住', hit: true, start: 0 },
      { text: '证', hit: true, start: 2 },
      { text: '签注', hit: true, start: 3 },
    ]);
  });
});
