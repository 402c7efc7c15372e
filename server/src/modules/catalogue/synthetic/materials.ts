import type { MaterialT } from '../item-definition.ts';
import type { Candidate } from './families.ts';

/** Material templates of synthetic items, written the way implementation lists word them. */

type Template = Omit<MaterialT, 'copies'> & { copies?: number };

const m = (id: string, name: string, over: Partial<Omit<MaterialT, 'id' | 'name'>> = {}): Template => ({
  id,
  name,
  originalOrCopy: 'original',
  form: 'paper_or_electronic',
  necessity: 'required',
  source: 'applicant',
  ...over,
});

const AGENT = m('agent_authorisation', '授权委托书及受托人身份证件', {
  originalOrCopy: 'original_and_copy',
  necessity: 'conditional',
  condition: '委托他人代为办理的',
});

export const applicationForm = (c: Candidate): Template =>
  m('application_form', `${c.name}申请表`, { blankForm: `《${c.name}申请表》（可在窗口领取或网上下载）` });

/** The identity of the applicant: the ID card for a person; licence and representative for an organisation. */
export const IDENTITY: Record<'N' | 'L', Template[]> = {
  N: [m('id_card', '申请人居民身份证', { form: 'paper', sourceNote: '窗口核验原件后退还' })],
  L: [
    m('business_licence', '营业执照或其他主体资格证明', {
      originalOrCopy: 'copy',
      source: 'government',
      sourceNote: '可通过电子证照库调取，无需提交',
    }),
    m('legal_rep_id', '法定代表人（负责人）身份证明', { originalOrCopy: 'copy' }),
  ],
};

const NATURAL_POOL: Record<string, Template[]> = {
  common: [
    AGENT,
    m('photo', '近期正面免冠彩色证件照片', {
      form: 'paper',
      copies: 2,
      necessity: 'conditional',
      condition: '需制发证件的',
    }),
  ],
  /** Where a person's residence decides the item (户籍, social security, schooling, housing, welfare). */
  residence: [
    m('household_register', '居民户口簿', {
      form: 'paper',
      necessity: 'conditional',
      condition: '本区户籍居民提供',
    }),
    m('residence_permit', '广东省居住证', {
      originalOrCopy: 'copy',
      necessity: 'conditional',
      condition: '非本区户籍居民提供',
    }),
  ],
  benefit: [
    m('income_statement', '家庭收入及财产状况申报表', { blankForm: '《家庭经济状况申报表》' }),
    m('bank_account', '本人银行账户或社会保障卡', { originalOrCopy: 'copy' }),
    m('authorisation_check', '家庭经济状况核对授权书'),
    m('medical_proof', '二级以上医疗机构出具的诊断证明', {
      necessity: 'conditional',
      condition: '因病申请的',
    }),
  ],
  certificate: [
    m('old_certificate', '原证件', { necessity: 'conditional', condition: '换领的，交回原证件' }),
    m('loss_statement', '证件遗失声明', { necessity: 'conditional', condition: '补领的' }),
  ],
  confirmation: [
    m('medical_proof', '医疗机构出具的诊断证明或检查报告'),
    m('education_proof', '学历或职业资格证明', { originalOrCopy: 'original_and_copy' }),
  ],
  service: [m('commitment', '个人承诺书', { blankForm: '《个人承诺书》' })],
  licence: [
    m('qualification_certificate', '资格证书', { originalOrCopy: 'original_and_copy', source: 'government' }),
    m('health_certificate', '医疗机构出具的体检证明'),
    m('employment_proof', '拟执业（聘用）单位证明'),
  ],
  approval: [m('site_plan', '位置示意图'), m('commitment', '个人承诺书', { blankForm: '《个人承诺书》' })],
  filing: [m('filing_form', '备案信息表')],
};

const MARRIAGE_CERTIFICATE = m('marriage_certificate', '结婚证', {
  originalOrCopy: 'original_and_copy',
  necessity: 'conditional',
  condition: '已婚的',
});
const PROPERTY_CERTIFICATE = m('property_certificate', '不动产权证书', {
  originalOrCopy: 'original_and_copy',
  source: 'government',
});

/**
 * A person's registrations (登记) need what their department registers: civil status for 户籍 and 婚姻, the
 * property for 不动产, the business for 个体工商户 — never a marriage certificate for a business change.
 */
