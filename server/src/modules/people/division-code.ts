/**
 * Province-level prefixes of GB/T 2260 administrative division codes, which open both the ID number
 * (GB 11643) and the division part of the credit code (GB 32100). Revoked county codes remain valid in
 * numbers issued before the change (e.g. 440602/440603 in Foshan before 2002), so below province level
 * we check shape only; a full GB/T 2260 history table would be needed to do more.
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15', // 北京 天津 河北 山西 内蒙古
  '21',
  '22',
  '23', // 辽宁 吉林 黑龙江
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37', // 上海 江苏 浙江 安徽 福建 江西 山东
  '41',
  '42',
  '43',
  '44',
  '45',
  '46', // 河南 湖北 湖南 广东 广西 海南
  '50',
  '51',
  '52',
  '53',
  '54', // 重庆 四川 贵州 云南 西藏
  '61',
  '62',
  '63',
  '64',
  '65', // 陕西 甘肃 青海 宁夏 新疆
  '71',
  '81',
  '82', // 台湾 香港 澳门
  '83', // residence permits for Hong Kong, Macao and Taiwan residents use 810000/820000/830000
]);

// Only these regions issue numbers under the bare province code.
const PROVINCE_LEVEL_ISSUERS = new Set(['71', '81', '82', '83']);

/** True for a 6-digit code under a known province that is not a bare province code (except HK/MO/TW). */
export function isPlausibleDivisionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const province = code.slice(0, 2);
  if (!PROVINCES.has(province)) return false;
  return code.slice(2) !== '0000' || PROVINCE_LEVEL_ISSUERS.has(province);
}
