import { describe, expect, it } from 'vitest';
import {
  creditCheckChar,
  creditCodeProblem,
  idCheckChar,
  idNumberProblem,
  makeCreditCode,
  makeIdNumber,
  maskIdNumber,
  normaliseId,
  orgCodeCheckChar,
  parseCreditCode,
  parseIdNumber,
} from './id-checks.ts';

const TODAY = '2026-11-22';
const parse = (id: string) => parseIdNumber(id, TODAY);

describe('GB 11643 ID number', () => {
  // The worked example of GB 11643-1999 itself. Σ(aᵢ·Wᵢ) over 11010519491231002 = 167; 167 mod 11 = 2 → "X".
  it('accepts the example number of the standard and reads gender and birth date from it', () => {
    const r = parse('11010519491231002X');
    expect(r).toEqual({
      ok: true,
      value: {
        idNumber: '11010519491231002X',
        areaCode: '110105',
        birthDate: '1949-12-31',
        sequence: '002',
        gender: 'F',
      },
    });
  });

  it('accepts a lower-case x and normalises it', () => {
    const r = parse(' 11010519491231002x ');
    expect(r.ok && r.value.idNumber).toBe('11010519491231002X');
  });

  // 44060419900307123: Σ = 259; 259 mod 11 = 6 → "6". Sequence 123 is odd → male.
  it('accepts a Chancheng number computed by hand', () => {
    expect(idCheckChar('44060419900307123')).toBe('6');
    const r = parse('440604199003071236');
    expect(r.ok && r.value.gender).toBe('M');
  });

  it('names the check digit it expected', () => {
    const r = parse('440604199003071237');
    expect(r).toMatchObject({ ok: false, rule: 'check_digit', expected: '6' });
    expect(!r.ok && r.message).toBe('校验位错误：应为 6 / check digit should be 6');
  });

  it.each([
    ['', 'empty'],
    ['110105491231002', 'legacy_15_digits'],
    ['1101051949123100', 'length'],
    ['11010519491231002XX', 'length'],
    ['11010519491231A02X', 'characters'],
    ['X10105194912310020', 'characters'],
    ['991234199001011234', 'area_code'],
    ['440000199001011234', 'area_code'],
    ['440604199002301234', 'birth_date_invalid'],
    ['440604199013011234', 'birth_date_invalid'],
    ['440604190002291234', 'birth_date_invalid'], // 1900 was not a leap year
    ['440524188001010014', 'birth_date_before_1900'], // the standard's other example, born 1880
    ['440604202611230011', 'birth_date_future'],
  ])('rejects %s with rule %s', (id, rule) => {
    expect(parse(id)).toMatchObject({ ok: false, rule });
  });

  it('accepts a birth date of today and 2000-02-29', () => {
    expect(parse(makeIdNumber('440604', TODAY, 1)).ok).toBe(true);
    expect(parse(makeIdNumber('440604', '2000-02-29', 2)).ok).toBe(true);
  });

  it('makes numbers whose gender follows the sequence parity', () => {
    const male = parse(makeIdNumber('440604', '1985-06-15', 37));
    const female = parse(makeIdNumber('440604', '1985-06-15', 38));
    expect(male.ok && male.value.gender).toBe('M');
    expect(female.ok && female.value.gender).toBe('F');
  });

  it('refuses to make a number from a bad date or sequence', () => {
    expect(() => makeIdNumber('440604', '1985-02-30', 1)).toThrow();
    expect(() => makeIdNumber('440604', '1985-02-03', 1000)).toThrow();
  });
});

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

  it('names the organisation-code check character it expected, and the length it read', () => {
    const r = parseCreditCode('91440300715267261G');
    expect(r).toMatchObject({ ok: false, rule: 'org_code_check', expected: 'X' });
    expect(!r.ok && r.message).toBe(
      '主体标识码校验位错误：第 17 位应为 X / organisation code check character (position 17) should be X',
    );
    const short = parseCreditCode('9144030071526726X');
    expect(!short.ok && short.message).toBe('长度应为 18 位，实为 17 位 / must be 18 characters, got 17');
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
});

describe('ID number check at the window', () => {
  it('accepts a number with the right check character, in any case and with stray spaces', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem(' 1101051949 1231002x ')).toBeNull();
    expect(idNumberProblem('440604199005171230')).toBeNull();
    expect(normaliseId('11010519491231002x')).toBe('11010519491231002X');
  });

  it('says which slip the clerk made', () => {
    expect(idNumberProblem('11010519491231002')).toBe('length');
    expect(idNumberProblem('1101051949123100A9')).toBe('characters');
    expect(idNumberProblem('110105194912310029')).toBe('check_digit');
  });
});

describe('credit code check at the window', () => {
  it('accepts the synthetic department codes of the real items', () => {
    expect(creditCodeProblem('11440604YM0000024E')).toBeNull();
    expect(creditCodeProblem('11440604ym0000091c')).toBeNull();
  });

  it('refuses the letters GB 32100 never uses and a wrong check character', () => {
    expect(creditCodeProblem('11440604YM000002IE')).toBe('characters');
    expect(creditCodeProblem('11440604YM0000024F')).toBe('check_char');
    expect(creditCodeProblem('11440604')).toBe('length');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first four and the last four characters, as the server masks', () => {
    expect(maskIdNumber(' 440604197109235172 ')).toBe('4406**********5172');
    expect(maskIdNumber('44060419710923517x')).toBe('4406**********517X');
    expect(maskIdNumber('1234')).toBe('****');
  });
});
