import { defineErrors } from '../../errors.ts';

/** The refusals of sign-in, authorization, staff accounts and API tokens. */
export const identityErrors = defineErrors('identity', {
  signInFirst: { code: 'unauthenticated', zh: '请先登录', en: 'Please sign in first.' },
  roleNotAllowed: {
    code: 'forbidden',
    zh: '您的角色无权进行此操作',
    en: 'This needs one of the roles: {roles}.',
  },
  areaOutsideJurisdiction: {
    code: 'out_of_jurisdiction',
    zh: '{area} 不在您的辖区内',
    en: 'Area {area} is outside your jurisdiction.',
  },
  otherDepartment: {
    code: 'out_of_jurisdiction',
    zh: '该记录属于其他部门',
    en: 'This record belongs to another department.',
  },
  notSignedIn: { code: 'unauthenticated', zh: '请先登录', en: 'Please sign in.' },
  demoOutboxOff: {
    code: 'not_found',
    zh: '演示短信收件箱仅在演示模式下可用',
    en: 'The demo outbox exists only in demo mode.',
  },
  accountLocked: {
    code: 'rate_limited',
    zh: '该账号连续登录失败过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins for this account; try again in {minutes} minutes.',
  },
  wrongPassword: {
    code: 'invalid_credentials',
    zh: '用户名或密码错误',
    en: 'Wrong username or password.',
    field: 'password',
  },
  otpTooSoon: {
    code: 'rate_limited',
    zh: '验证码已发送，请 {seconds} 秒后再试',
    en: 'A code was just sent; wait {seconds} seconds.',
    field: 'phone',
  },
  otpMissing: {
    code: 'invalid_credentials',
    zh: '验证码已过期或未发送，请重新获取',
    en: 'The code expired or was never sent; request a new one.',
    field: 'code',
  },
  otpTooManyAttempts: {
    code: 'invalid_credentials',
    zh: '验证码错误次数过多，请重新获取',
    en: 'Too many wrong codes; request a new one.',
    field: 'code',
  },
  otpWrong: { code: 'invalid_credentials', zh: '验证码错误', en: 'The code is wrong.', field: 'code' },
  accountDisabled: { code: 'forbidden', zh: '该账号已停用', en: 'This account is disabled.' },
  unknownDepartment: {
    code: 'validation_failed',
    zh: '部门 {id} 不存在',
    en: 'Unknown department "{id}".',
    field: 'departmentId',
  },
  unknownJurisdiction: {
    code: 'validation_failed',
    zh: '辖区 {code} 不存在',
    en: 'No district, street, community or grid has the code "{code}".',
    field: 'jurisdictionCode',
  },
  usernameTaken: {
    code: 'conflict',
    zh: '用户名 {username} 已被使用',
    en: 'Username "{username}" is taken.',
    field: 'username',
  },
  staffNotFound: { code: 'not_found', zh: '未找到该记录', en: 'Staff member not found', field: 'id' },
  cannotDemoteSelf: {
    code: 'validation_failed',
    zh: '不能停用自己或移除自己的管理员角色',
    en: 'You cannot disable yourself or drop your own administrator role.',
  },
  accountVanished: {
    code: 'internal',
    zh: '登录时账号已不存在',
    en: 'The account vanished while signing in.',
  },
  staffNotReadBack: {
    code: 'internal',
    zh: '新建的工作人员账号无法读回',
    en: 'The new staff member could not be read back.',
  },
  tokenNotFound: { code: 'not_found', zh: '未找到该记录', en: 'Active API token not found', field: 'id' },
});
