import { describe, expect, it } from 'vitest';
import {
  documentDigest,
  formatVerificationCode,
  newVerificationCode,
  normaliseVerificationCode,
  verificationPath,
} from './verification-code.ts';

describe('verification codes', () => {
  it('are 16 Crockford base32 symbols and 10,000 of them are all different', () => {
    const codes = Array.from({ length: 10_000 }, newVerificationCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('use the whole alphabet (the 80 random bits are not biased towards a few symbols)', () => {
    const seen = new Set(Array.from({ length: 200 }, newVerificationCode).join(''));
    expect(seen.size).toBe(32);
  });

  it('are displayed in four groups and normalise back to the stored form', () => {
    const code = newVerificationCode();
    const shown = formatVerificationCode(code);
    expect(shown).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(normaliseVerificationCode(shown)).toBe(code);
    expect(verificationPath(shown)).toBe(`/verify/${code}`);
  });

  it('normalise what people type: lower case, dashes, spaces, O for 0, I and L for 1, full-width', () => {
    expect(normaliseVerificationCode('7k3m-9qxr-2ztb-h4pw')).toBe('7K3M9QXR2ZTBH4PW');
    expect(normaliseVerificationCode(' 7K3M 9QXR 2ZTB H4PW ')).toBe('7K3M9QXR2ZTBH4PW');
    expect(normaliseVerificationCode('OOOO-IIII-LLLL-oill')).toBe('0000111111110111');
    expect(normaliseVerificationCode('７Ｋ３Ｍ－９ＱＸＲ－２ＺＴＢ－Ｈ４ＰＷ')).toBe('7K3M9QXR2ZTBH4PW');
  });

  it('reject anything that is not a code', () => {
    expect(normaliseVerificationCode('7K3M-9QXR-2ZTB-H4PU')).toBeNull(); // U is not in the alphabet
    expect(normaliseVerificationCode('7K3M-9QXR-2ZTB-H4P!')).toBeNull();
    expect(normaliseVerificationCode('7K3M-9QXR-2ZTB')).toBeNull();
    expect(normaliseVerificationCode('7K3M-9QXR-2ZTB-H4PWX')).toBeNull();
    expect(normaliseVerificationCode('')).toBeNull();
    expect(normaliseVerificationCode('核验码')).toBeNull();
    expect(() => formatVerificationCode('nope')).toThrow(/not a verification code/);
  });

  it('digest a document as SHA-256 hex, so one changed byte is noticed', () => {
    const pdf = Buffer.from('%PDF-1.7 issued');
    expect(documentDigest(Buffer.from(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(documentDigest(pdf)).toMatch(/^[0-9a-f]{64}$/);
    expect(documentDigest(Buffer.from('%PDF-1.7 issueD'))).not.toBe(documentDigest(pdf));
  });
});
