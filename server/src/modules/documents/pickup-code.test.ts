import { describe, expect, it } from 'vitest';
import {
  isEmsTrackingNumber,
  isPickupCode,
  newEmsTrackingNumber,
  newPickupCode,
  s10CheckDigit,
} from './pickup-code.ts';

describe('pickup codes', () => {
  it('are six digits, leading zeros kept, and spread over the whole range', () => {
    const codes = Array.from({ length: 2_000 }, newPickupCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.every(isPickupCode)).toBe(true);
    expect(new Set(codes.map((c) => c[0])).size).toBe(10);
  });

  it('are checked for shape', () => {
    expect(isPickupCode('048213')).toBe(true);
    expect(isPickupCode('48213')).toBe(false);
    expect(isPickupCode('4821301')).toBe(false);
    expect(isPickupCode('48a213')).toBe(false);
  });
});

describe('EMS tracking numbers', () => {
  it('compute the UPU S10 check digit, with its two special cases', () => {
    expect(s10CheckDigit('12345678')).toBe(5); // 11 - (204 mod 11) = 5
    expect(s10CheckDigit('00000001')).toBe(4); // 7 → 11 - 7
    expect(s10CheckDigit('00000000')).toBe(5); // remainder 0 → 11 → 5
    expect(s10CheckDigit('00004000')).toBe(0); // 12, remainder 1 → 10 → 0
  });

  it('accept S10 EMS numbers with a right check digit, in any case and spacing', () => {
    expect(isEmsTrackingNumber('EA123456785CN')).toBe(true);
    expect(isEmsTrackingNumber('ea 1234 5678 5cn')).toBe(true);
    expect(isEmsTrackingNumber('EA123456789CN')).toBe(false); // check digit should be 5
    expect(isEmsTrackingNumber('RR123456785CN')).toBe(false); // registered letter, not EMS
    expect(isEmsTrackingNumber('EA12345678CN')).toBe(false);
  });

  it('accept 13-digit domestic EMS numbers beginning with 1', () => {
    expect(isEmsTrackingNumber('1012345678901')).toBe(true);
    expect(isEmsTrackingNumber('9012345678901')).toBe(false);
    expect(isEmsTrackingNumber('101234567890')).toBe(false);
    expect(isEmsTrackingNumber('')).toBe(false);
  });

  it('match the worked example of the S10 standard', () => {
    // 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 200 mod 11 = 2; 11 − 2 = 9
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(isEmsTrackingNumber('EE473124829CN')).toBe(true);
    expect(isEmsTrackingNumber('EE473124828CN')).toBe(false);
  });

  it('are simulated for mailed results as S10 EMS numbers whose check digit holds', () => {
    const numbers = Array.from({ length: 500 }, newEmsTrackingNumber);
    for (const n of numbers) {
      expect(n).toMatch(/^E[A-Z]\d{9}CN$/);
      expect(Number(n[10])).toBe(s10CheckDigit(n.slice(2, 10)));
      expect(isEmsTrackingNumber(n)).toBe(true);
    }
    expect(new Set(numbers).size).toBeGreaterThan(490);
  });
});
