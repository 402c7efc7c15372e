import { type ParsedCreditCode, parseCreditCode } from '@yimen/shared/id-checks';
import { AppError } from '../../errors.ts';

/** Parses or throws the API error `invalid_credit_code` (422) naming the input field. */
export function requireCreditCode(raw: string, field = 'creditCode'): ParsedCreditCode {
  const r = parseCreditCode(raw);
  if (!r.ok) {
    throw new AppError('invalid_credit_code', `统一社会信用代码无效：${r.message}`, field, { rule: r.rule });
  }
  return r.value;
}
