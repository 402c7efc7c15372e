import { type ParsedCreditCode, parseCreditCode } from '@yimen/shared/id-checks';
import { peopleErrors } from './people.errors.ts';

/** Parses or throws the API error `invalid_credit_code` (422) naming the input field and the rule broken. */
export function requireCreditCode(raw: string, field = 'creditCode'): ParsedCreditCode {
  const r = parseCreditCode(raw);
  if (!r.ok) {
    throw peopleErrors.invalidCreditCode(
      { reasonZh: r.zh, reasonEn: r.en },
      { field, details: { rule: r.rule } },
    );
  }
  return r.value;
}
