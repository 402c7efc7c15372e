import { defineErrors } from '../../errors.ts';

/** The refusals of enterprise agents (经办人) and their authorizations by the legal representative. */
export const agentErrors = defineErrors('enterprise-agents', {
  invalidCreditCode: {
    code: 'validation_failed',
    zh: '统一社会信用代码无效：{reasonZh}',
    en: 'Invalid credit code: {reasonEn}.',
    field: 'creditCode',
  },
  noSuchEnterprise: {
    code: 'not_found',
    zh: '没有该统一社会信用代码的主体',
    en: 'No enterprise with this credit code.',
    field: 'creditCode',
  },
  validUntilPast: {
    code: 'validation_failed',
    zh: '授权截止时间必须晚于现在',
    en: 'validUntil must be in the future.',
    field: 'validUntil',
  },
  validUntilTooLate: {
    code: 'validation_failed',
    zh: '授权期限最长三年',
    en: 'An authorization lasts at most {days} days.',
    field: 'validUntil',
  },
  noItemsChosen: {
    code: 'validation_failed',
    zh: '请选择授权办理的事项，或授权全部事项',
    en: 'Choose the items, or authorize all items.',
    field: 'itemCodes',
  },
  unknownItems: {
    code: 'validation_failed',
    zh: '事项不存在或未发布：{zhList}',
    en: 'Unknown or unpublished items: {enList}',
    field: 'itemCodes',
  },
  noSuchAuthorization: {
    code: 'not_found',
    zh: '没有该授权，或已撤销',
    en: 'No such authorization, or it was revoked already.',
    field: 'id',
  },
  accountNotVerified: {
    code: 'forbidden',
    zh: '您的账号尚未实名认证：请先以本人身份证号在线申办一次事项，或到窗口核验身份',
    en: 'Your account is not verified yet: apply online once with your own ID number, or verify at a window.',
  },
  registerUnavailable: {
    code: 'service_unavailable',
    zh: '暂时无法向市场监管登记系统核验法定代表人，请稍后再试',
    en: 'The business register cannot confirm the legal representative right now; try again shortly.',
  },
  notRepresentative: {
    code: 'forbidden',
    zh: '市场监管登记系统未确认您是该企业的法定代表人，不能管理其经办人授权',
    en: 'The business register does not confirm you as this enterprise’s legal representative: you cannot manage its agents.',
    field: 'creditCode',
  },
});
