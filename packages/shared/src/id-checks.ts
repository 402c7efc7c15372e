/**
 * The checks of the numbers people and enterprises are known by, as pure functions that say which rule failed:
 * the server turns a failure into its API error, the browser shows it under the field as the clerk types, so both
 * judge a number the same way.
 */

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

/**
 * 组织机构代码 (organisation code), GB 11714-1997: 8 body characters (digits or capital letters) and a
 * check character. It forms positions 9–17 of the unified social credit code (GB 32100-2015).
 */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Value of a body character: 0–9 for digits, A=10 … Z=35 (GB 11714 table 1). */
const charValue = (c: string): number => {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
};

/** The GB 11714 check character for an 8-character body: 11 − (Σ value·weight mod 11), 10 → X, 11 → 0. */
export function orgCodeCheckChar(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) return '?';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A check's answer: the value it read, or the rule that failed with what it says in each language (`zh`, `en`) and
 * both together (`message`, "中文 / English").
 */
export type CheckResult<V, R extends string> =
  | { ok: true; value: V }
  | { ok: false; rule: R; zh: string; en: string; message: string; expected?: string };

const failed = <R extends string>(rule: R, zh: string, en: string, expected?: string) => ({
  ok: false as const,
  rule,
  zh,
  en,
  message: `${zh} / ${en}`,
  ...(expected === undefined ? {} : { expected }),
});

/** Both numbers are 18 characters long. */
const wrongLength = (length: number) =>
  failed('length', `长度应为 18 位，实为 ${length} 位`, `must be 18 characters, got ${length}`);

/** A check character that is not the one computed: the message names it, as "应为 X" / "should be X". */
const wrongCheckChar = <R extends string>(rule: R, zhWhat: string, enWhat: string, expected: string) =>
  failed(rule, `${zhWhat}应为 ${expected}`, `${enWhat} should be ${expected}`, expected);

/**
 * 居民身份证号码 (citizen identity number), GB 11643-1999:
 *   positions 1–6   address code (GB/T 2260 division where the number was first issued)
 *   positions 7–14  birth date YYYYMMDD
 *   positions 15–17 sequence; odd = male, even = female
 *   position 18     check character, ISO 7064:1983 MOD 11-2
 */

export interface ParsedIdNumber {
  /** The normalised 18-character number (trimmed, check character X upper-case). */
  idNumber: string;
  areaCode: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  sequence: string;
  gender: 'M' | 'F';
}

export type IdNumberRule =
  | 'empty'
  | 'legacy_15_digits'
  | 'length'
  | 'characters'
  | 'area_code'
  | 'birth_date_invalid'
  | 'birth_date_future'
  | 'birth_date_before_1900'
  | 'check_digit';

export type IdNumberResult = CheckResult<ParsedIdNumber, IdNumberRule>;

// GB 11643-1999 §7.2 / ISO 7064 MOD 11-2: weight of position i (1-based) is 2^(18-i) mod 11.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

/** Trims and upper-cases a trailing x, the form in which numbers are stored and indexed. */
export const normaliseIdNumber = (raw: string): string => raw.trim().toUpperCase();

/** Today in China Standard Time (UTC+8, no daylight saving) as YYYY-MM-DD: a birth date "in the future" is judged locally. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** True when YYYY-MM-DD names a real calendar day. */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * Validates an ID number rule by rule and says exactly which rule failed.
 * `today` (YYYY-MM-DD) is injectable so that tests do not depend on the clock.
 */
