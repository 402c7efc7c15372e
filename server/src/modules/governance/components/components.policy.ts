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

/** Rows a bounding-box query returns by default and at most: enough for a street at map zoom 16. */
export const DEFAULT_LIST_LIMIT = 500;
export const MAX_LIST_LIMIT = 2000;
/** The nearest-components search ("which component did I click?"): radius in metres, at most 20 answers. */
export const DEFAULT_NEAR_RADIUS_M = 50;
export const MAX_NEAR_RADIUS_M = 1000;
export const MAX_NEAR_RESULTS = 20;
