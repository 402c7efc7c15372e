import { describe, expect, it } from 'vitest';
import { localize } from './errors.ts';

describe('error message language', () => {
  const both = '请先登录 / Please sign in first.';
  it('answers in the language the client asks for, and in both when it asks for none', () => {
    expect(localize(both, 'zh-CN,zh;q=0.9')).toBe('请先登录');
    expect(localize(both, 'en-US')).toBe('Please sign in first.');
    expect(localize(both, undefined)).toBe(both);
    expect(localize(both, 'fr')).toBe(both);
  });
  it('leaves single-language messages and slashes inside English alone', () => {
    expect(localize('lng must be a number / or a string', 'zh-CN')).toBe(
      'lng must be a number / or a string',
    );
  });
});
