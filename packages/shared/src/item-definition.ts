import { type Static, Type } from 'typebox';

/**
 * One approval item (事项) as the national implementation list describes it (GB/T 39554.1-2020 and the
 * implementation-list fields of BRIEF §3). A published version of this object is immutable; a case keeps the
 * version it was opened under.
 */

const Id = Type.String({
  pattern: '^[a-z][a-z0-9_]{0,47}$',
  description: 'stable id inside the item, e.g. id_card_copy',
});
const Text = (max = 2000) => Type.String({ minLength: 1, maxLength: max });

/** 事项类型 codes of the national standard (01 行政许可 … 20 公共服务). */
export const ITEM_TYPES = {
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
} as const;
export type ItemTypeCode = keyof typeof ITEM_TYPES;

/** 服务对象: 1 自然人, 2 企业法人, 3 事业法人, 4 社会组织法人, 5 非法人企业, 6 行政机关, 9 其他组织. */
export const SERVICE_OBJECTS = {
  '1': '自然人',
  '2': '企业法人',
  '3': '事业法人',
  '4': '社会组织法人',
  '5': '非法人企业',
  '6': '行政机关',
  '9': '其他组织',
} as const;
export type ServiceObjectCode = keyof typeof SERVICE_OBJECTS;

export const Material = Type.Object(
  {
    id: Id,
    name: Text(200),
    /** 原件 / 复印件 / 原件和复印件 */
    originalOrCopy: Type.Union([
      Type.Literal('original'),
      Type.Literal('copy'),
      Type.Literal('original_and_copy'),
    ]),
    /** 纸质 / 电子 / 纸质或电子 */
    form: Type.Union([
      Type.Literal('paper'),
      Type.Literal('electronic'),
      Type.Literal('paper_or_electronic'),
    ]),
    /** 必要性: required always, or only when `condition` holds (容缺 and 免提交 are later refinements). */
    necessity: Type.Union([Type.Literal('required'), Type.Literal('conditional'), Type.Literal('optional')]),
    condition: Type.Optional(Text(300)),
    /** 来源渠道: the applicant brings it, or a government body issues it (then it can be fetched, not asked for). */
    source: Type.Union([Type.Literal('applicant'), Type.Literal('government'), Type.Literal('intermediary')]),
    sourceNote: Type.Optional(Text(200)),
    copies: Type.Integer({ minimum: 0, maximum: 20 }),
    blankForm: Type.Optional(Text(300)),
    sample: Type.Optional(Text(300)),
    note: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);

/** A yes/no question the window asks a department's own system (跳转核验); only the answer comes back. */
export const Verification = Type.Object(
  {
    id: Id,
    predicate: Type.String({
      pattern: '^[a-z][a-z0-9_]{1,47}$',
      description: 'e.g. age_over_18, married, insured',
    }),
    /** Which simulated department system answers: household, marriage, social_insurance, business, property. */
    system: Type.String({ pattern: '^[a-z][a-z_]{1,31}$' }),
    description: Text(200),
    /** The answer that lets the case proceed. */
    expected: Type.Boolean(),
    subject: Type.Union([
      Type.Literal('applicant'),
      Type.Literal('enterprise'),
      Type.Literal('legal_representative'),
    ]),
    /** The accept condition the expected answer proves: ticked as met when it comes. */
    provesCondition: Type.Optional(Id),
    /** Materials the expected answer makes unnecessary (户籍在禅城 → 户口簿): waived when it comes. */
    replacesMaterials: Type.Optional(Type.Array(Id, { maxItems: 10 })),
  },
  { additionalProperties: false },
);

export const ChecklistEntry = Type.Object({ id: Id, text: Text(300) }, { additionalProperties: false });

/** 办理流程: one department node; nodes of one stage run in parallel and must all agree. */
export const ProcessNode = Type.Object(
  {
    id: Id,
    name: Text(100),
    departmentId: Type.String({ minLength: 1, maxLength: 32 }),
    /** Node time limit in working days. */
    limitDays: Type.Integer({ minimum: 0, maximum: 365 }),
    checklist: Type.Array(ChecklistEntry, { maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const ProcessStage = Type.Object(
  { id: Id, name: Text(100), nodes: Type.Array(ProcessNode, { minItems: 1, maxItems: 10 }) },
  { additionalProperties: false },
);

export const Fee = Type.Object(
  { name: Text(100), amountYuan: Type.Number({ minimum: 0 }), basis: Type.Optional(Text(300)) },
  { additionalProperties: false },
);

export const ItemDefinition = Type.Object(
  {
    name: Text(100),
    /** 基本编码 (catalogue level) and 实施编码 (this district's implementation). */
    basicCode: Type.String({ minLength: 1, maxLength: 40 }),
    implementationCode: Type.String({ minLength: 1, maxLength: 60 }),
    /** item → sub-item → handling item (new/change/renew/cancel). */
    level: Type.Union([Type.Literal('item'), Type.Literal('sub_item'), Type.Literal('handling')]),
    parentCode: Type.Optional(Type.String({ maxLength: 60 })),
    handlingKind: Type.Optional(
      Type.Union([
        Type.Literal('new'),
        Type.Literal('change'),
        Type.Literal('renew'),
        Type.Literal('cancel'),
      ]),
    ),
    itemType: Type.Enum(Object.keys(ITEM_TYPES) as ItemTypeCode[]),
    serviceObjects: Type.Array(Type.Enum(Object.keys(SERVICE_OBJECTS) as ServiceObjectCode[]), {
      minItems: 1,
      uniqueItems: true,
    }),
    departmentId: Type.String({ minLength: 1, maxLength: 32, description: '实施主体' }),
    legalBasis: Type.Array(Text(500), { maxItems: 20 }),
    acceptConditions: Type.Array(ChecklistEntry, { maxItems: 30 }),
    materials: Type.Array(Material, { maxItems: 60 }),
    verifications: Type.Array(Verification, { maxItems: 20 }),
    /** Empty for 即办件 (instant items): the window completes them. */
    stages: Type.Array(ProcessStage, { maxItems: 10 }),
    /** 法定办结时限 and 承诺办结时限, in working days (0 = on the spot). */
    legalLimitDays: Type.Integer({ minimum: 0, maximum: 730 }),
    promisedLimitDays: Type.Integer({ minimum: 0, maximum: 730 }),
    handlingType: Type.Union([Type.Literal('instant'), Type.Literal('commitment')]),
    fees: Type.Array(Fee, { maxItems: 20, description: 'empty = free of charge' }),
    result: Type.Object(
      {
        name: Text(100),
        type: Type.Union([
          Type.Literal('certificate'),
          Type.Literal('licence'),
          Type.Literal('approval'),
          Type.Literal('record'),
          Type.Literal('payment'),
          Type.Literal('other'),
        ]),
      },
      { additionalProperties: false },
    ),
    deliveryMethods: Type.Array(
      Type.Union([Type.Literal('pickup'), Type.Literal('mail'), Type.Literal('online')]),
      {
        minItems: 1,
        uniqueItems: true,
      },
    ),
    /** 网上办理深度 1–4 (1 information online … 4 fully online). */
    onlineDepth: Type.Integer({ minimum: 1, maximum: 4 }),
    /** 到办事现场次数 */
    visitsRequired: Type.Integer({ minimum: 0, maximum: 5 }),
    /** 通办范围 */
    scope: Type.Union([
      Type.Literal('district'),
      Type.Literal('city'),
      Type.Literal('province'),
      Type.Literal('cross_province'),
      Type.Literal('national'),
    ]),
    /** 先信任后审批: proceed on declared facts, cross-check afterwards. */
    trustFirst: Type.Boolean(),
    /** Colloquial words people use for this item ("上户口", "开饭店"), for search. */
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 40 }),
    /** Where the facts come from (a published guide), or "synthetic". */
    source: Text(500),
  },
  { additionalProperties: false, $id: 'ItemDefinition' },
);

export type ItemDefinitionT = Static<typeof ItemDefinition>;
export type MaterialT = Static<typeof Material>;
export type VerificationT = Static<typeof Verification>;
export type ProcessStageT = Static<typeof ProcessStage>;
export type ProcessNodeT = Static<typeof ProcessNode>;
