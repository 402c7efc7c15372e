/** The roles of Yimen (BRIEF §2). Stable ids; the UI shows them through i18n. */
export const ROLES = [
  'citizen',
  'enterprise_agent',
  'window_clerk',
  'department_approver',
  'inspector',
  'supervisor',
  'command_operator',
  'grid_worker',
  'department_handler',
  'data_officer',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

export const PUBLIC_ROLES: readonly Role[] = ['citizen', 'enterprise_agent'];
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !PUBLIC_ROLES.includes(r));

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
