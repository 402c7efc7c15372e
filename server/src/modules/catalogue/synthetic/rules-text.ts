import type { VerificationT } from '../item-definition.ts';

/** Accept conditions, jump-verification questions, node checklists and legal bases of synthetic items. */

export const CONDITIONS = {
  N: [
    { id: 'legal_capacity', text: '申请人具有完全民事行为能力，或由其监护人代为申请' },
    { id: 'resident', text: '申请人为本区户籍居民或持有本区有效居住证' },
    { id: 'truthful', text: '申请材料真实、完整、有效，申请人对其真实性负责' },
  ],
  benefit: [
    { id: 'income_test', text: '家庭人均收入和财产状况符合本市规定的标准' },
    { id: 'not_duplicated', text: '未重复享受同类待遇' },
  ],
  L: [
    { id: 'lawful_entity', text: '申请人为依法设立的企业或其他组织' },
    { id: 'capability', text: '具有与所申请事项相适应的场所、设施设备和专业技术人员' },
    { id: 'no_violation', text: '近三年内无重大违法违规记录' },
    { id: 'truthful', text: '申请材料真实、完整、有效，申请人对其真实性负责' },
  ],
  existing: [{ id: 'original_valid', text: '原许可（登记、备案）在有效期内' }],
} as const;

const v = (
  id: string,
  predicate: string,
  system: string,
  description: string,
  expected: boolean,
  subject: VerificationT['subject'],
): VerificationT => ({ id, predicate, system, description, expected, subject });

/**
 * The yes/no questions the window asks departments' systems (跳转核验): only predicates the department systems
 * answer (server/src/departments/README.md).
 */
export const VERIFICATIONS: Record<'N' | 'L' | 'benefit' | 'housing', VerificationT[]> = {
  N: [
    v(
      'resident',
      'household_registered_in_district',
      'household',
      '申请人是否为本区户籍居民',
      true,
      'applicant',
    ),
    v('adult', 'age_over_18', 'household', '申请人是否年满18周岁', true, 'applicant'),
    v('insured', 'insured', 'social_insurance', '申请人是否正常参加社会保险', true, 'applicant'),
  ],
  benefit: [
    v('married', 'married', 'marriage', '申请人婚姻状况是否为已婚', true, 'applicant'),
    v(
      'no_unemployment_benefit',
      'receiving_unemployment_benefit',
      'social_insurance',
      '申请人是否正在领取失业保险金',
      false,
      'applicant',
    ),
  ],
  housing: [
    v('no_property', 'owns_property_in_district', 'property', '申请人名下是否有本区房产', false, 'applicant'),
  ],
  L: [
    v('business_active', 'business_active', 'business', '企业是否处于存续（在营）状态', true, 'enterprise'),
    v(
      'business_registered',
      'business_registered',
      'business',
      '企业是否已在本区登记注册',
      true,
      'enterprise',
    ),
    v('rep_adult', 'age_over_18', 'household', '法定代表人是否年满18周岁', true, 'legal_representative'),
  ],
};

export const CHECKLISTS = {
  initial: [
    { id: 'home_visit', text: '经入户调查，申请人家庭情况属实' },
    { id: 'publicised', text: '已在村（居）委会公示且无异议' },
  ],
  review: [
    { id: 'complete', text: '申请材料齐全、符合法定形式' },
    { id: 'eligible', text: '申请人主体资格符合要求' },
    { id: 'in_scope', text: '申请事项属于本部门职权范围' },
  ],
  site_check: [
    { id: 'matches_application', text: '现场情况与申请材料一致' },
    { id: 'meets_standards', text: '场所、设施符合有关标准和规范' },
  ],
  countersign: [{ id: 'duty_met', text: '涉及本部门职责的事项符合要求' }],
  decision: [
    { id: 'opinion_clear', text: '审查意见明确、依据充分' },
    { id: 'decided', text: '作出准予或不予办理的决定' },
  ],
} as const;
export type StageRole = keyof typeof CHECKLISTS;

export const STAGE_NAMES: Record<StageRole, { stage: string; node: string }> = {
  initial: { stage: '初审', node: '镇街初审' },
  review: { stage: '审查', node: '材料审查' },
  site_check: { stage: '现场核查', node: '现场核查' },
  countersign: { stage: '部门会签', node: '会签' },
  decision: { stage: '审批决定', node: '审批决定' },
};

