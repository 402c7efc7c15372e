import { defineErrors } from '../../errors.ts';

/** The refusals of the population and enterprise registers (人口库, 法人库). */
export const peopleErrors = defineErrors('people', {
  /** The reason is the rule the number breaks (parseIdNumber), in each language. */
  invalidIdNumber: {
    code: 'invalid_id_number',
    zh: '身份证号无效：{reasonZh}',
    en: 'Invalid ID number: {reasonEn}.',
  },
  /** The reason is the rule the code breaks (parseCreditCode), in each language. */
  invalidCreditCode: {
    code: 'invalid_credit_code',
    zh: '统一社会信用代码无效：{reasonZh}',
    en: 'Invalid unified social credit code: {reasonEn}.',
  },
  personRegistered: {
    code: 'conflict',
    zh: '该身份证号已登记',
    en: 'A person with this ID number is already registered.',
    field: 'idNumber',
  },
  personNotReadBack: {
    code: 'internal',
    zh: '新登记的人员无法读回',
    en: 'The new person could not be read back.',
  },
  personNotFound: { code: 'not_found', zh: '未找到该记录', en: 'Person not found', field: 'id' },
  revealNeedsCase: {
    code: 'validation_failed',
    zh: '查看完整身份证号须填写办件编号',
    en: 'A caseRef is required to reveal the full ID number.',
    field: 'caseRef',
  },
  searchNeedsNameOrArea: {
    code: 'validation_failed',
    zh: '请按姓名或网格查询',
    en: 'Search by name (q) or by area (gridCode).',
    field: 'q',
  },
  noSuchAddress: {
    code: 'unprocessable',
    zh: '地址不存在',
    en: 'No address with id {id}.',
    field: 'addressId',
  },
  enterpriseRegistered: {
    code: 'conflict',
    zh: '统一社会信用代码 {code} 已登记',
    en: 'An enterprise with credit code {code} is already registered.',
    field: 'creditCode',
  },
  creditCodeOfOtherKind: {
    code: 'validation_failed',
    zh: '{kind}的信用代码应以 {prefix} 开头',
    en: 'A {kind} credit code starts with {prefix}.',
    field: 'kind',
  },
  registeredInFuture: {
    code: 'validation_failed',
    zh: '成立日期不能晚于今天',
    en: 'The registration date cannot be in the future.',
    field: 'registeredOn',
  },
  legalRepNotRegistered: {
    code: 'unprocessable',
    zh: '法定代表人尚未登记，请先登记人员',
    en: 'The legal representative is not registered yet; register the person first.',
    field: 'legalRepIdNumber',
  },
  enterpriseNotReadBack: {
    code: 'internal',
    zh: '新登记的企业无法读回',
    en: 'The new enterprise could not be read back.',
  },
  enterpriseNotFound: { code: 'not_found', zh: '未找到该记录', en: 'Enterprise not found', field: 'id' },
});
