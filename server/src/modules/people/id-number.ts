import { type ParsedIdNumber, parseIdNumber } from '@yimen/shared/id-checks';
import { halves } from '../../errors.ts';
import { peopleErrors } from './people.errors.ts';

/** Parses or throws the API error `invalid_id_number` (422) naming the input field and the rule broken. */
export function requireIdNumber(raw: string, field = 'idNumber'): ParsedIdNumber {
  const r = parseIdNumber(raw);
  if (!r.ok) {
    const { zh, en } = halves(r.message);
    throw peopleErrors.invalidIdNumber({ reasonZh: zh, reasonEn: en }, { field, details: { rule: r.rule } });
  }
  return r.value;
}