export function parseIdNumber(raw: string, today: string = chinaToday()): IdNumberResult {
  const id = normaliseIdNumber(raw);
  if (id === '') return failed('empty', '身份证号不能为空', 'ID number is required');
  if (/^\d{15}$/.test(id)) {
    return failed(
      'legacy_15_digits',
      '15 位旧号码已停用，请输入 18 位号码',
      'legacy 15-digit number: enter the 18-digit number',
    );
  }
  if (id.length !== 18) return wrongLength(id.length);
  if (!/^\d{17}[\dX]$/.test(id)) {
    return failed(
      'characters',
      '前 17 位须为数字，末位为数字或 X',
      'first 17 must be digits, the last a digit or X',
    );
  }
  const areaCode = id.slice(0, 6);
  if (!isPlausibleDivisionCode(areaCode)) {
    return failed(
      'area_code',
      `地址码 ${areaCode} 无效`,
      `address code ${areaCode} is not a valid division code`,
    );
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate)) {
    return failed(
      'birth_date_invalid',
      `出生日期 ${birthDate} 不存在`,
      `birth date ${birthDate} does not exist`,
    );
  }
  if (birthDate < '1900-01-01') {
    return failed('birth_date_before_1900', '出生日期早于 1900 年', 'birth date is before 1900');
  }
  if (birthDate > today) {
    return failed('birth_date_future', '出生日期晚于今天', 'birth date is in the future');
  }
  const expected = idCheckChar(id);
  if (id[17] !== expected) return wrongCheckChar('check_digit', '校验位错误：', 'check digit', expected);
  const sequence = id.slice(14, 17);
  const gender = (sequence.charCodeAt(2) - 48) % 2 === 1 ? 'M' : 'F';
  return { ok: true, value: { idNumber: id, areaCode, birthDate, sequence, gender } };
}

/**
 * Builds a valid number for the synthetic-data generator: area (6 digits), birth date (YYYY-MM-DD),
 * sequence 0–999 (odd for men). The check character is computed, never chosen.
 */
export function makeIdNumber(area: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(area)) throw new Error(`area must be 6 digits, got ${area}`);
  if (!isCalendarDate(birthDate)) throw new Error(`birth date must be a calendar date, got ${birthDate}`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new Error(`sequence must be 0–999, got ${seq}`);
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015:
 *   position 1      registration authority (登记管理部门代码)
 *   position 2      organisation type within that authority (机构类别代码)
 *   positions 3–8   division code of the registering office (GB/T 2260)
 *   positions 9–17  organisation code (GB 11714), its own check character at 17
 *   position 18     check character, weights 3^i mod 31 over the 31-character set
 */

/** The 31 characters of GB 32100 (no I, O, S, V, Z); a character's value is its index. */
export const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// GB 32100-2015 table 1 (and later amendments A, N). Types are listed where the standard is specific;
// for the other authorities any type digit 1–9 is accepted rather than rejecting real codes.
const AUTHORITY_TYPES: Record<string, string | null> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '2': null, // 外交
  '3': null, // 司法行政
  '4': null, // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': null, // 旅游
  '7': null, // 宗教
  '8': null, // 工会
  '9': '123', // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
  A: null, // 中央军委改革和编制办公室
  N: null, // 农业 (农村集体经济组织)
  Y: '1', // 其他
};

export interface ParsedCreditCode {
  creditCode: string;
  authority: string;
  type: string;
  divisionCode: string;
  /** The 9-character GB 11714 organisation code inside the credit code. */
  orgCode: string;
}

export type CreditCodeRule =
  | 'empty'
  | 'length'
  | 'characters'
  | 'authority'
  | 'type'
  | 'division_code'
  | 'org_code_check'
  | 'check_char';

export type CreditCodeResult = CheckResult<ParsedCreditCode, CreditCodeRule>;

/** The GB 32100 check character for the first 17 characters (which must be in the charset). */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31]!;
}

export const normaliseCreditCode = (raw: string): string => raw.trim().toUpperCase();