const NATURAL_REGISTRATION: Record<string, Template[]> = {
  psb: [
    MARRIAGE_CERTIFICATE,
    m('relationship_proof', '亲属关系证明', { necessity: 'conditional', condition: '投靠亲属的' }),
    PROPERTY_CERTIFICATE,
  ],
  cab: [
    m('household_register_book', '本人户口簿', { form: 'paper' }),
    m('no_spouse_statement', '无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明'),
    MARRIAGE_CERTIFICATE,
  ],
  hth: [
    MARRIAGE_CERTIFICATE,
    m('birth_medical_certificate', '《出生医学证明》', { necessity: 'conditional', condition: '已生育的' }),
  ],
  nrb: [
    PROPERTY_CERTIFICATE,
    m('transfer_contract', '不动产转移或抵押合同', { originalOrCopy: 'original_and_copy' }),
    m('marriage_status', '婚姻状况证明', { necessity: 'conditional', condition: '涉及夫妻共有财产的' }),
    m('tax_receipt', '契税完税凭证', { source: 'government', sourceNote: '可由税务部门共享，无需提交' }),
  ],
  amr: [
    m('operator_photo', '经营者近期免冠照片', { form: 'paper' }),
    m('premises_proof', '经营场所使用证明', { originalOrCopy: 'copy', sourceNote: '产权证明或租赁合同' }),
    m('business_licence_original', '营业执照正、副本', {
      necessity: 'conditional',
      condition: '已领取营业执照的',
    }),
  ],
  hrss: [
    m('labour_contract', '劳动合同或用工证明', {
      originalOrCopy: 'copy',
      necessity: 'conditional',
      condition: '已就业的',
    }),
    m('termination_proof', '解除或终止劳动关系证明', { necessity: 'conditional', condition: '失业的' }),
  ],
  edu: [
    m('household_register', '居民户口簿', {
      form: 'paper',
      necessity: 'conditional',
      condition: '本区户籍的',
    }),
    m('residence_permit', '广东省居住证', {
      originalOrCopy: 'copy',
      necessity: 'conditional',
      condition: '随迁子女',
    }),
    PROPERTY_CERTIFICATE,
  ],
  other: [m('residence_proof', '居住地址证明', { originalOrCopy: 'copy' })],
  dog: [
    m('dog_vaccination', '犬只狂犬病免疫证明'),
    m('dog_photo', '犬只近期照片', { form: 'paper_or_electronic' }),
    m('residence_proof', '居住地址证明', { originalOrCopy: 'copy' }),
  ],
  vehicle: [
    m('vehicle_origin', '机动车来历证明', { originalOrCopy: 'original_and_copy' }),
    m('vehicle_certificate', '机动车整车出厂合格证明或进口凭证'),
    m('compulsory_insurance', '机动车交通事故责任强制保险凭证', {
      source: 'government',
      sourceNote: '可联网核查',
    }),
  ],
};

/** The family's domain among a person's registrations: by what is registered first, then by the department. */
function registrationMaterials(c: Candidate): Template[] {
  if (c.subject.includes('犬')) return NATURAL_REGISTRATION.dog!;
  if (c.subject.includes('机动车')) return NATURAL_REGISTRATION.vehicle!;
  return NATURAL_REGISTRATION[c.dept] ?? NATURAL_REGISTRATION.other!;
}

const LEGAL_POOL: Record<string, Template[]> = {
  common: [AGENT, m('commitment', '告知承诺书', { blankForm: '《告知承诺书》' })],
  licence: [
    m('premises_proof', '经营（生产）场所使用证明', {
      originalOrCopy: 'copy',
      sourceNote: '产权证明或租赁合同',
    }),
    m('layout_plan', '场所平面布局图'),
    m('equipment_list', '主要设备设施清单'),
    m('staff_qualification', '专业技术人员资格证明', { originalOrCopy: 'copy' }),
    m('management_rules', '质量安全管理制度文本'),
    m('inspection_report', '第三方检测报告', { source: 'intermediary' }),
  ],
  approval: [
    m('design_documents', '设计方案及图纸', { form: 'electronic' }),
    m('feasibility_report', '项目可行性研究报告', { source: 'intermediary' }),
    m('land_proof', '用地或场地使用证明', { originalOrCopy: 'copy' }),
    m('assessment_report', '专项评估报告', { source: 'intermediary' }),
  ],
  registration: [
    m('articles', '公司章程或合伙协议'),
    m('resolution', '股东会（合伙人）决议或决定'),
    m('address_proof', '住所（经营场所）使用证明', { originalOrCopy: 'copy' }),
  ],
  filing: [m('filing_form', '备案登记表'), m('plan_text', '预案或方案文本', { form: 'electronic' })],
  confirmation: [
    m('performance_proof', '业绩证明材料', { originalOrCopy: 'copy' }),
    m('staff_list', '技术负责人及人员名单'),
  ],
  benefit: [m('payroll', '职工花名册及工资发放记录'), m('bank_account', '单位银行账户信息')],
  service: [m('tax_form', '申报表', { form: 'electronic' })],
  certificate: [],
};

/** Materials only a change, renewal or cancellation of a licence, registration or filing needs. */
export function actMaterials(c: Candidate): Template[] {
  if (c.kind === 'certificate') return []; // 换领 / 补领 of a card: the certificate pool covers them
  switch (c.handlingKind) {
    case 'change':
      return [
        m('change_proof', '变更事项的证明材料'),
        m('original_document', '原许可（备案）文件', { originalOrCopy: 'copy' }),
      ];
    case 'renew':
      return [
        m('self_inspection', '有效期内自查报告'),
        m('original_document', '原许可（备案）文件', { originalOrCopy: 'copy' }),
      ];
    case 'cancel':
      return [
        m('original_document', '原许可（备案）文件', { necessity: 'conditional', condition: '原件未遗失的' }),
      ];
    default:
      return [];
  }
}

/** Departments whose items for persons depend on where the person is registered or lives. */
const RESIDENT_DEPARTMENTS: ReadonlySet<string> = new Set([
  'psb',
  'cab',
  'hrss',
  'edu',
  'hcb',
  'hth',
  'dpf',
  'vab',
]);

/** Candidate materials beyond the application form and identity, most specific first. */
export function materialPool(c: Candidate): Template[] {
  const pools = c.who === 'N' ? NATURAL_POOL : LEGAL_POOL;
  const ofKind =
    c.who === 'N' && c.kind === 'registration' ? registrationMaterials(c) : (pools[c.kind] ?? []);
  const residence = c.who === 'N' && RESIDENT_DEPARTMENTS.has(c.dept) ? NATURAL_POOL.residence! : [];
  const common = [...pools.common!, ...residence].filter((t) => !ofKind.some((k) => k.id === t.id));
  return [...actMaterials(c), ...ofKind, ...common];
}

/** Fixes copies (1 unless stated) so the template becomes a material of the schema. */
export const toMaterial = (t: Template): MaterialT => ({ ...t, copies: t.copies ?? 1 });
