import type { ItemDefinitionT } from '../item-definition.ts';
import {
  agentMaterials,
  conditional,
  conditions,
  governmentIssued,
  idCard,
  material,
  node,
  owner,
  stage,
  verify,
} from './real-items-shared.ts';

/**
 * Natural-person items of household, identity, family and schooling (户籍、证件、婚育、入学).
 * Facts: the Guangdong service guides (广东政务服务网) as remembered offline and the cited laws; figures marked
 * 参照 in `source` are the commonly published values, not read from a current guide.
 */
export const PERSON_ITEMS: ItemDefinitionT[] = [
  {
    name: '出生登记',
    ...owner('psb', '000105001000'),
    level: 'item',
    itemType: '07',
    serviceObjects: ['1'],
    legalBasis: [
      '《中华人民共和国户口登记条例》第七条：婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记',
      '《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）：非婚生育等情形凭《出生医学证明》和有关证明办理出生登记',
    ],
    acceptConditions: conditions({
      birth_certificate_issued: '新生儿已取得《出生医学证明》',
      parent_household_here: '随父或随母落户，落户一方的常住户口在禅城区',
      declared_by_guardian: '由父母、其他监护人或其委托的人申报；出生一个月内申报，逾期的说明情况后补办',
    }),
    materials: [
      material('birth_medical_certificate', '《出生医学证明》', {
        note: '“出生一件事”联办时由卫生健康部门共享电子信息，核验原件',
      }),
      material('household_register', '落户一方的居民户口簿'),
      idCard('father_id_card', '父亲'),
      idCard('mother_id_card', '母亲'),
      conditional('marriage_certificate', '父母结婚证', '父母已登记结婚的', {
        note: '可通过婚姻登记信息共享核验后免交',
      }),
      conditional('paternity_proof', '亲子鉴定证明', '父母未登记结婚且随父落户的', {
        source: 'intermediary',
        sourceNote: '具有资质的司法鉴定机构出具',
      }),
      material('birth_registration_form', '出生登记申报表', {
        blankForm: '《出生登记申报表》',
        note: '窗口可代为填写，申报人签名确认',
      }),
      ...agentMaterials(),
    ],
    verifications: [
      // 户籍在禅城 is confirmed with 公安户籍 itself: the condition is met and the 户口簿 need not be brought.
      verify('household_registered_in_district', true, 'applicant', '申报落户的父（母）常住户口在禅城区', {
        provesCondition: 'parent_household_here',
        replacesMaterials: ['household_register'],
      }),
    ],
    stages: [
      stage(
        'household_review',
        '户籍审核',
        node('police_station_review', '派出所户籍审核', 'psb', 1, [
          '《出生医学证明》编号、姓名、性别、出生日期与申报一致，证明真实有效',
          '落户一方户口在本辖区，随父或随母落户符合政策',
          '新生儿姓名用字规范，登记项目完整',
          '非婚生育或逾期申报的补充材料齐全',
        ]),
      ),
    ],
    legalLimitDays: 20,
    promisedLimitDays: 1,
    handlingType: 'commitment',
    fees: [],
    result: { name: '居民户口簿（新生儿常住人口登记卡）', type: 'certificate' },
    deliveryMethods: ['pickup', 'mail'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: false,
    keywords: [
      '上户口',
      '报户口',
      '新生儿落户',
      '新生儿入户',
      '宝宝上户口',
      '小孩入户',
      '出生入户',
      '出生一件事',
    ],
    source:
      '广东政务服务网 佛山市公安局禅城分局 出生登记 办事指南（参照 2024）；《中华人民共和国户口登记条例》；法定时限 20 个工作日、承诺 1 个工作日为参照值',
  },
  {
    name: '居民身份证换领',
    ...owner('psb', '000105002000'),
    level: 'item',
    itemType: '20',
    serviceObjects: ['1'],
    legalBasis: [
      '《中华人民共和国居民身份证法》第十一条：居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，应当申请换领新证；登记项目有误的，公安机关应当及时更正并换发新证',
      '《中华人民共和国居民身份证法》第十四条：公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证',
      '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
    ],
    acceptConditions: conditions({
      chinese_citizen: '具有中华人民共和国户籍的公民',
      renew_reason: '证件有效期将满（期满前三个月内）或已满、登记项目变更或有误、严重损坏不能辨认之一',
      in_person: '本人到场采集人像和指纹信息；未满十六周岁的由监护人陪同',
    }),
    materials: [
      material('old_id_card', '原居民身份证', { note: '受理时交回；严重损坏的也应交回' }),
      conditional('household_register', '居民户口簿', '登记项目变更或更正的'),
      material('portrait_photo', '居民身份证相片', {
        form: 'electronic',
        note: '现场免费采集，或提交符合标准的数码照相回执',
      }),
      material('application_form', '居民身份证申领登记表', {
        blankForm: '《居民身份证申领登记表》',
        note: '民警录入打印，本人签名确认',
      }),
      conditional('guardian_id_card', '监护人居民身份证', '申领人未满十六周岁的'),
    ],
    verifications: [],
    stages: [
      stage(
        'issue_review',
        '审核签发',
        node('issue_review', '户政审核签发', 'psb', 2, [
          '申领人身份与人口信息系统记录一致，人像比对通过',
          '换领事由成立，登记项目变更已完成户口登记',
          '指纹信息采集完整或已注明免采原因',
        ]),
      ),
      stage(
        'card_production',
        '制证',
        node('card_production', '证件制作（省公安厅制证中心）', 'psb', 10, [
          '制证信息与签发信息一致',
          '芯片写入及外观质量检验合格',
        ]),
      ),
    ],
    legalLimitDays: 60,
    promisedLimitDays: 15,
    handlingType: 'commitment',
    fees: [
      {
        name: '居民身份证工本费（换领）',
        amountYuan: 20,
        basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
      },
    ],
    result: { name: '中华人民共和国居民身份证', type: 'certificate' },
    deliveryMethods: ['pickup', 'mail'],
    onlineDepth: 3,
    visitsRequired: 1,
    scope: 'cross_province',
    trustFirst: false,
    keywords: [
      '换身份证',
      '身份证到期',
      '身份证过期',
      '办身份证',
      '身份证换证',
      '异地换身份证',
      '身份证坏了',
    ],
    source:
      '广东政务服务网 佛山市公安局禅城分局 居民身份证换领 办事指南（参照 2024）；《中华人民共和国居民身份证法》；承诺 15 个工作日为参照值；异地换领属“跨省通办”',
  },
  {
    name: '居住证首次申领',
    ...owner('psb', '000105003000'),
    level: 'item',
    itemType: '07',
    serviceObjects: ['1'],
    legalBasis: [
      '《居住证暂行条例》第二条、第九条：离开常住户口所在地到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证',
      '《居住证暂行条例》第十条、第十一条：申领时提交本人居民身份证、相片及居住地住址、就业、就读等证明材料；自受理之日起15日内发放',
      '《广东省流动人口服务管理条例》：居住登记与居住证申领',
    ],
    acceptConditions: conditions({
      not_local_household: '常住户口不在本市',
      half_year_registered: '在本区办理居住登记并已居住满六个月',
      stable_basis: '有合法稳定就业、合法稳定住所或连续就读之一',
    }),
    materials: [
      idCard('applicant_id_card', '申请人'),
      governmentIssued(
        'residence_registration',
        '居住登记信息（满六个月）',
        '公安机关（流动人口服务管理站）',
      ),
      conditional(
        'residence_proof',
        '合法稳定住所证明（房屋租赁合同、不动产权证书或单位宿舍证明）',
        '以合法稳定住所申领的',
      ),
      conditional(
        'employment_proof',
        '合法稳定就业证明（劳动合同、用人单位证明或营业执照）',
        '以合法稳定就业申领的',
      ),
      conditional('study_proof', '就读学校出具的就读证明', '以连续就读申领的'),
      material('portrait_photo', '居住证相片', {
        form: 'electronic',
        note: '现场采集，或提交数码照相回执',
      }),
      material('application_form', '居住证申领登记表', { blankForm: '《广东省居住证申领登记表》' }),
      conditional('guardian_id_card', '监护人居民身份证', '申领人未满十六周岁的'),
    ],
    verifications: [
      verify('household_registered_in_district', false, 'applicant', '申请人常住户口不在禅城区'),
    ],
    stages: [
      stage(
        'residence_review',
        '居住信息审核',
        node('residence_review', '流动人口服务管理站审核', 'psb', 3, [
          '居住登记已满六个月，居住地址与登记一致',
          '住所、就业或就读证明之一真实有效',
          '相片符合制证标准',
        ]),
      ),
      stage(
        'issue',
        '签发制证',
        node('issue', '公安机关审批签发及制证', 'psb', 7, [
          '申领人身份信息核验一致，无重复持证',
          '制证信息与审批信息一致',
        ]),
      ),
    ],
    legalLimitDays: 15,
    promisedLimitDays: 10,
    handlingType: 'commitment',
    fees: [],
    result: { name: '广东省居住证', type: 'certificate' },
    deliveryMethods: ['pickup', 'mail'],
    onlineDepth: 3,
    visitsRequired: 1,
    scope: 'district',
    trustFirst: false,
    keywords: ['办居住证', '居住证', '申请居住证', '新办居住证', '外地人居住证', '暂住证', '首次办居住证'],
    source:
      '广东政务服务网 佛山市禅城区 居住证申领 办事指南（参照 2024）；《居住证暂行条例》；《广东省流动人口服务管理条例》；承诺 10 个工作日为参照值',
  },
  {
    name: '居住证签注',
    ...owner('psb', '000105003003'),
    level: 'handling',
    parentCode: '000105003000',
    handlingKind: 'renew',
    itemType: '07',
    serviceObjects: ['1'],
    legalBasis: [
      '《居住证暂行条例》第十四条：居住证每年签注一次，持证人在居住每满一年之日前一个月内办理签注',
      '《居住证暂行条例》第十五条：逾期未签注的，居住证使用功能中止；补办签注后恢复，连续居住年限自补办之日起计算',
    ],
    acceptConditions: conditions({
      holds_residence_permit: '持有本市签发的居住证',
      still_resident: '仍在本区居住；居住地址变更的，已办理居住登记变更',
    }),
    materials: [
      material('residence_permit', '居住证'),
      idCard('applicant_id_card', '申请人'),
      conditional('new_address_proof', '新居住地址证明（租赁合同或不动产权证书）', '居住地址已变更的'),
    ],
    verifications: [
      verify('household_registered_in_district', false, 'applicant', '持证人常住户口不在禅城区'),
    ],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '居住证签注记录', type: 'record' },
    deliveryMethods: ['online', 'pickup'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: true,
    keywords: ['居住证签注', '居住证续签', '居住证年审', '居住证过期', '居住证盖章', '居住证续期'],
    source:
      '广东政务服务网 佛山市禅城区 居住证签注 办事指南（参照 2024）；《居住证暂行条例》第十四条、第十五条；粤省事网上签注为参照做法',
  },
  {
    name: '流动人口居住登记',
    ...owner('psb', '000105004000'),
    level: 'item',
    itemType: '20',
    serviceObjects: ['1'],
    legalBasis: [
      '《广东省流动人口服务管理条例》：流动人口应当自到达居住地之日起三个工作日内申报居住登记',
      '《居住证暂行条例》第三条：离开常住户口所在地到其他城市居住的公民应当依法办理居住登记',
    ],
    acceptConditions: conditions({
      away_from_household: '离开常住户口所在地，在本区居住的人员',
      declared_in_time: '自到达居住地之日起三个工作日内申报；逾期仍予登记',
    }),
    materials: [
      idCard('applicant_id_card', '申请人'),
      material(
        'address_proof',
        '居住地址证明（房屋租赁合同、不动产权证书、单位宿舍证明或房主同意居住的证明之一）',
        {
          note: '先信任后审批：凭申报登记，事后与出租屋信息比对',
        },
      ),
      material('registration_form', '流动人口居住登记申报表', {
        blankForm: '《流动人口居住登记申报表》',
        form: 'electronic',
      }),
    ],
    verifications: [
      verify('household_registered_in_district', false, 'applicant', '申请人常住户口不在禅城区'),
    ],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '居住登记凭证', type: 'record' },
    deliveryMethods: ['online', 'pickup'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: true,
    keywords: ['居住登记', '暂住登记', '办暂住', '租房登记', '流动人口登记', '外来人口登记', '来佛山登记'],
    source:
      '广东政务服务网 佛山市禅城区 流动人口居住登记 办事指南（参照 2024）；《广东省流动人口服务管理条例》；《居住证暂行条例》',
  },
  {
    name: '结婚登记',
    ...owner('cab', '000106001000'),
    level: 'item',
    itemType: '07',
    serviceObjects: ['1'],
    legalBasis: [
      '《中华人民共和国民法典》第一千零四十六条至第一千零四十九条：结婚应当男女双方完全自愿，男不得早于二十二周岁、女不得早于二十周岁，应当亲自到婚姻登记机关申请结婚登记',
      '《婚姻登记条例》（2025年修订，2025年5月10日起施行）：内地居民凭本人居民身份证和无配偶、无禁止结婚亲属关系的签字声明申请结婚登记，不再需要户口簿，婚姻登记全国通办',
    ],
    acceptConditions: conditions({
      both_in_person: '男女双方亲自到婚姻登记机关共同申请',
      legal_age: '男方年满二十二周岁，女方年满二十周岁',
      voluntary: '双方完全自愿',
      no_spouse: '双方均无配偶',
      not_relatives: '双方不是直系血亲或三代以内旁系血亲',
    }),
    materials: [
      idCard('man_id_card', '男方'),
      idCard('woman_id_card', '女方'),
      material('declaration', '申请结婚登记声明书（本人无配偶及与对方无禁止结婚亲属关系的签字声明）', {
        copies: 2,
        blankForm: '《申请结婚登记声明书》',
        note: '双方在婚姻登记员面前分别签署',
      }),
      material('joint_photos', '双方近期半身免冠合影照片（2寸）', {
        form: 'paper',
        copies: 3,
      }),
    ],
    verifications: [verify('unmarried', true, 'applicant', '申请人在全国婚姻登记信息系统中无在婚记录')],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '结婚证', type: 'certificate' },
    deliveryMethods: ['pickup'],
    onlineDepth: 3,
    visitsRequired: 1,
    scope: 'national',
    trustFirst: false,
    keywords: ['领证', '结婚证', '登记结婚', '办结婚证', '扯证', '领结婚证', '结婚登记预约'],
    source:
      '广东政务服务网 禅城区民政局婚姻登记处 结婚登记 办事指南（参照 2025）；《婚姻登记条例》（2025年修订）；《中华人民共和国民法典》婚姻家庭编',
  },
  {
    name: '生育登记',
    ...owner('hth', '000117001000'),
    level: 'item',
    itemType: '20',
    serviceObjects: ['1'],
    legalBasis: [
      '《中华人民共和国人口与计划生育法》（2021年修正）：国家提倡适龄婚育、优生优育，一对夫妻可以生育三个子女',
      '《广东省人口与计划生育条例》（2021年修正）：实行生育登记服务制度',
    ],
    acceptConditions: conditions({
      couple_here: '夫妻一方户籍或现居住地在禅城区',
      pregnancy_or_birth: '已怀孕或子女已出生',
    }),
    materials: [
      idCard('husband_id_card', '丈夫'),
      idCard('wife_id_card', '妻子'),
      material('marriage_certificate', '结婚证', {
        note: '先信任后审批：凭申报登记，事后与婚姻登记信息比对',
      }),
    ],
    verifications: [verify('married', true, 'applicant', '申请人有在婚登记记录')],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '生育登记服务信息（回执）', type: 'record' },
    deliveryMethods: ['online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'province',
    trustFirst: true,
    keywords: ['生育登记', '准生证', '怀孕登记', '生小孩登记', '生育服务证', '二孩登记', '三孩登记'],
    source:
      '广东政务服务网 禅城区卫生健康局 生育登记 办事指南（参照 2024）；《中华人民共和国人口与计划生育法》；《广东省人口与计划生育条例》；粤省事全省通办为参照做法',
  },
  {
    name: '义务教育入学报名',
    ...owner('edu', '000103001000'),
    level: 'item',
    itemType: '20',
    serviceObjects: ['1'],
    legalBasis: [
      '《中华人民共和国义务教育法》第十一条：凡年满六周岁的儿童，其父母或者其他法定监护人应当送其入学接受并完成义务教育',
      '《中华人民共和国义务教育法》第十二条：适龄儿童、少年免试入学，在户籍所在地学校就近入学；在非户籍所在地工作或者居住的，依法享有平等接受义务教育的条件',
      '佛山市义务教育阶段招生工作及随迁子女积分入学有关规定（参照当年公布文件）',
    ],
    acceptConditions: conditions({
      school_age: '入读小学一年级的当年8月31日前年满六周岁，或为小学应届毕业生升读初中',
      route: '户籍生按学区报名；随迁子女按积分入学或政策性照顾报名',
    }),
    materials: [
      material('child_household_register', '适龄儿童居民户口簿'),
      idCard('parent_id_card', '父母（监护人）'),
      conditional('property_certificate', '学区内自有住房不动产权证书', '户籍生以自有住房对应学区报名的', {
        source: 'government',
        sourceNote: '自然资源部门（不动产登记机构）核发，可在线核验',
        form: 'electronic',
        copies: 0,
      }),
      conditional('tenancy_proof', '房屋租赁合同（租赁登记备案）', '以租住地址报名的'),
      conditional('residence_permit', '父母居住证', '随迁子女报名的', {
        source: 'government',
        sourceNote: '公安机关核发，可在线核验',
        form: 'electronic',
        copies: 0,
      }),
      conditional('social_insurance_record', '父母在佛山的社会保险缴费记录', '随迁子女报名的', {
        source: 'government',
        sourceNote: '人力资源社会保障部门出具，可在线调取',
        form: 'electronic',
        copies: 0,
      }),
    ],
    verifications: [],
    stages: [
      stage(
        'eligibility',
        '资格审核',
        node('eligibility_review', '学位申请资格审核', 'edu', 10, [
          '儿童年龄符合入学条件',
          '户籍、住房或居住证、社保等报名类别材料与类别一致',
          '随迁子女积分计算正确',
        ]),
      ),
      stage(
        'placement',
        '学位分配',
        node('placement', '学位分配与录取', 'edu', 10, [
          '按学区、积分排序或电脑派位规则分配',
          '录取结果已通知报名人',
        ]),
      ),
    ],
    legalLimitDays: 20,
    promisedLimitDays: 20,
    handlingType: 'commitment',
    fees: [],
    result: { name: '学位录取结果（入学通知）', type: 'approval' },
    deliveryMethods: ['online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: false,
    keywords: ['小学报名', '入学', '初中报名', '小升初', '幼升小', '学位申请', '积分入学', '新生入学'],
    source:
      '佛山市禅城区教育局 义务教育阶段招生报名指南（参照 2024）；《中华人民共和国义务教育法》；无法定办结时限，20 个工作日为按年度招生安排的参照值',
  },
];
