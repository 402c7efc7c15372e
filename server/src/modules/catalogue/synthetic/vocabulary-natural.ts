import { type Family, family } from './families.ts';

const N = family('N');

/**
 * Natural-person (自然人) item families of a Guangdong district, by department. The names follow the wording of
 * published implementation lists; the items built from them are synthetic (source 'synthetic').
 */
export const NATURAL_FAMILIES: readonly Family[] = [
  // 公安: household registration, identity documents, exit-entry, vehicles
  N(
    'psb',
    'certificate',
    '居民身份证、临时居民身份证、居住证、往来港澳通行证、往来台湾通行证、普通护照、机动车驾驶证',
    {
      acts: 'certificate',
    },
  ),
  N('psb', 'registration', '户口迁入', {
    cases:
      '夫妻投靠、子女投靠父母、父母投靠子女、人才引进、购房入户、大中专院校毕业生、退役士兵安置、刑满释放人员',
  }),
  N('psb', 'registration', '出生登记', { cases: '婚生子女、非婚生子女、国（境）外出生、收养' }),
  N('psb', 'registration', '户口迁出', { cases: '市内迁移、省内迁移、跨省迁移' }),
  N('psb', 'service', '港澳签注', { cases: '团队旅游、个人旅游、探亲、商务、逗留、其他' }),
  N('psb', 'service', '赴台签注', { cases: '团队旅游、个人旅游、探亲、商务、学习' }),
  N(
    'psb',
    'registration',
    '死亡注销户口、户籍信息变更更正、姓名变更登记、居住登记、养犬登记、犬只年检、机动车登记、临时机动车号牌核发',
  ),
  N(
    'psb',
    'service',
    '居民身份证挂失、无犯罪记录证明开具、亲属关系证明开具、户籍证明开具、机动车检验合格标志核发',
  ),
  N('psb', 'confirmation', '交通事故认定复核'),
  // 民政: social assistance, marriage, adoption, elderly care
  N('cab', 'benefit', '最低生活保障', { cases: '城镇居民、农村居民、单人保' }),
  N('cab', 'benefit', '特困人员救助供养', { cases: '分散供养、集中供养' }),
  N('cab', 'benefit', '临时救助', { cases: '急难型、支出型' }),
  N('cab', 'benefit', '医疗救助', { cases: '住院、门诊、重特大疾病' }),
  N('cab', 'benefit', '养老服务补贴', { cases: '居家养老、机构养老、社区养老' }),
  N(
    'cab',
    'benefit',
    '高龄津贴申领、困难残疾人生活补贴申领、重度残疾人护理补贴申领、孤儿基本生活费发放、事实无人抚养儿童基本生活补贴、' +
      '经济困难老年人居家养老服务资助、殡葬补贴申领、惠民殡葬基本服务费用减免、流浪乞讨人员救助、长者饭堂就餐补贴',
  ),
  N(
    'cab',
    'registration',
    '结婚登记、离婚登记、撤销婚姻登记、涉外结婚登记、涉港澳台结婚登记、收养登记、解除收养登记',
  ),
  N('cab', 'service', '补领结婚证、补领离婚证、婚姻登记档案查询、家庭经济状况核对、养老机构入住评估'),
  N('cab', 'confirmation', '低收入家庭认定'),
  N('cab', 'certificate', '老年人优待证', { acts: 'certificate' }),
  // 人力资源和社会保障 (with medical insurance, handled by the same hall in the district)
  N('hrss', 'certificate', '社会保障卡', { acts: 'certificate' }),
  N(
    'hrss',
    'service',
    '社会保障卡挂失、社会保障卡密码重置、社会保障卡应用状态启用、个人权益记录查询打印、社会保险缴费证明开具',
  ),
  N('hrss', 'benefit', '企业职工基本养老保险待遇申领', { cases: '正常退休、特殊工种提前退休、因病提前退休' }),
  N('hrss', 'benefit', '工伤保险待遇核定', {
    cases: '一次性伤残补助金、伤残津贴、工伤医疗费、供养亲属抚恤金',
  }),
  N('hrss', 'benefit', '职业培训补贴申领', { cases: '就业技能培训、岗位技能提升培训、创业培训' }),
  N('hrss', 'service', '养老保险关系转移接续', { cases: '跨省转移、省内转移' }),
  N('hrss', 'registration', '基本医疗保险参保登记', { cases: '城乡居民、灵活就业人员、新生儿、在校大学生' }),
  N('hrss', 'filing', '异地就医备案', { cases: '异地长期居住、临时外出就医、异地转诊' }),
  N('hrss', 'benefit', '医疗费用零星报销', { cases: '门诊、住院、异地就医' }),
  N(
    'hrss',
    'benefit',
    '失业保险金申领、城乡居民养老保险待遇申领、一次性创业资助申领、高校毕业生就业见习补贴申领、丧葬补助金和抚恤金申领、' +
      '生育津贴申领、生育医疗费用报销、失业人员价格临时补贴申领、创业担保贷款贴息申请',
  ),
  N('hrss', 'registration', '失业登记、就业登记、灵活就业人员社会保险登记、城乡居民基本养老保险参保登记'),
  N(
    'hrss',
    'confirmation',
    '就业困难人员认定、工伤认定申请、劳动能力鉴定申请、门诊特定病种待遇认定、技能人才入户资格审核',
  ),
  N('hrss', 'service', '劳动人事争议仲裁申请、劳动保障监察投诉、职业技能等级证书查询'),
  // 卫生健康
  N('hth', 'certificate', '出生医学证明', { acts: 'certificate' }),
  N('hth', 'licence', '医师、护士、乡村医生', { acts: 'practice' }),
  N(
    'hth',
    'benefit',
    '计划生育家庭特别扶助金申领、农村部分计划生育家庭奖励扶助金申领、独生子女父母奖励金申领',
  ),
  N('hth', 'registration', '生育登记、再生育申请'),
  N(
    'hth',
    'service',
    '独生子女父母光荣证补领、预防接种证补办、新生儿疾病筛查结果查询、家庭医生签约服务、老年人健康体检预约',
  ),
  N('hth', 'confirmation', '母婴保健技术服务人员资格认定'),
  // 教育
  N('edu', 'confirmation', '教师资格认定', { cases: '幼儿园、小学、初级中学' }),
  N('edu', 'registration', '义务教育阶段学校入学登记', { cases: '本区户籍、随迁子女、人才子女' }),
  N('edu', 'benefit', '学生资助申请', { cases: '学前教育、义务教育寄宿生、普通高中、中等职业学校' }),
  N(
    'edu',
    'service',
    '教师资格证书补发、教师资格证书换发、义务教育阶段转学、适龄儿童少年延缓入学申请、学籍信息变更、' +
      '中小学毕业证明书补办、随迁子女积分入学申请、普通话水平测试报名',
  ),
  // 住房城乡建设
  N('hcb', 'benefit', '公共租赁住房申请', { cases: '新申请、续租、退租' }),
  N(
    'hcb',
    'benefit',
    '住房租赁补贴申领、人才住房申请、住房保障资格认定、住宅专项维修资金使用申请、农村危房改造补助申请',
  ),
  N('hcb', 'service', '个人住房信息查询、房屋租赁登记备案'),
  // 自然资源: real-estate registration
  N('nrb', 'registration', '不动产转移登记', { cases: '买卖、赠与、继承、离婚析产、夫妻更名、拍卖' }),
  N('nrb', 'registration', '不动产抵押登记', { cases: '首次登记、变更登记、注销登记' }),
  N('nrb', 'registration', '不动产变更登记', { cases: '姓名变更、身份证号变更、地址变更' }),
  N(
    'nrb',
    'registration',
    '不动产预告登记、不动产异议登记、不动产更正登记、农村宅基地使用权登记、居住权登记、地役权登记',
  ),
  N('nrb', 'service', '不动产权证书补发、不动产权证书换发、不动产登记资料查询'),
  // 司法
  N('jus', 'service', '公证申请', { cases: '出生、亲属关系、学历、无犯罪记录、婚姻状况、继承、遗嘱、委托' }),
  N('jus', 'service', '法律援助申请、人民调解申请、法律咨询、司法鉴定投诉处理、律师执业证书补发'),
  N('jus', 'approval', '社区矫正对象外出审批、基层法律服务工作者执业核准'),
  // 税务
  N('tax', 'filing', '个人所得税专项附加扣除信息采集', {
    cases: '子女教育、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人、3岁以下婴幼儿照护',
  }),
  N(
    'tax',
    'service',
    '个人所得税综合所得汇算清缴、车辆购置税申报、契税申报、个人代开增值税发票、完税证明开具、' +
      '城乡居民养老保险费缴纳、城乡居民医疗保险费缴纳、个人出租房屋税收申报、二手房交易税费申报',
  ),
  // 残联
  N('dpf', 'certificate', '残疾人证', { acts: 'certificate' }),
  N('dpf', 'confirmation', '残疾评定', { cases: '视力、听力、言语、肢体、智力、精神' }),
  N(
    'dpf',
    'benefit',
    '残疾人辅助器具适配补贴、残疾人职业技能培训补贴、残疾人康复服务申请、残疾人家庭无障碍改造申请、' +
      '残疾学生教育资助、残疾人机动轮椅车燃油补贴',
  ),
  N('dpf', 'service', '残疾人证迁移、残疾人证注销'),
  // 退役军人事务
  N('vab', 'certificate', '退役军人优待证', { acts: 'certificate' }),
  N('vab', 'benefit', '优抚对象定期抚恤补助', {
    cases: '残疾军人、烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人、带病回乡退伍军人',
  }),
  N(
    'vab',
    'benefit',
    '退役士兵自主就业一次性经济补助、伤残人员抚恤待遇申领、烈士褒扬金发放、优抚对象医疗补助、退役军人创业补贴申领',
  ),
  N('vab', 'confirmation', '带病回乡退伍军人认定、参战参试人员认定'),
  N('vab', 'service', '退役军人安置、伤残抚恤关系接收、军人军属悬挂光荣牌'),
  // 交通运输
  N('trb', 'certificate', '出租汽车驾驶员从业资格证、网络预约出租汽车驾驶员证、道路运输从业人员从业资格证', {
    acts: 'certificate',
  }),
  N('trb', 'service', '长者公交卡办理、学生公交卡办理、公交爱心卡办理'),
  // 应急管理
  N('emb', 'certificate', '特种作业操作证', { acts: 'certificate' }),
  N('emb', 'benefit', '自然灾害生活救助申请'),
  // 市场监管: individual businesses are natural persons
  N('amr', 'registration', '个体工商户', { acts: 'registration' }),
  N('amr', 'registration', '食品摊贩登记、个体工商户年度报告'),
  N('amr', 'service', '消费投诉、消费者举报、商标注册申请受理、计量器具强制检定申请'),
  // 城管, 水务
  N('uml', 'approval', '临时占用城市道路审批（个人）、装修垃圾清运预约、流动摊贩临时疏导点登记'),
  N('wab', 'service', '居民生活用水报装、阶梯水价用水人口核增、农村自建房排水接入申请'),
  // 政务服务
  N('gsd', 'service', '政务服务好差评申诉、政务服务事项预约、证照免费邮寄服务申请、跨城通办代收代办'),
  // 镇街: each street office implements these itself
  N(
    'streets',
    'service',
    '居住证明开具、困难群众临时帮扶、社区养老服务申请、出租屋登记、流动人口登记、征兵报名、独居老人关爱登记、' +
      '义务兵家庭优待金申领、农村村民建房审批、基层就业援助申请',
  ),
  // Further items of the same departments
  N('psb', 'certificate', '居民户口簿、机动车行驶证', { acts: 'certificate' }),
  N('psb', 'registration', '户口迁入（投资纳税入户）、户口迁入（积分入户）、户口迁入（随迁子女）'),
  N(
    'psb',
    'registration',
    '电动自行车注册登记、电动自行车转移登记、电动自行车变更登记、电动自行车注销登记、电动自行车号牌补领',
  ),
  N(
    'cab',
    'benefit',
    '困境儿童基本生活保障、孤儿医疗康复保障、高龄老人意外伤害保险、社区居家养老服务时长补贴、生态安葬奖补',
  ),
  N('cab', 'service', '老年人能力评估、骨灰寄存、遗体火化证明补办'),
  N('hrss', 'certificate', '就业创业证', { acts: 'certificate' }),
  N('hrss', 'service', '社会保险费补缴', { cases: '企业职工养老保险、城乡居民养老保险' }),
  N('hrss', 'confirmation', '职业技能等级认定报名', { cases: '初级工、中级工、高级工、技师' }),
  N('hrss', 'benefit', '养老保险待遇资格认证、死亡待遇申领、供养亲属抚恤金申领、灵活就业社会保险补贴申领'),
  N('hrss', 'service', '职业资格证书补发'),
  N('hth', 'service', '从业人员健康证明', { cases: '食品从业人员、公共场所从业人员' }),
  N(
    'hth',
    'service',
    '婚前医学检查、孕前优生健康检查、免费产前筛查、儿童健康管理登记、严重精神障碍患者服药补助、计划生育手术并发症鉴定',
  ),
  N(
    'edu',
    'service',
    '民办学校学位补贴申请、高中阶段学校招生考试报名、中考照顾加分资格认定、特殊教育送教上门申请、课后服务申请、学历证明书补办',
  ),
  N(
    'hcb',
    'benefit',
    '共有产权住房申请、保障性住房资格复核、老旧小区加装电梯补贴申请、住宅专项维修资金查询、房屋安全隐患报告',
  ),
  N(
    'nrb',
    'registration',
    '不动产转移登记（作价出资）、不动产转移登记（法院判决）、不动产转移登记（分割合并）',
  ),
  N('nrb', 'registration', '不动产注销登记', { cases: '房屋灭失、抵押权注销、预告登记注销' }),
  N('nrb', 'service', '不动产登记证明补发'),
  N('jus', 'service', '公证申请（声明）、公证申请（赠与）、公证申请（收养）、公证申请（保全证据）'),
  N('jus', 'service', '法律援助申请（刑事）、法律援助申请（行政）'),
  N('tax', 'service', '个人所得税纳税记录开具、个人养老金税前扣除、车船税缴纳、耕地占用税申报'),
  N('dpf', 'benefit', '残疾人自主创业补贴、残疾人托养服务补贴、精神残疾人监护补贴、残疾人两项补贴资格复核'),
  N(
    'vab',
    'service',
    '退役军人服务站服务登记、烈士纪念设施祭扫预约、退役军人临时救助、退役士兵职业技能培训补贴',
  ),
  N('trb', 'service', '道路运输从业人员继续教育、网约车驾驶员背景核查'),
  N('emb', 'benefit', '因灾倒损民房恢复重建补助、应急救援志愿者登记'),
  N('amr', 'certificate', '特种设备作业人员证', { acts: 'certificate' }),
  N('amr', 'service', '专利资助申请、计量器具检定证书补发'),
  N('uml', 'service', '车辆临时停放许可、门前三包责任登记'),
  N('gsd', 'service', '居民身份信息电子证照申领、电子社保卡签发、实名认证申诉'),
  N(
    'streets',
    'service',
    '居家养老服务资格评估、生育服务登记、农村宅基地申请、老年人优待证代办、社区矫正报到',
  ),
];