/** Departments asked to countersign items of a department (their duties overlap). */
export const RELATED: Record<string, string[]> = {
  amr: ['hth', 'eeb', 'emb'],
  eeb: ['nrb', 'wab', 'uml'],
  hth: ['amr', 'eeb'],
  edu: ['hth', 'emb', 'psb'],
  hcb: ['nrb', 'uml', 'emb'],
  nrb: ['hcb', 'eeb', 'wab'],
  emb: ['psb', 'amr', 'eeb'],
  trb: ['psb', 'uml'],
  wab: ['eeb', 'nrb'],
  uml: ['trb', 'hcb'],
  psb: ['emb', 'uml'],
  cab: ['hrss', 'hth'],
  hrss: ['tax', 'amr'],
};

const LAW = (...names: string[]) => names.map((n) => `《${n}》`);

/** 设定依据 by department: the laws such items rest on. */
export const LEGAL_BASIS: Record<string, string[]> = {
  psb: LAW(
    '中华人民共和国居民身份证法',
    '中华人民共和国户口登记条例',
    '中华人民共和国出境入境管理法',
    '中华人民共和国道路交通安全法',
  ),
  cab: LAW(
    '社会救助暂行办法',
    '婚姻登记条例',
    '中华人民共和国老年人权益保障法',
    '社会团体登记管理条例',
    '养老机构管理办法',
  ),
  hrss: LAW(
    '中华人民共和国社会保险法',
    '中华人民共和国就业促进法',
    '工伤保险条例',
    '失业保险条例',
    '中华人民共和国劳动合同法',
  ),
  hth: LAW(
    '中华人民共和国基本医疗卫生与健康促进法',
    '医疗机构管理条例',
    '公共场所卫生管理条例',
    '中华人民共和国母婴保健法',
    '中华人民共和国医师法',
  ),
  edu: LAW(
    '中华人民共和国教育法',
    '中华人民共和国义务教育法',
    '中华人民共和国民办教育促进法',
    '教师资格条例',
  ),
  hcb: LAW(
    '中华人民共和国建筑法',
    '建设工程质量管理条例',
    '城市房地产开发经营管理条例',
    '城镇燃气管理条例',
    '中华人民共和国消防法',
  ),
  nrb: LAW('不动产登记暂行条例', '中华人民共和国城乡规划法', '中华人民共和国土地管理法'),
  eeb: LAW(
    '中华人民共和国环境保护法',
    '排污许可管理条例',
    '中华人民共和国环境影响评价法',
    '中华人民共和国固体废物污染环境防治法',
  ),
  emb: LAW('中华人民共和国安全生产法', '危险化学品安全管理条例', '烟花爆竹安全管理条例'),
  trb: LAW(
    '中华人民共和国道路运输条例',
    '巡游出租汽车经营服务管理规定',
    '网络预约出租汽车经营服务管理暂行办法',
  ),
  wab: LAW(
    '中华人民共和国水法',
    '取水许可和水资源费征收管理条例',
    '城镇排水与污水处理条例',
    '中华人民共和国河道管理条例',
  ),
  uml: LAW('城市市容和环境卫生管理条例', '城市道路管理条例', '城市绿化条例'),
  amr: LAW(
    '中华人民共和国市场主体登记管理条例',
    '中华人民共和国食品安全法',
    '中华人民共和国特种设备安全法',
    '中华人民共和国药品管理法',
  ),
  jus: LAW(
    '中华人民共和国法律援助法',
    '中华人民共和国人民调解法',
    '中华人民共和国公证法',
    '中华人民共和国律师法',
  ),
  tax: LAW('中华人民共和国税收征收管理法', '中华人民共和国个人所得税法', '中华人民共和国发票管理办法'),
  dpf: LAW('中华人民共和国残疾人保障法', '残疾人就业条例'),
  vab: LAW('中华人民共和国退役军人保障法', '军人抚恤优待条例', '烈士褒扬条例'),
  gsd: LAW('优化营商环境条例', '中华人民共和国行政许可法'),
  streets: LAW('中华人民共和国行政许可法', '优化营商环境条例'),
};
