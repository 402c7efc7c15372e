import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { creditCheckChar, makeCreditCode, parseCreditCode, requireCreditCode } from './credit-code.ts';
import { orgCodeCheckChar } from './org-code.ts';

describe('GB 11714 organisation code', () => {
  // 71526726: 7·3+1·7+5·9+2·10+6·5+7·8+2·4+6·2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → "X".
  it('computes X for 10', () => expect(orgCodeCheckChar('71526726')).toBe('X'));
  // 00000000: sum 0 → 11 − 0 = 11 → "0".
  it('computes 0 for 11', () => expect(orgCodeCheckChar('00000000')).toBe('0'));
  // MA4UP0A1: M=22 A=10 U=30 P=25 → 66+70+36+300+125+0+40+2 = 639; 639 mod 11 = 1 → "X".
  it('values letters A=10 … Z=35', () => expect(orgCodeCheckChar('MA4UP0A1')).toBe('X'));
});

describe('GB 32100 unified social credit code', () => {
  // A published code (Shenzhen Tencent Computer Systems Co., Ltd.). The weighted sum over the first 17
  // characters is 1782 (X = 29 in the 31-character set); 1782 mod 31 = 15; 31 − 15 = 16 → "G".
  it('accepts a real published code', () => {
    expect(creditCheckChar('9144030071526726X')).toBe('G');
    expect(parseCreditCode('9144030071526726XG')).toMatchObject({
      ok: true,
      value: { authority: '9', type: '1', divisionCode: '440300', orgCode: '71526726X' },
    });
  });

  it('accepts lower case and normalises it', () => {
    const r = parseCreditCode('9144030071526726xg');
    expect(r.ok && r.value.creditCode).toBe('9144030071526726XG');
  });

  it('names the check character it expected', () => {
    const r = parseCreditCode('9144030071526726XH');
    expect(r).toMatchObject({ ok: false, rule: 'check_char', expected: 'G' });
    expect(!r.ok && r.message).toBe('校验码错误：应为 G / check character should be G');
  });

  it.each([
    ['', 'empty'],
    ['9144030071526726X', 'length'],
    ['9144030071526726XGG', 'length'],
    ['914403007152672IXG', 'characters'],
    ['9144030071526726ZG', 'characters'],
    ['S144030071526726XG', 'characters'],
    ['Q144030071526726XG', 'authority'],
    ['B144030071526726XG', 'authority'],
    ['9444030071526726XG', 'type'],
    ['5544030071526726XG', 'type'],
    ['9199999971526726XG', 'division_code'],
    ['91440300715267261G', 'org_code_check'],
  ])('rejects %s with rule %s', (code, rule) => {
    expect(parseCreditCode(code)).toMatchObject({ ok: false, rule });
  });

  it('makes codes that validate, for companies, individual businesses and cooperatives', () => {
    for (const kind of ['91', '92', '93']) {
      const code = makeCreditCode(kind, '440604', 'MA4UP0A1');
      expect(code.slice(0, 17)).toBe(`${kind}440604MA4UP0A1X`);
      expect(parseCreditCode(code).ok).toBe(true);
    }
  });

  it('refuses to make a code from characters outside the set', () => {
    expect(() => makeCreditCode('91', '440604', 'MA4UP0I1')).toThrow();
  });

  it('turns a failure into invalid_credit_code (422) on the named field', () => {
    expect(() => requireCreditCode('9144030071526726XH')).toThrow(AppError);
    try {
      requireCreditCode('9144030071526726XH');
    } catch (err) {
      expect([(err as AppError).status, (err as AppError).field]).toEqual([422, 'creditCode']);
    }
  });
});
