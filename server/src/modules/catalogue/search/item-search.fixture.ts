import type { SearchableItem } from './types.ts';

/**
 * A Chancheng-like sample of the catalogue for tests and the benchmark: real item names and the words
 * applicants use for them. Codes follow the Guangdong pattern (implementing body's credit code + basic code).
 */

type Row = [
  name: string,
  keywords: string[],
  department: string,
  objects: string,
  handling: 'i' | 'c',
  usage: number,
];

const ROWS: Row[] = [
  // 自然人 (natural persons)
  ['出生登记', ['上户口', '报户口', '新生儿入户', '新生儿落户'], 'gongan', '1', 'i', 5200],
  ['居民身份证首次申领', ['办身份证', '第一次办身份证', '身份证'], 'gongan', '1', 'c', 3100],
  ['居民身份证换领', ['换身份证', '身份证到期', '身份证过期', '身份证'], 'gongan', '1', 'c', 8800],
  ['居民身份证补领', ['补身份证', '身份证丢了', '身份证遗失', '身份证'], 'gongan', '1', 'c', 2700],
  ['居住证首次申领', ['办居住证', '暂住证', '居住证'], 'gongan', '1', 'c', 6100],
  ['居住证签注', ['居住证续期', '居住证'], 'gongan', '1', 'i', 4300],
  ['流动人口居住登记', ['暂住登记', '居住登记'], 'gongan', '1', 'i', 3600],
  ['户口迁移', ['迁户口', '转户口', '户口迁入'], 'gongan', '1', 'c', 1900],
  ['死亡户口注销', ['销户口', '注销户口'], 'gongan', '1', 'i', 700],
  ['无犯罪记录证明', ['良民证', '无犯罪证明'], 'gongan', '1', 'c', 1500],
  ['结婚登记', ['领结婚证', '结婚'], 'minzheng', '1', 'i', 2600],
  ['离婚登记', ['办离婚', '离婚'], 'minzheng', '1', 'i', 800],
  ['生育登记', ['准生证', '生孩子', '二孩'], 'weijian', '1', 'i', 2100],
  ['社会保障卡申领', ['社保卡', '办社保卡', '社保卡申领'], 'renshe', '1', 'i', 7400],
  ['社会保障卡挂失', ['社保卡挂失', '社保卡丢了'], 'renshe', '1', 'i', 900],
  ['社会保障卡补换', ['社保卡补办', '换社保卡'], 'renshe', '1', 'c', 1300],
  ['失业保险金申领', ['失业金', '领失业金', '失业补助'], 'renshe', '1', 'c', 2200],
  ['基本养老保险待遇申领', ['退休', '养老金', '退休金', '办退休'], 'renshe', '1', 'c', 1800],
  ['灵活就业人员参保登记', ['自由职业交社保', '个人交社保'], 'renshe', '1', 'i', 1100],
  ['工伤认定', ['工伤', '上班受伤'], 'renshe', '1,2', 'c', 500],
  ['生育津贴申领', ['产假工资', '生育保险'], 'yibao', '1', 'c', 1400],
  ['医疗费用零星报销', ['医保报销', '看病报销', '报销医药费'], 'yibao', '1', 'c', 3000],
  ['住房公积金提取', ['取公积金', '提公积金', '公积金'], 'gongjijin', '1', 'c', 4100],
  ['最低生活保障申请', ['低保', '吃低保'], 'minzheng', '1', 'c', 400],
  ['临时救助', ['困难补助', '急难救助'], 'minzheng', '1', 'c', 350],
  ['残疾人证申领', ['残疾证', '办残疾证'], 'canlian', '1', 'c', 450],
  ['高龄津贴申领', ['长寿金', '老人补贴', '敬老金'], 'minzheng', '1', 'c', 1200],
  ['公共租赁住房申请', ['公租房', '廉租房'], 'zhujian', '1', 'c', 650],
  ['义务教育入学报名', ['上小学', '小一报名', '初一报名', '入学'], 'jiaoyu', '1', 'c', 3900],
  ['不动产登记', ['房产证', '房本', '过户', '房产过户'], 'ziranziyuan', '1,2', 'c', 5600],
  ['房屋租赁登记备案', ['租房登记', '出租屋'], 'zhujian', '1,2', 'i', 900],
  // 法人 (legal persons)
  ['企业设立登记', ['营业执照', '开公司', '注册公司', '办执照'], 'shichang', '2', 'c', 3300],
  ['个体工商户设立登记', ['营业执照', '开店', '个体户', '办执照'], 'shichang', '1,5', 'i', 4200],
  ['企业变更登记', ['营业执照变更', '改法人', '换地址'], 'shichang', '2', 'c', 1600],
  ['企业注销登记', ['注销公司', '关公司'], 'shichang', '2', 'c', 700],
  ['个体工商户注销登记', ['关店', '注销个体户'], 'shichang', '1,5', 'i', 500],
  ['食品经营许可', ['餐饮许可证', '食品经营许可证', '食品许可证'], 'shichang', '1,2,5', 'c', 2400],
  ['食品生产许可', ['食品厂', '食品生产许可证'], 'shichang', '2', 'c', 300],
  ['药品零售企业经营许可', ['开药店', '药店'], 'shichang', '2', 'c', 200],
  ['人力资源服务许可', ['职业中介', '劳务中介'], 'renshe', '2', 'c', 120],
  ['公共场所卫生许可', ['卫生许可证', '理发店', '美容院'], 'weijian', '1,2,5', 'c', 800],
  ['户外广告设置许可', ['招牌', '广告牌'], 'chengguan', '1,2,5', 'c', 350],
  ['临时占用城市道路许可', ['占道', '搭棚'], 'chengguan', '1,2,5', 'c', 420],
  ['城市建筑垃圾处置核准', ['余泥渣土', '建筑垃圾'], 'chengguan', '2', 'c', 160],
  ['道路运输经营许可', ['货运', '拉货'], 'jiaotong', '2,5', 'c', 280],
  ['建筑工程施工许可', ['施工许可证', '开工'], 'zhujian', '2', 'c', 250],
  ['城镇污水排入排水管网许可', ['排水许可', '排污'], 'shuiwu', '2,5', 'c', 180],
  ['烟草专卖零售许可', ['烟草证', '卖烟'], 'yancao', '1,5', 'c', 600],
];

