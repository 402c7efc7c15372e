import { defineErrors } from '../../errors.ts';

/** The refusals of the case engine (办件): opening, acting on, reading and rating a case. */
export const caseErrors = defineErrors('cases', {
  notFound: { code: 'not_found', zh: '未找到该记录', en: 'Case not found', field: 'id' },
  notInState: {
    code: 'conflict',
    zh: '办件 {caseNo} 当前状态（{state}）不能执行此操作',
    en: 'Case {caseNo} is {state}; "{action}" is not allowed now.',
    field: 'action',
  },
  versionMissing: {
    code: 'internal',
    zh: '事项 {itemCode} 第 {version} 版缺失',
    en: 'Item {itemCode} v{version} is missing.',
  },
  changedMeanwhile: {
    code: 'conflict',
    zh: '办件正由他人同时处理，请刷新后重试',
    en: 'Someone else is changing this case right now; reload and try again.',
    field: 'action',
  },
  notYoursToSee: { code: 'forbidden', zh: '这不是您可以查看的办件', en: 'This case is not yours to see.' },
  notYourCase: { code: 'forbidden', zh: '这不是您的办件', en: 'This is not your case.' },
  noRunningNode: {
    code: 'forbidden',
    zh: '您的部门在该办件上没有办理中的环节',
    en: 'Your department has no running node on this case.',
  },

  // Opening a case.
  idNumberNotYours: {
    code: 'forbidden',
    zh: '该身份证号与本账号的实名信息不符',
    en: 'This ID number does not belong to the person this account was registered for.',
  },
  itemForOrganisations: {
    code: 'unprocessable',
    zh: '{item} 仅面向法人办理',
    en: '{item} is for organisations, not persons.',
    field: 'applicant.kind',
  },
  itemForPersons: {
    code: 'unprocessable',
    zh: '{item} 仅面向自然人办理',
    en: '{item} is for persons, not organisations.',
    field: 'applicant.kind',
  },
  personUnknown: {
    code: 'not_found',
    zh: '人口库中没有该身份证号，请先登记该居民',
    en: 'No person with this ID number; register the person first.',
    field: 'applicant.idNumber',
  },
  enterpriseUnknown: {
    code: 'not_found',
    zh: '没有该统一社会信用代码的主体',
    en: 'No enterprise with this credit code.',
    field: 'applicant.creditCode',
  },
  agentUnknown: {
    code: 'not_found',
    zh: '人口库中没有该代办人',
    en: 'No person with the agent’s ID number.',
    field: 'agentIdNumber',
  },
  idempotencyKeyReused: {
    code: 'conflict',
    zh: '该幂等键已用于另一个办件',
    en: 'This idempotency key was already used for a different case.',
    field: 'idempotencyKey',
  },
  itemNotPublished: {
    code: 'not_found',
    zh: '事项 {itemCode} 不存在或未发布',
    en: 'No published item {itemCode}.',
    field: 'itemCode',
  },
  itemRetired: {
    code: 'unprocessable',
    zh: '事项 {itemCode} 已停止受理',
    en: 'Item {itemCode} is retired: no new cases.',
    field: 'itemCode',
  },
  inPersonOnly: {
    code: 'unprocessable',
    zh: '“{item}”须申请各方本人共同到现场办理，不能网上申请；请预约后到综合窗口办理',
    en: '"{item}" needs every party in person and cannot be applied for online; book a visit to a window.',
    field: 'itemCode',
  },
  notOnline: {
    code: 'unprocessable',
    zh: '“{item}”暂不支持网上申请，请到综合窗口办理',
    en: '"{item}" cannot be applied for online yet; please come to a window.',
    field: 'itemCode',
  },
  notAuthorizedByEnterprise: {
    code: 'forbidden',
    zh: '您尚未获得该企业授权：请企业法定代表人登录“企业授权管理”为您的手机号授权本事项后再申请',
    en: 'You are not authorized by this enterprise: ask its legal representative to authorize your phone number for this item under “Enterprise authorizations”, then apply again.',
    field: 'applicant.creditCode',
  },
  itemBeingRepublished: {
    code: 'conflict',
    zh: '事项正在更新，请稍后重试',
    en: 'The item is being republished right now; try again in a moment.',
    field: 'itemCode',
  },
  openCaseExists: {
    code: 'conflict',
    zh: '该申请人的同一事项已有在办办件 {caseNo}',
    en: 'This applicant already has an open case {caseNo} for this item.',
    field: 'despiteOpenCase',
  },

  // Taking an action.
  reasonsMissing: {
    code: 'validation_failed',
    zh: '请填写理由',
    en: 'Give at least one reason.',
    field: 'reasons',
  },
  verificationsOutstanding: {
    code: 'unprocessable',
    zh: '尚有 {count} 项跳转核验未通过或未答复',
    en: '{count} verification(s) not answered as required.',
    field: 'verifications',
  },
  checklistIncomplete: {
    code: 'unprocessable',
    zh: '尚缺 {materials} 项材料、{conditions} 项受理条件未确认',
    en: '{materials} material(s) missing and {conditions} condition(s) unconfirmed.',
    field: 'checklist',
  },
  nodeMissing: {
    code: 'validation_failed',
    zh: '请指明环节',
    en: 'Say which node (nodeId).',
    field: 'nodeId',
  },
  noSuchNode: {
    code: 'not_found',
    zh: '没有环节 {nodeId}',
    en: 'Case has no node "{nodeId}".',
    field: 'nodeId',
  },
  nodeNotActive: {
    code: 'conflict',
    zh: '环节 {nodeName} 当前不在办理中',
    en: 'Node "{nodeId}" is {state}, not active.',
    field: 'nodeId',
  },
  nodeOfAnotherDepartment: {
    code: 'out_of_jurisdiction',
    zh: '该环节属于其他部门',
    en: 'This node belongs to another department.',
  },
  noSuchNodeCheck: {
    code: 'validation_failed',
    zh: '该环节没有核查项 {id}',
    en: 'Node has no checklist entry "{id}".',
  },
  nothingMissing: {
    code: 'unprocessable',
    zh: '材料齐全，无需一次性告知',
    en: 'Nothing is missing: accept the case instead.',
    field: 'action',
  },
  nodeChecklistUnticked: {
    code: 'unprocessable',
    zh: '请先完成本环节的标准核查清单',
    en: 'Tick every entry of the node’s standard checklist first.',
    field: 'checked',
  },

  // The checklist.
  noSuchMaterial: {
    code: 'validation_failed',
    zh: '该事项没有材料 {id}',
    en: 'Item has no material "{id}".',
  },
  defectNeedsNote: {
    code: 'validation_failed',
    zh: '请注明材料的问题',
    en: 'Say what is wrong with the material.',
  },
  noSuchCondition: {
    code: 'validation_failed',
    zh: '该事项没有受理条件 {id}',
    en: 'Item has no condition "{id}".',
  },

  // Delivery of the result.
  mailNeeds: { code: 'validation_failed', zh: '邮寄须填写{whatZh}', en: 'Mail delivery needs the {what}.' },
  deliveryNotOffered: {
    code: 'unprocessable',
    zh: '该事项不提供{methodZh}，可选：{offeredZh}',
    en: 'This item is not delivered by "{method}"; it offers: {offered}.',
    field: 'method',
  },

  // Material files.
  fileMissing: {
    code: 'validation_failed',
    zh: '请选择要上传的文件',
    en: 'Send one file in the multipart/form-data field "file".',
    field: 'file',
  },
  fileTypeNotAccepted: {
    code: 'unprocessable',
    zh: '仅支持 PDF、JPG、PNG 文件',
    en: 'Only PDF, JPG or PNG files are accepted.',
    field: 'file',
  },
  fileTooLarge: {
    code: 'payload_too_large',
    zh: '文件不能超过 {mb} MB',
    en: 'The file is larger than {mb} MB; send a smaller one.',
    field: 'file',
  },
  noSuchMaterialForFile: {
    code: 'not_found',
    zh: '该事项没有材料 {materialId}',
    en: 'Item has no material "{materialId}".',
    field: 'materialId',
  },
  noSuchCaseFile: {
    code: 'not_found',
    zh: '没有这份材料文件',
    en: 'No such file on this case.',
    field: 'fileId',
  },
  noSuchFile: { code: 'not_found', zh: '没有该文件', en: 'No such file.', field: 'fileId' },
  notYourUpload: {
    code: 'forbidden',
    zh: '只能删除您本人上传的文件',
    en: 'Only the person who uploaded a file can remove it.',
    field: 'fileId',
  },

  // Documents.
  noSuchDocument: {
    code: 'not_found',
    zh: '没有这份文书',
    en: 'No such document on this case.',
    field: 'documentId',
  },
  notAVerificationCode: {
    code: 'validation_failed',
    zh: '核验码格式不正确',
    en: 'That is not a verification code.',
    field: 'code',
  },
  noDocumentWithCode: {
    code: 'not_found',
    zh: '查无此文书，请注意文书真伪',
    en: 'No document has this code: it may be forged.',
    field: 'code',
  },

  // Verifications.
  pastChecking: {
    code: 'conflict',
    zh: '该办件已不在核验阶段',
    en: 'This case is past the checking stage.',
    field: 'id',
  },

  // Ratings and rectifications.
  rateOnlyOwn: { code: 'forbidden', zh: '只能评价自己的办件', en: 'You can rate only your own cases.' },
  notCompletedYet: {
    code: 'conflict',
    zh: '办结后才能评价',
    en: 'A case can be rated once it is completed.',
    field: 'id',
  },
  ratedAlready: {
    code: 'conflict',
    zh: '该办件已评价',
    en: 'This case has been rated already.',
    field: 'id',
  },
  noSuchDepartment: {
    code: 'unprocessable',
    zh: '没有这个部门',
    en: 'No department {id}.',
    field: 'department',
  },
  noSuchRectification: {
    code: 'not_found',
    zh: '没有这项整改',
    en: 'No such rectification.',
    field: 'id',
  },
  rectificationClosed: {
    code: 'conflict',
    zh: '该整改已办结',
    en: 'This rectification is closed already.',
    field: 'id',
  },
  visitInFuture: {
    code: 'unprocessable',
    zh: '回访时间不能晚于现在',
    en: 'The return visit cannot be in the future.',
    field: 'visitedAt',
  },
  visitBeforeRating: {
    code: 'unprocessable',
    zh: '回访时间不能早于评价时间',
    en: 'The return visit cannot be before the rating.',
    field: 'visitedAt',
  },
  visitBeforePrevious: {
    code: 'unprocessable',
    zh: '回访时间不能早于上一次回访',
    en: 'A return visit cannot be before the previous one.',
    field: 'visitedAt',
  },
});
