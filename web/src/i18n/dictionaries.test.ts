import { describe, expect, it } from 'vitest';
import { enUS } from './en-US.ts';
import { zhCN } from './zh-CN.ts';

// The `Dictionary` type already forces the same keys at compile time; this also checks placeholders and blanks.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('have the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders for every key, and no empty text', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      const en = enUS[key as keyof typeof zhCN];
      expect(placeholders(en), key).toEqual(placeholders(zh));
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
    }
  });
});
