import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { requireIdNumber } from './id-number.ts';

describe('GB 11643 ID number at the API', () => {
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
