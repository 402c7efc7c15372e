import type { Role } from '@yimen/shared/roles';

/**
 * Who may see and change the components registry. Staff who locate, dispatch, check or approve work on city
 * components read it district-wide (components are public fixtures, not personal data); only the command
 * centre and administrators record a change of state, and only within their jurisdiction.
 */
export const COMPONENT_READ_ROLES: readonly Role[] = [
  'administrator',
  'command_operator',
  'grid_worker',
  'inspector',
  'supervisor',
  'department_approver',
  // The unit an event about a component was dispatched to looks the component up.
  'department_handler',
];
export const COMPONENT_WRITE_ROLES: readonly Role[] = ['administrator', 'command_operator'];

// The list and search limits are part of the contract (@yimen/shared/components).
export {
  DEFAULT_LIST_LIMIT,
  DEFAULT_NEAR_RADIUS_M,
  MAX_LIST_LIMIT,
  MAX_NEAR_RADIUS_M,
  MAX_NEAR_RESULTS,
} from '@yimen/shared/components';
