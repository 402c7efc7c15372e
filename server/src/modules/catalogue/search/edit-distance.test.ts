import { describe, expect, it } from 'vitest';
import { prefixDistance } from './edit-distance.ts';

describe('prefixDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(prefixDistance('shebaoak', 'shebaoka', 0, 2)).toBe(1);
  });

  it('measures against the closest prefix, from the given start', () => {
    expect(prefixDistance('shebaoak', 'shebaokaguashi', 0, 2)).toBe(1);
    expect(prefixDistance('baozhnag', 'shehuibaozhangka', 6, 2)).toBe(1);
    expect(prefixDistance('yingyezhizao', 'yingyezhizhao', 0, 2)).toBe(1);
  });

  it('gives max + 1 when the strings are further apart than max', () => {
    expect(prefixDistance('xqzjvw', 'shebaoka', 0, 1)).toBe(2);
    expect(prefixDistance('abcdef', 'ab', 0, 2)).toBe(3);
  });
});
