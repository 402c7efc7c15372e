import { describe, expect, it } from 'vitest';
import { format } from './format.ts';

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('共 {count} 条', { count: 3 })).toBe('共 3 条');
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(format('no params')).toBe('no params');
  });
});
