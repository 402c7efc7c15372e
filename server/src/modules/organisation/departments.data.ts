/**
 * Chancheng District's departments as a district government of Guangdong organises them (names follow the
 * standard titles of district bureaus). `id` is our stable short code.
 */
export const CHANCHENG_DEPARTMENTS = [
  {
    id: 'gsd',
    nameZh: '禅城区政务服务数据管理局',
    nameEn: 'Government Services and Data Administration',
    kind: 'department',
  },
  { id: 'asc', nameZh: '禅城区行政服务中心', nameEn: 'Administrative Service Centre', kind: 'centre' },
  { id: 'psb', nameZh: '佛山市公安局禅城分局', nameEn: 'Public Security Sub-bureau', kind: 'department' },
  {
    id: 'hrss',
    nameZh: '禅城区人力资源和社会保障局',
    nameEn: 'Human Resources and Social Security Bureau',
    kind: 'department',
  },
  {
    id: 'amr',
    nameZh: '禅城区市场监督管理局',
    nameEn: 'Market Regulation Administration',
    kind: 'department',
  },
  {
    id: 'uml',
    nameZh: '禅城区城市管理和综合执法局',
    nameEn: 'Urban Management and Law Enforcement Bureau',
    kind: 'department',
  },
  {
    id: 'hcb',
    nameZh: '禅城区住房城乡建设和水利局',
    nameEn: 'Housing, Urban-Rural Development and Water Bureau',
    kind: 'department',
  },
  { id: 'hth', nameZh: '禅城区卫生健康局', nameEn: 'Health Bureau', kind: 'department' },
  { id: 'edu', nameZh: '禅城区教育局', nameEn: 'Education Bureau', kind: 'department' },
  { id: 'cab', nameZh: '禅城区民政局', nameEn: 'Civil Affairs Bureau', kind: 'department' },
  {
    id: 'nrb',
    nameZh: '佛山市自然资源局禅城分局',
    nameEn: 'Natural Resources Sub-bureau',
    kind: 'department',
  },
  {
    id: 'eeb',
    nameZh: '佛山市生态环境局禅城分局',
    nameEn: 'Ecology and Environment Sub-bureau',
    kind: 'department',
  },
  { id: 'emb', nameZh: '禅城区应急管理局', nameEn: 'Emergency Management Bureau', kind: 'department' },
  { id: 'trb', nameZh: '禅城区交通运输局', nameEn: 'Transport Bureau', kind: 'department' },
  { id: 'wab', nameZh: '禅城区水务局', nameEn: 'Water Affairs Bureau', kind: 'department' },
  { id: 'jus', nameZh: '禅城区司法局', nameEn: 'Justice Bureau', kind: 'department' },
  { id: 'tax', nameZh: '国家税务总局佛山市禅城区税务局', nameEn: 'Taxation Bureau', kind: 'department' },
  {
    id: 'ccc',
    nameZh: '禅城区社会综合治理指挥中心',
    nameEn: 'Social Governance Command Centre',
    kind: 'centre',
  },
  { id: 'dpf', nameZh: '禅城区残疾人联合会', nameEn: "Disabled Persons' Federation", kind: 'department' },
  { id: 'vab', nameZh: '禅城区退役军人事务局', nameEn: 'Veterans Affairs Bureau', kind: 'department' },
  {
    id: 'st-shiwan',
    nameZh: '石湾镇街道办事处',
    nameEn: 'Shiwan Town Sub-district Office',
    kind: 'street_office',
  },
  {
    id: 'st-zhangcha',
    nameZh: '张槎街道办事处',
    nameEn: 'Zhangcha Sub-district Office',
    kind: 'street_office',
  },
  { id: 'st-zumiao', nameZh: '祖庙街道办事处', nameEn: 'Zumiao Sub-district Office', kind: 'street_office' },
  {
    id: 'st-nanzhuang',
    nameZh: '南庄镇人民政府',
    nameEn: 'Nanzhuang Town Government',
    kind: 'street_office',
  },
] as const;
