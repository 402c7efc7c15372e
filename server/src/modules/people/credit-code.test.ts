import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { requireCreditCode } from './credit-code.ts';

describe('GB 32100 unified social credit code at the API', () => {
  it('turns a failure into invalid_credit_code (422) on the named field', () => {
    expect(() => requireCreditCode('9144030071526726XH')).toThrow(AppError);
    try {
      requireCreditCode('9144030071526726XH');
    } catch (err) {
      expect([(err as AppError).status, (err as AppError).field]).toEqual([422, 'creditCode']);
    }
  });
});
