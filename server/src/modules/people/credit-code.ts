import { AppError } from '../../errors.ts';
import { isPlausibleDivisionCode } from './division-code.ts';
import { orgCodeCheckChar } from './org-code.ts';

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
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

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

export type CreditCodeResult =
  | { ok: true; value: ParsedCreditCode }
  | { ok: false; rule: CreditCodeRule; message: string; expected?: string };

const fail = (rule: CreditCodeRule, zh: string, en: string, expected?: string): CreditCodeResult => ({
  ok: false,
  rule,
  message: `${zh} / ${en}`,
  ...(expected === undefined ? {} : { expected }),
});

/** The GB 32100 check character for the first 17 characters (which must be in the charset). */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31]!;
}

export const normaliseCreditCode = (raw: string): string => raw.trim().toUpperCase();

/** Validates a credit code rule by rule and says exactly which rule failed. */
export function parseCreditCode(raw: string): CreditCodeResult {
  const code = normaliseCreditCode(raw);
  if (code === '') return fail('empty', '统一社会信用代码不能为空', 'credit code is required');
  if (code.length !== 18) {
    return fail(
      'length',
      `长度应为 18 位，实为 ${code.length} 位`,
      `must be 18 characters, got ${code.length}`,
    );
  }
  const bad = [...code].findIndex((c) => !CREDIT_CHARSET.includes(c));
  if (bad >= 0) {
    return fail(
      'characters',
      `第 ${bad + 1} 位“${code[bad]}”不是允许的字符（不含 I、O、S、V、Z）`,
      `character ${bad + 1} "${code[bad]}" is not allowed (I, O, S, V, Z are never used)`,
    );
  }
  const authority = code[0]!;
  const type = code[1]!;
  const types = AUTHORITY_TYPES[authority];
  if (types === undefined) {
    return fail(
      'authority',
      `登记管理部门代码“${authority}”无效`,
      `registration authority "${authority}" is unknown`,
    );
  }
  if (!(types ?? '123456789').includes(type)) {
    return fail(
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
    return fail(
      'division_code',
      `行政区划码 ${divisionCode} 无效`,
      `division code ${divisionCode} is not valid`,
    );
  }
  const orgCode = code.slice(8, 17);
  const orgExpected = orgCodeCheckChar(orgCode.slice(0, 8));
  if (orgCode[8] !== orgExpected) {
    return fail(
      'org_code_check',
      `主体标识码校验位错误：第 17 位应为 ${orgExpected}`,
      `organisation code check character (position 17) should be ${orgExpected}`,
      orgExpected,
    );
  }
  const expected = creditCheckChar(code);
  if (code[17] !== expected) {
    return fail(
      'check_char',
      `校验码错误：应为 ${expected}`,
      `check character should be ${expected}`,
      expected,
    );
  }
  return { ok: true, value: { creditCode: code, authority, type, divisionCode, orgCode } };
}

/** Parses or throws the API error `invalid_credit_code` (422) naming the input field. */
export function requireCreditCode(raw: string, field = 'creditCode'): ParsedCreditCode {
  const r = parseCreditCode(raw);
  if (!r.ok) {
    throw new AppError('invalid_credit_code', `统一社会信用代码无效：${r.message}`, field, { rule: r.rule });
  }
  return r.value;
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
