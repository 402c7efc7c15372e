import type { CreditCodeRule, IdNumberRule, IdProblem } from '@yimen/shared/id-checks';
import type { MessageKey, Params } from '../../i18n/index.tsx';

const PERSON: Record<IdNumberRule, MessageKey> = {
  empty: 'desk.idEmpty',
  legacy_15_digits: 'desk.idLegacy',
  length: 'desk.idLength',
  characters: 'desk.idCharacters',
  area_code: 'desk.idAreaCode',
  birth_date_invalid: 'desk.idBirthDate',
  birth_date_future: 'desk.idBirthFuture',
  birth_date_before_1900: 'desk.idBirthBefore1900',
  check_digit: 'desk.idCheck',
};

const ENTERPRISE: Record<CreditCodeRule, MessageKey> = {
  empty: 'desk.creditEmpty',
  length: 'desk.idLength',
  characters: 'desk.creditCharacters',
  authority: 'desk.creditAuthority',
  type: 'desk.creditType',
  division_code: 'desk.creditDivision',
  org_code_check: 'desk.creditOrgCheck',
  check_char: 'desk.creditCheck',
};

/**
 * The line under a number field for the rule the typed number breaks (the server's own rules, from
 * @yimen/shared/id-checks), in the reader's language; `typed` is how many characters were typed.
 */
export function idProblemText(
  t: (key: MessageKey, params?: Params) => string,
  kind: 'person' | 'enterprise',
  problem: IdProblem,
  typed: number,
): string {
  const key = kind === 'person' ? PERSON[problem as IdNumberRule] : ENTERPRISE[problem as CreditCodeRule];
  return t(key ?? (kind === 'person' ? 'desk.idCheck' : 'desk.creditCheck'), { count: typed });
}