/** Department → the credit-code body of the implementing agency (synthetic but well-formed). */
const AGENCY: Record<string, string> = {
  gongan: '11440604007017552K',
  minzheng: '11440604007017694C',
  weijian: '11440604MB2C94611J',
  renshe: '11440604MB2C95631X',
  yibao: '11440604MB2D01234E',
  gongjijin: '12440600455858316B',
  canlian: '13440604456102183R',
  zhujian: '11440604MB2C96158K',
  jiaoyu: '11440604007016920Y',
  jiaotong: '11440604MB2C9936XF',
  ziranziyuan: '11440604MB2C9821XN',
  shichang: '11440604MB2C9645XA',
  chengguan: '11440604MB2C97041T',
  shuiwu: '11440604MB2C9778XH',
  yancao: '11440604193520177W',
};

/** One searchable item with sensible defaults, for tests that need a specific shape. */
export function buildSearchableItem(overrides: Partial<SearchableItem> = {}): SearchableItem {
  return {
    code: '11440604MB2C9645XA4440117005000',
    name: '企业设立登记',
    keywords: [],
    departmentId: 'shichang',
    serviceObjects: ['2'],
    handlingType: 'commitment',
    usageCount: 0,
    ...overrides,
  };
}

/** The sample catalogue: the 31 real Chancheng items (fee rows aside) and 18 more common ones. */
export function sampleCatalogue(): SearchableItem[] {
  return ROWS.map(([name, keywords, department, objects, handling, usage], i) => {
    const basicCode = `000${(201 + i).toString().padStart(3, '0')}${(i % 7) + 1}00000`;
    return buildSearchableItem({
      code: `${AGENCY[department]}4440${basicCode}`,
      basicCode,
      name,
      keywords,
      departmentId: department,
      serviceObjects: objects.split(','),
      handlingType: handling === 'i' ? 'instant' : 'commitment',
      usageCount: usage,
    });
  });
}