/** Validates a credit code rule by rule and says exactly which rule failed. */
export function parseCreditCode(raw: string): CreditCodeResult {
  const code = normaliseCreditCode(raw);
  if (code === '') return failed('empty', '统一社会信用代码不能为空', 'credit code is required');
  if (code.length !== 18) return wrongLength(code.length);
  const bad = [...code].findIndex((c) => !CREDIT_CHARSET.includes(c));
  if (bad >= 0) {
    return failed(
      'characters',
      `第 ${bad + 1} 位“${code[bad]}”不是允许的字符（不含 I、O、S、V、Z）`,
      `character ${bad + 1} "${code[bad]}" is not allowed (I, O, S, V, Z are never used)`,
    );
  }
  const authority = code[0]!;
  const type = code[1]!;
  const types = AUTHORITY_TYPES[authority];
  if (types === undefined) {
    return failed(
      'authority',
      `登记管理部门代码“${authority}”无效`,
      `registration authority "${authority}" is unknown`,
    );
  }
  if (!(types ?? '123456789').includes(type)) {
    return failed(
      'type',
      `机构类别代码“${type}”无效`,
      `organisation type "${type}" is not valid for authority ${authority}`,
    );
  }
  const divisionCode = code.slice(2, 8);
  if (
    divisionCode !== '100000' &&
    !isPlausibleDivisionCode(divisionCode) &&
    !/^\d{2}0000$/.test(divisionCode)
  ) {
    return failed(
      'division_code',
      `行政区划码 ${divisionCode} 无效`,
      `division code ${divisionCode} is not valid`,
    );
  }
  const orgCode = code.slice(8, 17);
  const orgExpected = orgCodeCheckChar(orgCode.slice(0, 8));
  if (orgCode[8] !== orgExpected) {
    return wrongCheckChar(
      'org_code_check',
      '主体标识码校验位错误：第 17 位',
      'organisation code check character (position 17)',
      orgExpected,
    );
  }
  const expected = creditCheckChar(code);
  if (code[17] !== expected) return wrongCheckChar('check_char', '校验码错误：', 'check character', expected);
  return { ok: true, value: { creditCode: code, authority, type, divisionCode, orgCode } };
}

/**
 * Builds a valid code for the synthetic-data generator from authority + type (e.g. '91'), the 6-digit
 * division and the 8-character organisation-code body; both check characters are computed.
 */
export function makeCreditCode(authorityType: string, division: string, orgBody: string): string {
  if (!/^[0-9A-Y]{2}$/.test(authorityType))
    throw new Error(`authority+type must be 2 characters: ${authorityType}`);
  if (!/^\d{6}$/.test(division)) throw new Error(`division must be 6 digits: ${division}`);
  if (orgBody.length !== 8 || [...orgBody].some((c) => !CREDIT_CHARSET.includes(c))) {
    throw new Error(`organisation code body must be 8 characters of the GB 32100 set: ${orgBody}`);
  }
  const first17 = `${authorityType}${division}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return first17 + creditCheckChar(first17);
}

/**
 * A number as a person types it into a form, made the way it is sent: spaces anywhere dropped (IDs are often
 * written in groups), a trailing x upper-cased. The API itself only trims (normaliseIdNumber, normaliseCreditCode).
 */
export const normaliseId = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** What a form shows under a number field: the rule the typed number breaks, or null. */
export type IdProblem = IdNumberRule | CreditCodeRule;

/** The rule a typed ID number breaks, or null; `today` (YYYY-MM-DD) as in parseIdNumber. */
export function idNumberProblem(raw: string, today?: string): IdNumberRule | null {
  const r = parseIdNumber(normaliseId(raw), today);
  return r.ok ? null : r.rule;
}

/** The rule a typed credit code breaks, or null. */
export function creditCodeProblem(raw: string): CreditCodeRule | null {
  const r = parseCreditCode(normaliseId(raw));
  return r.ok ? null : r.rule;
}

/** '440604199001011234' → '4406**********1234' (first 4, last 4); a short value is starred whole. */
export function maskIdNumber(idNumber: string): string {
  const id = normaliseIdNumber(idNumber);
  return id.length <= 8
    ? '*'.repeat(id.length)
    : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
