import type { Role } from '@yimen/shared/roles';

/**
 * Who may do what with personal records (PIPL: minimum necessary). Reads are limited to the officials who
 * handle cases; the full ID number is shown only to those who must compare it with a document at the
 * counter or in an approval, and only for a named case.
 */
export const PERSON_READ_ROLES: readonly Role[] = [
  'window_clerk',
  'department_approver',
  'supervisor',
  'administrator',
  'inspector',
];
export const PERSON_WRITE_ROLES: readonly Role[] = ['window_clerk', 'administrator'];
export const REVEAL_ROLES: readonly Role[] = ['window_clerk', 'department_approver'];
export const ENTERPRISE_WRITE_ROLES: readonly Role[] = ['window_clerk', 'administrator'];

/** The parts of a person's record shown, as recorded in person_access_log.fields. */
export function shownFields(revealed: boolean, hasPhone: boolean, hasAddress: boolean): string[] {
  const fields = revealed
    ? ['name', 'gender', 'birth_date', 'id_number_full']
    : ['name', 'gender', 'birth_year', 'id_number_masked'];
  if (hasPhone) fields.push(revealed ? 'phone_full' : 'phone_masked');
  if (hasAddress) fields.push('address');
  return fields;
}

/** What a list row shows of each person. */
export const LIST_FIELDS = ['name', 'gender', 'id_number_masked'];
