import { type ParsedIdNumber, parseIdNumber } from '@yimen/shared/id-checks';
import { peopleErrors } from './people.errors.ts';

/** Parses or throws the API error `invalid_id_number` (422) naming the input field and the rule broken. */
export function requireIdNumber(raw: string, field = 'idNumber'): ParsedIdNumber {
  const r = parseIdNumber(raw);
  if (!r.ok) {
    throw peopleErrors.invalidIdNumber(
      { reasonZh: r.zh, reasonEn: r.en },
      { field, details: { rule: r.rule } },
    );
  }
  return r.value;
}
