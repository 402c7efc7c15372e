import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { idCheckChar, makeIdNumber, parseIdNumber, requireIdNumber } from './id-number.ts';

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

  it('turns a failure into invalid_id_number (422) on the named field', () => {
    try {
      requireIdNumber('440604199003071237', 'legalRepIdNumber');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect([e.code, e.status, e.field]).toEqual(['invalid_id_number', 422, 'legalRepIdNumber']);
      expect(e.message).toContain('应为 6');
    }
  });
});
