import type { ItemDefinitionT } from '../item-definition.ts';
import {
  agentMaterials,
  conditional,
  conditions,
  idCard,
  material,
  node,
  owner,
  stage,
  verify,
} from './real-items-shared.ts';

/**
 * Market-entity registration (市场主体登记): 个体工商户 and enterprise set-up, change and cancellation.
 * 企业变更登记 and 企业注销登记 are handling items (change / cancel) under 企业设立登记's basic code; our handling
 * suffixes are 001 new, 002 change, 003 renew, 004 cancel.
 */
const ENTERPRISE_REGISTRATION_CODE = '000123002000';

const MARKET_ENTITY_REGULATION =
  '《中华人民共和国市场主体登记管理条例》（国务院令第746号）第十九条：申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记';
const MARKET_ENTITY_RULES = '《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）';

export const ENTERPRISE_ITEMS: ItemDefinitionT[] = [
  {
    name: '个体工商户设立登记',
    ...owner('amr', '000123001000'),
    level: 'item',
    itemType: '01',
    serviceObjects: ['1', '5'],
    legalBasis: [
      MARKET_ENTITY_REGULATION,
      MARKET_ENTITY_RULES,
      '《促进个体工商户发展条例》（国务院令第755号）：有经营能力的公民经市场监管部门登记，可以成为个体工商户',
    ],
    acceptConditions: conditions({
      capable_operator: '经营者为有经营能力的自然人；家庭经营的，以家庭成员共同经营',
      premises: '有经营场所（广东实行住所（经营场所）信息申报承诺制）',
      scope_allowed: '经营范围不属于禁止个体经营的项目；涉及登记前置许可的已取得许可',
    }),
    materials: [
      material('application_form', '个体工商户登记（备案）申请书', {
        blankForm: '《个体工商户登记（备案）申请书》',
      }),
      idCard('operator_id_card', '经营者'),
      material('premises_declaration', '经营场所信息申报承诺', {
        form: 'electronic',
        note: '申报承诺制，免交产权证明（参照广东做法）',
      }),
      conditional('family_relation_proof', '家庭成员关系证明（户口簿或结婚证）', '以家庭形式经营的'),
      conditional('prior_licence', '登记前置许可文件', '经营范围涉及登记前置许可的'),
      ...agentMaterials(),
    ],
    verifications: [],
    stages: [],
    legalLimitDays: 3,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '营业执照（个体工商户）', type: 'licence' },
    deliveryMethods: ['pickup', 'mail', 'online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: false,
    keywords: [
      '开店',
      '个体户',
      '办个体营业执照',
      '个体工商户注册',
      '开小店',
      '个体执照',
      '办营业执照',
      '摆摊执照',
    ],
    source:
      '广东政务服务网 禅城区市场监督管理局 个体工商户设立登记 办事指南（参照 2024）；《市场主体登记管理条例》；《促进个体工商户发展条例》',
  },
  {
    name: '企业设立登记',
    ...owner('amr', ENTERPRISE_REGISTRATION_CODE),
    level: 'item',
    itemType: '01',
    serviceObjects: ['2', '5'],
    legalBasis: [
      '《中华人民共和国公司法》（2023年修订）第二十九条、第三十条：设立公司应当依法向公司登记机关申请设立登记，提交的材料应当真实、合法和有效',
      MARKET_ENTITY_REGULATION,
      MARKET_ENTITY_RULES,
    ],
    acceptConditions: conditions({
      name_declared: '企业名称已通过自主申报',
      articles: '已依法制定公司章程（合伙企业为合伙协议）',
      premises: '有住所（广东实行住所信息申报承诺制）',
      officers_eligible:
        '法定代表人、董事、监事、高级管理人员不存在《公司法》第一百七十八条规定的不得任职情形',
    }),
    materials: [
      material('application_form', '公司登记（备案）申请书', { blankForm: '《公司登记（备案）申请书》' }),
      material('articles', '公司章程（合伙企业提交合伙协议）', { note: '全体股东（合伙人）签署' }),
      material('investor_identity', '股东（发起人、合伙人）主体资格证明', {
        note: '自然人为居民身份证，企业为营业执照（可在线核验）',
      }),
      material('officers_appointment', '法定代表人、董事、监事、经理的任职文件及身份证明'),
      material('premises_declaration', '住所信息申报承诺', { form: 'electronic' }),
      conditional('prior_approval', '登记前置审批文件', '法律、行政法规规定设立须经批准的'),
      ...agentMaterials(),
    ],
    verifications: [verify('age_over_18', true, 'legal_representative', '法定代表人已年满十八周岁')],
    stages: [
      stage(
        'registration_review',
        '登记审查',
        node('registration_review', '登记材料审查与核准', 'amr', 1, [
          '名称、住所、经营范围、注册资本等登记事项规范',
          '章程载明法定事项，签署完整',
          '法定代表人及董事、监事、高级管理人员无不得任职情形',
          '前置审批文件（如需）有效',
        ]),
      ),
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    handlingType: 'commitment',
    fees: [],
    result: { name: '营业执照', type: 'licence' },
    deliveryMethods: ['pickup', 'mail', 'online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'province',
    trustFirst: false,
    keywords: ['营业执照', '开公司', '注册公司', '办执照', '成立公司', '公司注册', '开办企业', '办营业执照'],
    source:
      '广东政务服务网 禅城区市场监督管理局 企业设立登记 办事指南（参照 2024）；《中华人民共和国公司法》；《市场主体登记管理条例》；承诺 1 个工作日为参照值',
  },
  {
    name: '企业变更登记',
    ...owner('amr', '000123002002'),
    level: 'handling',
    parentCode: ENTERPRISE_REGISTRATION_CODE,
    handlingKind: 'change',
    itemType: '01',
    serviceObjects: ['2', '5'],
    legalBasis: [
      '《中华人民共和国市场主体登记管理条例》第二十四条：变更登记事项的，应当自作出变更决议、决定或者法定变更事项发生之日起30日内申请变更登记',
      MARKET_ENTITY_REGULATION,
      MARKET_ENTITY_RULES,
    ],
    acceptConditions: conditions({
      registered_and_active: '企业已依法登记且处于存续状态',
      decision_made: '已依法作出变更决议或决定，或法定变更事项已发生',
      within_30_days: '自决议、决定作出或事项发生之日起30日内申请',
    }),
    materials: [
      material('application_form', '公司变更登记（备案）申请书', {
        blankForm: '《公司变更登记（备案）申请书》',
      }),
      material('change_resolution', '股东会决议、股东决定或合伙人决定书'),
      conditional('articles_amendment', '修改后的公司章程或章程修正案', '变更事项涉及章程修改的'),
      conditional(
        'officers_appointment',
        '新任法定代表人、董事、监事、经理的任职文件及身份证明',
        '变更法定代表人、董事、监事、经理的',
      ),
      conditional('premises_declaration', '新住所信息申报承诺', '变更住所的', { form: 'electronic' }),
      conditional('equity_transfer', '股权转让协议或股权变动证明', '变更股东或股权的'),
      conditional('licence_original', '营业执照正、副本', '变更事项涉及营业执照记载内容的', {
        form: 'paper',
        note: '换发新照时交回',
      }),
      ...agentMaterials(),
    ],
    verifications: [verify('business_active', true, 'enterprise', '申请变更的企业处于存续状态')],
    stages: [
      stage(
        'change_review',
        '变更审查',
        node('change_review', '变更登记审查与核准', 'amr', 1, [
          '变更决议的表决程序和签署符合章程',
          '变更后的登记事项规范，与章程修正一致',
          '企业未被列入严重违法失信名单或有限制变更的司法协助事项',
        ]),
      ),
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    handlingType: 'commitment',
    fees: [],
    result: { name: '营业执照（换发）或变更登记通知书', type: 'licence' },
    deliveryMethods: ['pickup', 'mail', 'online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'province',
    trustFirst: false,
    keywords: [
      '公司变更',
      '改法人',
      '换法人',
      '变更地址',
      '公司改名',
      '股权变更',
      '变更经营范围',
      '营业执照变更',
    ],
    source:
      '广东政务服务网 禅城区市场监督管理局 企业变更登记 办事指南（参照 2024）；《市场主体登记管理条例》第二十四条；承诺 1 个工作日为参照值',
  },
  {
    name: '企业注销登记',
    ...owner('amr', '000123002004'),
    level: 'handling',
    parentCode: ENTERPRISE_REGISTRATION_CODE,
    handlingKind: 'cancel',
    itemType: '01',
    serviceObjects: ['2', '5'],
    legalBasis: [
      '《中华人民共和国公司法》（2023年修订）第二百二十九条至第二百三十九条：解散、清算与注销登记',
      '《中华人民共和国市场主体登记管理条例》第三十一条至第三十四条：注销登记；未发生或已清偿债权债务的可申请简易注销，公示期20日',
      '《企业注销指引》（市场监管总局等部门发布）',
    ],
    acceptConditions: conditions({
      dissolved: '已依法作出解散决议或出现法定解散事由',
      liquidated: '已完成清算；申请简易注销的，未发生债权债务或已将债权债务清偿完结并经全体投资人承诺',
      tax_cleared: '已办结清税；未办理过涉税事宜或符合免予提交条件的除外',
      no_restriction: '不存在被查封、冻结股权或正在被立案调查等不得注销的情形',
    }),
    materials: [
      material('application_form', '企业注销登记申请书', { blankForm: '《企业注销登记申请书》' }),
      material('dissolution_resolution', '依法作出解散的决议或决定'),
      conditional('liquidation_report', '经确认的清算报告', '普通注销的'),
      conditional('investors_commitment', '全体投资人承诺书', '申请简易注销的', {
        blankForm: '《全体投资人承诺书》',
      }),
      conditional('tax_clearance', '清税证明', '已办理涉税事项且不符合免交条件的', {
        source: 'government',
        sourceNote: '税务部门出具，信息共享后免提交',
        form: 'electronic',
        copies: 0,
      }),
      material('licence_original', '营业执照正、副本', { form: 'paper', note: '注销时交回' }),
      ...agentMaterials(),
    ],
    verifications: [verify('business_registered', true, 'enterprise', '申请注销的企业在登记机关有登记记录')],
    stages: [
      stage(
        'cancellation_review',
        '注销审查',
        node('cancellation_review', '注销登记审查与核准', 'amr', 1, [
          '解散决议和清算报告（或投资人承诺）签署完整',
          '清算公告期或简易注销公示期已满且无异议',
          '清税信息已共享，无未结涉税事项',
          '无股权冻结、立案调查等不得注销情形',
        ]),
      ),
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    handlingType: 'commitment',
    fees: [],
    result: { name: '准予注销登记通知书', type: 'approval' },
    deliveryMethods: ['pickup', 'mail', 'online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'province',
    trustFirst: false,
    keywords: ['注销公司', '关公司', '公司注销', '简易注销', '企业注销', '注销营业执照', '公司不做了'],
    source:
      '广东政务服务网 禅城区市场监督管理局 企业注销登记 办事指南（参照 2024）；《中华人民共和国公司法》；《市场主体登记管理条例》；《企业注销指引》',
  },
];
