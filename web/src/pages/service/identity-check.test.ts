import { describe, expect, it } from 'vitest';
import { creditCodeProblem, idNumberProblem, maskIdNumber, normaliseId } from './identity-check.ts';

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
    expect(idNumberProblem('110105194912310029')).toBe('check');
  });
});

describe('credit code check at the window', () => {
  it('accepts the synthetic department codes of the real items', () => {
    expect(creditCodeProblem('11440604YM0000024E')).toBeNull();
    expect(creditCodeProblem('11440604ym0000091c')).toBeNull();
  });

  it('refuses the letters GB 32100 never uses and a wrong check character', () => {
    expect(creditCodeProblem('11440604YM000002IE')).toBe('characters');
    expect(creditCodeProblem('11440604YM0000024F')).toBe('check');
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
