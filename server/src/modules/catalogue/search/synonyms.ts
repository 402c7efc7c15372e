/**
 * What people say → the words the catalogue uses. Applicants do not know that "上户口" is 出生登记 or that a
 * restaurant needs a 食品经营许可; window clerks do, and this table is what they would answer. Targets are
 * words found in Chancheng item names, most specific first (the first one ranks highest). Item keywords
 * maintained with the catalogue cover the rest; this table is the built-in floor every district gets.
 */
export interface Synonym {
  phrases: readonly string[];
  targets: readonly string[];
}

/**
 * Short forms people put inside a longer query, and the catalogue's word for them: "个体户变更" is read as
 * "个体工商户变更" as well, so the rest of the query (变更) still chooses between 设立, 变更 and 注销.
 */
export const SHORT_FORMS: readonly (readonly [said: string, catalogue: string])[] = [
  ['个体户', '个体工商户'],
  ['饭店', '餐饮'],
  ['餐馆', '餐饮'],
];

export const SYNONYMS: readonly Synonym[] = [
  // 户籍与身份 (public security)
  { phrases: ['上户口', '报户口', '落户', '新生儿入户', '给孩子上户口'], targets: ['出生登记', '户口'] },
  { phrases: ['迁户口', '转户口', '户口迁出', '户口迁入'], targets: ['户口迁移'] },
  { phrases: ['销户口', '注销户口', '人去世了'], targets: ['死亡户口注销', '户口注销'] },
  { phrases: ['换身份证', '身份证过期', '身份证到期'], targets: ['居民身份证换领'] },
  { phrases: ['补身份证', '身份证丢了', '身份证掉了', '身份证遗失'], targets: ['居民身份证补领'] },
  { phrases: ['办身份证', '第一次办身份证'], targets: ['居民身份证首次申领', '居民身份证'] },
  { phrases: ['暂住证', '办居住证'], targets: ['居住证首次申领', '居住证'] },
  { phrases: ['良民证', '无犯罪证明'], targets: ['无犯罪记录证明'] },
  // 婚育与家庭 (civil affairs, health)
  { phrases: ['领结婚证', '登记结婚', '扯证'], targets: ['结婚登记'] },
  { phrases: ['办离婚', '离婚证'], targets: ['离婚登记'] },
  { phrases: ['准生证', '生孩子', '生二胎', '二孩'], targets: ['生育登记'] },
  { phrases: ['产假工资', '生育保险待遇'], targets: ['生育津贴'] },
  // 社会保障 (human resources and social security)
  { phrases: ['办社保卡', '社保卡'], targets: ['社会保障卡申领', '社会保障卡'] },
  { phrases: ['社保卡丢了', '社保卡挂失'], targets: ['社会保障卡挂失'] },
  { phrases: ['补社保卡', '换社保卡', '社保卡坏了'], targets: ['社会保障卡补换'] },
  { phrases: ['领失业金', '失业金', '失业补助'], targets: ['失业保险金申领'] },
  { phrases: ['养老金', '退休金', '办退休'], targets: ['基本养老保险待遇申领'] },
  { phrases: ['农村养老保险', '居民养老保险', '新农保'], targets: ['城乡居民基本养老保险'] },
  { phrases: ['交社保', '买社保', '参保'], targets: ['参保登记', '社会保险'] },
  { phrases: ['工伤', '上班受伤'], targets: ['工伤认定'] },
  { phrases: ['看病报销', '报销医药费', '医保报销'], targets: ['医疗费用', '医疗保险'] },
  { phrases: ['取公积金', '提公积金', '公积金'], targets: ['住房公积金提取', '住房公积金'] },
  // 社会救助与福利 (civil affairs, disabled persons' federation)
  { phrases: ['低保', '吃低保', '低保户'], targets: ['最低生活保障'] },
  { phrases: ['五保', '五保户'], targets: ['特困人员救助供养'] },
  { phrases: ['困难补助', '急难救助'], targets: ['临时救助'] },
  { phrases: ['残疾证', '办残疾证'], targets: ['残疾人证'] },
  { phrases: ['长寿金', '老人补贴', '高龄补贴', '敬老金'], targets: ['高龄津贴'] },
  { phrases: ['公租房', '廉租房'], targets: ['公共租赁住房'] },
  // 教育
  {
    phrases: ['上小学', '入学', '读小学', '上初中', '小一报名', '初一报名'],
    targets: ['义务教育入学报名', '入学'],
  },
  { phrases: ['教师证', '考教师'], targets: ['教师资格认定'] },
  // 市场主体 (market supervision)
  {
    phrases: ['开饭店', '开餐馆', '开奶茶店', '开餐厅', '开小吃店', '卖吃的', '餐饮', '餐饮服务', '开饭馆'],
    targets: ['食品经营许可'],
  },
  { phrases: ['开食品厂', '做食品'], targets: ['食品生产许可'] },
  {
    phrases: ['开公司', '注册公司', '成立公司', '营业执照'],
    targets: ['企业设立登记', '个体工商户设立登记'],
  },
  { phrases: ['开店', '个体户', '开小店', '开网店'], targets: ['个体工商户设立登记'] },
  { phrases: ['关公司', '注销公司', '公司注销'], targets: ['企业注销登记'] },
  { phrases: ['关店', '注销个体户'], targets: ['个体工商户注销登记'] },
  { phrases: ['改法人', '换法人', '公司改名', '公司搬家'], targets: ['企业变更登记'] },
  { phrases: ['开药店', '卖药'], targets: ['药品零售', '药品经营'] },
  { phrases: ['开理发店', '开美容院', '开宾馆', '卫生许可证'], targets: ['公共场所卫生许可'] },
  { phrases: ['卖烟', '烟草证', '烟草许可证'], targets: ['烟草专卖零售许可'] },
  // 住房、建设与城市管理
  { phrases: ['房产证', '房本', '过户', '房产过户', '买房登记'], targets: ['不动产登记'] },
  { phrases: ['租房登记', '暂住登记', '外来人口登记'], targets: ['流动人口居住登记', '居住登记'] },
  { phrases: ['出租屋', '房屋出租', '出租屋备案'], targets: ['房屋租赁登记备案'] },
  { phrases: ['盖房子', '施工许可证', '开工'], targets: ['建筑工程施工许可'] },
  { phrases: ['招牌', '广告牌', '挂招牌', '户外广告'], targets: ['户外广告'] },
  { phrases: ['排污', '排水许可'], targets: ['城镇污水排入排水管网许可'] },
  { phrases: ['挖马路', '开挖道路'], targets: ['城市道路挖掘'] },
  { phrases: ['占道', '占用道路', '临时占道', '搭棚'], targets: ['临时占用城市道路'] },
  { phrases: ['余泥渣土', '泥头车', '装修垃圾'], targets: ['城市建筑垃圾处置核准'] },
  { phrases: ['货运', '拉货', '跑运输', '客运'], targets: ['道路运输经营许可'] },
  { phrases: ['职业中介', '开中介公司', '劳务中介'], targets: ['人力资源服务许可'] },
  { phrases: ['砍树', '移树'], targets: ['城市树木砍伐', '树木迁移'] },
];
