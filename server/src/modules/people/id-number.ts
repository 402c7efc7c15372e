import { type ParsedIdNumber, parseIdNumber } from '@yimen/shared/id-checks';
import { AppError } from '../../errors.ts';

/** Parses or throws the API error `invalid_id_number` (422) naming the input field. */
export function requireIdNumber(raw: string, field = 'idNumber'): ParsedIdNumber {
  const r = parseIdNumber(raw);
  if (!r.ok) {
    throw new AppError('invalid_id_number', `身份证号无效：${r.message}`, field, { rule: r.rule });
  }
  return r.value;
}
