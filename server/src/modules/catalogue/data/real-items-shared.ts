import type {
  ItemDefinitionT,
  MaterialT,
  ProcessNodeT,
  ProcessStageT,
  VerificationT,
} from '../item-definition.ts';

/*
 * Building blocks of the real items (REAL_ITEMS).
 *
 * Codes — how the numbers are formed (GB/T 39554.1-2020 shapes; the values are ours):
 *   基本编码 (basicCode), 12 digits  = 6-digit catalogue class of the responsible line ministry (table below)
 *                                    + 3-digit main item (主项) + 3-digit sub-item / handling (000 = the item itself).
 *     These follow the national shape (e.g. 000105001000) but are NOT copied from the national catalogue:
 *     no verified national code was available offline, so each is a documented placeholder.
 *   实施编码 (implementationCode), 31 characters = the implementing body's 统一社会信用代码 (18, GB 32100)
 *                                    + '4' (行使层级: 县级) + 基本编码 (12).
 *     The layout mirrors the item addresses of 广东政务服务网 (credit code, level digit, basic code). The
 *     departments' credit codes are SYNTHETIC ('11' 机构编制/机关 + 440604 + organisation code YM0000nn with
 *     valid GB 11714 and GB 32100 check characters); replace them with the real codes when known.
 */

/** Synthetic 统一社会信用代码 of the implementing bodies (see header). */
export const DEPARTMENT_CREDIT_CODES = {
  asc: '11440604YM0000016K',
  psb: '11440604YM0000024E',
  hrss: '11440604YM00000329',
  amr: '11440604YM00000404',
  uml: '11440604YM00000591',
  hcb: '11440604YM0000067U',
  hth: '11440604YM0000075N',
  edu: '11440604YM0000083H',
  cab: '11440604YM0000091C',
  nrb: '11440604YM00001042',
  eeb: '11440604YM0000112W',
  trb: '11440604YM0000120P',
  wab: '11440604YM0000139L',
  tax: '11440604YM0000147F',
  dpf: '11440604YM0000155A',
} as const;
export type ImplementingDepartment = keyof typeof DEPARTMENT_CREDIT_CODES;

/** 行使层级 digit of the implementation code: 4 = 县级 (district). */
export const DISTRICT_LEVEL_DIGIT = '4';

/**
 * Catalogue classes used as the first six digits of our basic codes (one per line ministry), e.g.
 * 000105 公安, 000106 民政, 000109 人社, 000110 自然资源, 000112 住建 (incl. 城市管理), 000113 交通运输,
 * 000114 水利/水务, 000117 卫健, 000123 市场监管, 000103 教育, 000190 残联.
 */
export const CATALOGUE_CLASSES = {
  edu: '000103',
  psb: '000105',
  cab: '000106',
  hrss: '000109',
  nrb: '000110',
  hcb: '000112',
  uml: '000112',
  trb: '000113',
  wab: '000114',
  hth: '000117',
  amr: '000123',
  dpf: '000190',
} as const;

/** The implementing body and both codes of an item, derived from one basic code. */
export function owner(
  departmentId: ImplementingDepartment,
  basicCode: string,
): Pick<ItemDefinitionT, 'departmentId' | 'basicCode' | 'implementationCode'> {
  return {
    departmentId,
    basicCode,
    implementationCode: `${DEPARTMENT_CREDIT_CODES[departmentId]}${DISTRICT_LEVEL_DIGIT}${basicCode}`,
  };
}

type MaterialInit = Partial<Omit<MaterialT, 'id' | 'name'>>;

/** A material with the commonest values: original, paper or electronic, required, brought by the applicant, 1 copy. */
export function material(id: string, name: string, init: MaterialInit = {}): MaterialT {
  return {
    id,
    name,
    originalOrCopy: 'original',
    form: 'paper_or_electronic',
    necessity: 'required',
    source: 'applicant',
    copies: 1,
    ...init,
  };
}

/** A material needed only when `condition` holds. */
export const conditional = (
  id: string,
  name: string,
  condition: string,
  init: MaterialInit = {},
): MaterialT => material(id, name, { necessity: 'conditional', condition, ...init });

/** A certificate a government body issued: the window fetches it from the e-licence library instead of asking. */
export const governmentIssued = (
  id: string,
  name: string,
  issuer: string,
  init: MaterialInit = {},
): MaterialT =>
  material(id, name, {
    source: 'government',
    sourceNote: `${issuer}核发，窗口通过电子证照库调取，申请人免提交`,
    form: 'electronic',
    copies: 0,
    ...init,
  });

/** 居民身份证 of a named person (checked at the window; 电子身份证 accepted). */
export const idCard = (id: string, whose: string, init: MaterialInit = {}): MaterialT =>
  material(id, `${whose}居民身份证`, { note: '现场核验原件，可用粤省事电子身份证代替', ...init });

/** 授权委托书 and the agent's ID card, both only when someone else applies on the applicant's behalf. */
export const agentMaterials = (): MaterialT[] => [
  conditional('power_of_attorney', '授权委托书', '委托他人代为办理的'),
  conditional('agent_id_card', '受托人居民身份证', '委托他人代为办理的', {
    note: '现场核验原件',
  }),
];

/** 营业执照, fetched from the market-regulation e-licence library. */
export const businessLicence = (): MaterialT =>
  governmentIssued('business_licence', '营业执照', '市场监管部门');

/** A department node whose checklist ids are numbered check_1, check_2, … */
export function node(
  id: string,
  name: string,
  departmentId: string,
  limitDays: number,
  checklist: string[],
): ProcessNodeT {
  return {
    id,
    name,
    departmentId,
    limitDays,
    checklist: checklist.map((text, i) => ({ id: `check_${i + 1}`, text })),
  };
}

export const stage = (id: string, name: string, ...nodes: ProcessNodeT[]): ProcessStageT => ({
  id,
  name,
  nodes,
});

/** The predicates the simulated department systems answer, and which system answers each. */
export const PREDICATE_SYSTEMS = {
  age_over_18: 'household',
  age_over_80: 'household',
  household_registered_in_district: 'household',
  married: 'marriage',
  unmarried: 'marriage',
  insured: 'social_insurance',
  receiving_unemployment_benefit: 'social_insurance',
  business_active: 'business',
  business_registered: 'business',
  owns_property_in_district: 'property',
} as const;
export type Predicate = keyof typeof PREDICATE_SYSTEMS;

/** A jump verification (跳转核验); its id is the predicate, which is unique within an item. */
export function verify(
  predicate: Predicate,
  expected: boolean,
  subject: VerificationT['subject'],
  description: string,
  /** What the expected answer settles on the checklist: the condition it proves, the materials it replaces. */
  settles: Pick<VerificationT, 'provesCondition' | 'replacesMaterials'> = {},
): VerificationT {
  return {
    id: predicate,
    predicate,
    system: PREDICATE_SYSTEMS[predicate],
    description,
    expected,
    subject,
    ...settles,
  };
}

/** Accept conditions numbered by the caller's ids. */
export const conditions = (entries: Record<string, string>): ItemDefinitionT['acceptConditions'] =>
  Object.entries(entries).map(([id, text]) => ({ id, text }));
