/** Chinese labels of the definition's enumerations, as a published 办事指南 prints them. */
export const LABELS = {
  level: { item: '事项', sub_item: '子项', handling: '业务办理项' },
  handlingKind: { new: '新办', change: '变更', renew: '延续', cancel: '注销' },
  handlingType: { instant: '即办件', commitment: '承诺件' },
  originalOrCopy: { original: '原件', copy: '复印件', original_and_copy: '原件和复印件' },
  form: { paper: '纸质', electronic: '电子', paper_or_electronic: '纸质或电子' },
  necessity: { required: '必要', conditional: '按情形提交', optional: '非必要' },
  source: { applicant: '申请人自备', government: '政府部门核发', intermediary: '中介机构出具' },
  resultType: {
    certificate: '证件',
    licence: '许可证',
    approval: '批准文书',
    record: '备案凭证',
    payment: '给付',
    other: '其他',
  },
  delivery: { pickup: '窗口领取', mail: '邮寄送达（免费）', online: '网上推送' },
  scope: {
    district: '全区通办',
    city: '全市通办',
    province: '全省通办',
    cross_province: '跨省通办',
    national: '全国通办',
  },
  onlineDepth: {
    1: '一级（信息公开）',
    2: '二级（在线预约、表格下载）',
    3: '三级（网上预审）',
    4: '四级（全程网办）',
  },
  subject: { applicant: '申请人', enterprise: '企业', legal_representative: '法定代表人' },
} as const;
