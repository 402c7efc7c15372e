import { weighted } from './random.ts';

/**
 * Words for synthetic enterprise names and the industries of Chancheng's economy: ceramics (石湾 and
 * 南庄 are China's ceramic capital), knitting and textiles (张槎), metalwork, lighting, furniture, and the
 * shops and restaurants every street has. Industry labels follow GB/T 4754-2017 class names.
 */
export interface Industry {
  /** GB/T 4754-2017 class name, stored in enterprises.industry. */
  label: string;
  /** The word used in a company name, e.g. 陶瓷 in 佛山市禅城区宏达陶瓷有限公司. */
  companyWord: string;
  /** Shop words for 个体工商户 names; empty when individual businesses do not run this trade. */
  shopWords: readonly string[];
}

// biome-ignore format: a weighted table reads best as a table
export const INDUSTRIES = weighted<Industry>([
  [{ label: '陶瓷制品制造', companyWord: '陶瓷', shopWords: ['陶瓷店', '瓷砖经营部'] }, 10],
  [{ label: '建筑陶瓷制品制造', companyWord: '建材', shopWords: ['建材店'] }, 5],
  [{ label: '针织或钩针编织物及其制品制造', companyWord: '针织', shopWords: ['针织厂', '织布厂'] }, 7],
  [{ label: '纺织服装、服饰业', companyWord: '服装', shopWords: ['服装店', '制衣厂'] }, 5],
  [{ label: '金属制品业', companyWord: '五金', shopWords: ['五金店', '不锈钢加工店'] }, 6],
  [{ label: '照明器具制造', companyWord: '照明', shopWords: ['灯饰店'] }, 3],
  [{ label: '家具制造业', companyWord: '家具', shopWords: ['家具店'] }, 3],
  [{ label: '通用设备制造业', companyWord: '机械', shopWords: ['机械维修部'] }, 3],
  [{ label: '电子器件制造', companyWord: '电子', shopWords: ['电子经营部'] }, 2],
  [{ label: '批发业', companyWord: '贸易', shopWords: ['批发部', '商行'] }, 9],
  [{ label: '零售业', companyWord: '商贸', shopWords: ['便利店', '士多店', '副食店', '水果店', '药店'] }, 14],
  [{ label: '餐饮业', companyWord: '餐饮管理', shopWords: ['餐馆', '粥店', '面馆', '烧腊店', '茶餐厅', '糖水铺'] }, 12],
  [{ label: '住宿业', companyWord: '酒店管理', shopWords: ['旅馆', '公寓'] }, 2],
  [{ label: '道路运输业', companyWord: '物流', shopWords: ['货运部'] }, 3],
  [{ label: '软件和信息技术服务业', companyWord: '信息科技', shopWords: [] }, 3],
  [{ label: '商务服务业', companyWord: '企业管理咨询', shopWords: [] }, 3],
  [{ label: '房地产业', companyWord: '房地产经纪', shopWords: ['地产中介部'] }, 2],
  [{ label: '居民服务业', companyWord: '家政服务', shopWords: ['理发店', '美容店', '洗衣店', '家电维修部'] }, 6],
  [{ label: '机动车、电子产品和日用产品修理业', companyWord: '汽车服务', shopWords: ['汽车维修店', '摩托车维修部'] }, 2],
  [{ label: '教育', companyWord: '教育咨询', shopWords: [] }, 1],
]);

/** Trade-name characters (字号); two of them make a name such as 宏达 or 金盛. */
export const TRADE_NAME_CHARS =
  '宏达金盛鑫恒泰新兴隆顺亿嘉锦富华美鹰宇腾辉星瑞源丰和信诚旺佳远德利鸿通雅昌荣创汇凯益骏粤南海禅冠';

export interface EnterpriseKind {
  /** Stored in enterprises.kind. */
  kind: string;
  /** GB 32100 registration authority + organisation type: 91 enterprise, 92 个体工商户, 93 合作社. */
  typeCode: '91' | '92' | '93';
  suffix: string;
}

// biome-ignore format: a weighted table reads best as a table
export const ENTERPRISE_KINDS = weighted<EnterpriseKind>([
  [{ kind: '有限责任公司', typeCode: '91', suffix: '有限公司' }, 44],
  [{ kind: '股份有限公司', typeCode: '91', suffix: '股份有限公司' }, 2],
  [{ kind: '有限责任公司分公司', typeCode: '91', suffix: '有限公司禅城分公司' }, 3],
  [{ kind: '个人独资企业', typeCode: '91', suffix: '经营部' }, 3],
  [{ kind: '合伙企业', typeCode: '91', suffix: '（有限合伙）' }, 1],
  [{ kind: '个体工商户', typeCode: '92', suffix: '' }, 46],
  [{ kind: '农民专业合作社', typeCode: '93', suffix: '专业合作社' }, 1],
]);
