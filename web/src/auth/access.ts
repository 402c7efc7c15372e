import { PUBLIC_ROLES, type Role, STAFF_ROLES } from '@yimen/shared/roles';

/** Which roles may open each area of the web client. The server enforces the same rules on its API. */
export const AREA_ROLES = {
  home: [...STAFF_ROLES, ...PUBLIC_ROLES],
  service: ['window_clerk', 'department_approver', 'supervisor', 'administrator'],
  serviceWindow: ['window_clerk'],
  serviceWindowWork: ['window_clerk'],
  serviceQueue: ['department_approver'],
  serviceSupervision: ['supervisor', 'administrator'],
  /** One case: the server further limits approvers to cases with a node of their department. */
  serviceCase: ['window_clerk', 'department_approver', 'supervisor', 'administrator'],
  /** 办事指南 are public information: everyone signed in, citizens too. */
  guide: [...STAFF_ROLES, ...PUBLIC_ROLES],
  /** 城市治理 (/gov): leads each role to its own screen below. */
  governance: [
    'command_operator',
    'grid_worker',
    'department_handler',
    'department_approver',
    'supervisor',
    'administrator',
  ],
  govCommand: ['command_operator', 'supervisor', 'administrator'],
  govHotline: ['command_operator'],
  /** 事件批量导入: the roles the server's import allows. */
  govImport: ['command_operator', 'administrator'],
  govQueue: ['department_handler', 'department_approver'],
  govPatrol: ['grid_worker'],
  /** 指标分析: the server also lets inspectors read the figures; the screen is for those who steer the work. */
  govIndicators: ['supervisor', 'command_operator', 'administrator', 'data_officer'],
  /** 责任清单: administrators edit it (EDIT_ROLES); the command centre and supervisors read it. */
  govRules: ['administrator', 'command_operator', 'supervisor'],
  govTaxonomy: ['administrator'],
  /** One event: the server further limits units, grid workers and reporters to their own events. */
  govEvent: [
    'command_operator',
    'supervisor',
    'administrator',
    'inspector',
    'grid_worker',
    'department_handler',
    'department_approver',
  ],
  map: STAFF_ROLES,
  audit: ['supervisor', 'administrator'],
  adminStaff: ['administrator'],
  myCases: PUBLIC_ROLES,
  /** 企业授权管理: any citizen may be a legal representative; the server asks the business register. */
  enterpriseAgents: PUBLIC_ROLES,
  myReport: PUBLIC_ROLES,
  myAppointments: PUBLIC_ROLES,
  myReports: PUBLIC_ROLES,
  /** 差评整改: the server shows an approver their own department's, supervisors and administrators all. */
  serviceRectifications: ['department_approver', 'supervisor', 'administrator'],
  /** 事项目录管理: the catalogue routes authorize administrators only. */
  catalogue: ['administrator'],
  catalogueItem: ['administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type AreaId = keyof typeof AREA_ROLES;

export const canOpen = (roles: readonly string[], area: AreaId): boolean =>
  (AREA_ROLES[area] as readonly string[]).some((role) => roles.includes(role));

/** Areas that some of the roles opening them may only read: who may change what they show. */
export const EDIT_ROLES = {
  govRules: ['administrator'],
} as const satisfies Partial<Record<AreaId, readonly Role[]>>;

export const canEdit = (roles: readonly string[], area: keyof typeof EDIT_ROLES): boolean =>
  (EDIT_ROLES[area] as readonly string[]).some((role) => roles.includes(role));

export const isStaff = (roles: readonly string[]): boolean =>
  roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role));
