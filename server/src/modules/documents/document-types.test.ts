import { describe, expect, it } from 'vitest';
import { assertMaskedId, formatDocumentNo } from './document-types.ts';

describe('document numbers', () => {
  it('put the year in 六角括号 and the serial without leading zeros', () => {
    expect(formatDocumentNo('禅行服受字', 2026, 123)).toBe('禅行服受字〔2026〕123号');
    expect(() => formatDocumentNo('禅行服受字', 2026, 0)).toThrow();
  });
});

describe('applicant identifiers on paper', () => {
  it('refuse a whole resident ID number and let masked numbers and credit codes through', () => {
    expect(() => assertMaskedId('11010519491231002X')).toThrow(/masked/);
    expect(() => assertMaskedId('110105********002X')).not.toThrow();
    expect(() => assertMaskedId('91440604MA4UQ8X21K')).not.toThrow();
    expect(() => assertMaskedId('914406047314578000')).not.toThrow();
  });
});
