import type { Role } from '@yimen/shared/roles';

/** The password of every demo staff account (documented in the README; demo mode only). */
export const DEMO_PASSWORD = 'Yimen@2026demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string;
  /** 'district' | 'street:<code>' | 'grid:first-of-street:<code>' resolved against the seeded geography. */
  jurisdiction: string;
}

/** One staff account per role (the citizen and enterprise-agent accounts sign in by phone code). */
export const DEMO_STAFF: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员 陈明',
    roles: ['administrator'],
    departmentId: 'gsd',
    jurisdiction: 'district',
  },
  {
    username: 'clerk',
    displayName: '综合窗口 李晓华',
    roles: ['window_clerk'],
    departmentId: 'asc',
    jurisdiction: 'district',
  },
  {
    username: 'approver',
    displayName: '审批员 黄志强',
    roles: ['department_approver'],
    departmentId: 'amr',
    jurisdiction: 'district',
  },
  {
    username: 'inspector',
    displayName: '核查员 梁伟',
    roles: ['inspector'],
    departmentId: 'amr',
    jurisdiction: 'district',
  },
  {
    username: 'supervisor',
    displayName: '监察员 何丽',
    roles: ['supervisor'],
    departmentId: 'gsd',
    jurisdiction: 'district',
  },
  {
    username: 'operator',
    displayName: '值班员 张健',
    roles: ['command_operator'],
    departmentId: 'ccc',
    jurisdiction: 'district',
  },
  {
    username: 'gridworker',
    displayName: '网格员 冯嘉欣',
    roles: ['grid_worker'],
    departmentId: 'st-zumiao',
    jurisdiction: 'grid:first-of-street:440604012',
  },
  {
    username: 'handler',
    displayName: '处置员 罗俊',
    roles: ['department_handler'],
    departmentId: 'uml',
    jurisdiction: 'street:440604012',
  },
  {
    username: 'dataofficer',
    displayName: '数据专员 吴静',
    roles: ['data_officer'],
    departmentId: 'gsd',
    jurisdiction: 'district',
  },
];

export const DEMO_CITIZEN_PHONE = '13800138000';

export const DEMO_AGENT_PHONE = '13900139000';

/**
 * The people behind the two demo phone numbers, in the population register, so that online applications pass
 * the real-name check (the ID number must belong to the account's phone). Synthetic, valid by GB 11643.
 */
export const DEMO_RESIDENTS = [
  {
    phone: DEMO_CITIZEN_PHONE,
    role: 'citizen',
    account: '群众 王小明',
    name: '王小明',
    gender: 'M',
    birthDate: '1988-06-15',
    seq: 131,
  },
  {
    phone: DEMO_AGENT_PHONE,
    role: 'enterprise_agent',
    account: '企业经办人 刘芳',
    name: '刘芳',
    gender: 'F',
    birthDate: '1991-03-08',
    seq: 242,
  },
] as const;

/**
 * The demo enterprise: 王小明 (the demo citizen) is its legal representative in the business register, and it
 * authorizes the demo agent 刘芳 (13900139000) for all its items for a year from the seed.
 */
export const DEMO_ENTERPRISE = {
  name: '佛山市禅城区一门演示贸易有限公司',
  kind: '有限责任公司',
  industry: '批发和零售业',
  registeredOn: '2019-04-01',
  /** 91 + 440604 + organisation-code body; the check characters are computed. */
  orgBody: 'YM201904',
  legalRepresentativePhone: DEMO_CITIZEN_PHONE,
  agentPhone: DEMO_AGENT_PHONE,
} as const;
