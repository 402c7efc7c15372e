import { AppError } from '../../errors.ts';
import { dayOf, isoDate } from '../calendar/shanghai-time.ts';
import { isPlausibleDivisionCode } from './division-code.ts';

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

export type IdNumberResult =
  | { ok: true; value: ParsedIdNumber }
  | { ok: false; rule: IdNumberRule; message: string; expected?: string };

// GB 11643-1999 §7.2 / ISO 7064 MOD 11-2: weight of position i (1-based) is 2^(18-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Trims and upper-cases a trailing x, the form in which numbers are stored and indexed. */
export const normaliseIdNumber = (raw: string): string => raw.trim().toUpperCase();

const fail = (rule: IdNumberRule, zh: string, en: string, expected?: string): IdNumberResult => ({
  ok: false,
  rule,
  message: `${zh} / ${en}`,
  ...(expected === undefined ? {} : { expected }),
});

/** Today in China Standard Time (UTC+8) as YYYY-MM-DD: a birth date "in the future" is judged locally. */
export function chinaToday(now: Date = new Date()): string {
  return isoDate(dayOf(now));
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
  if (id === '') return fail('empty', '身份证号不能为空', 'ID number is required');
  if (/^\d{15}$/.test(id)) {
    return fail(
      'legacy_15_digits',
      '15 位旧号码已停用，请输入 18 位号码',
      'legacy 15-digit number: enter the 18-digit number',
    );
  }
  if (id.length !== 18) {
    return fail('length', `长度应为 18 位，实为 ${id.length} 位`, `must be 18 characters, got ${id.length}`);
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail(
      'characters',
      '前 17 位须为数字，末位为数字或 X',
      'first 17 must be digits, the last a digit or X',
    );
  }
  const areaCode = id.slice(0, 6);
  if (!isPlausibleDivisionCode(areaCode)) {
    return fail(
      'area_code',
      `地址码 ${areaCode} 无效`,
      `address code ${areaCode} is not a valid division code`,
    );
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate)) {
    return fail(
      'birth_date_invalid',
      `出生日期 ${birthDate} 不存在`,
      `birth date ${birthDate} does not exist`,
    );
  }
  if (birthDate < '1900-01-01') {
    return fail('birth_date_before_1900', '出生日期早于 1900 年', 'birth date is before 1900');
  }
  if (birthDate > today) {
    return fail('birth_date_future', '出生日期晚于今天', 'birth date is in the future');
  }
  const expected = idCheckChar(id);
  if (id[17] !== expected) {
    return fail('check_digit', `校验位错误：应为 ${expected}`, `check digit should be ${expected}`, expected);
  }
  const sequence = id.slice(14, 17);
  const gender = (sequence.charCodeAt(2) - 48) % 2 === 1 ? 'M' : 'F';
  return { ok: true, value: { idNumber: id, areaCode, birthDate, sequence, gender } };
}

/** Parses or throws the API error `invalid_id_number` (422) naming the input field. */
export function requireIdNumber(raw: string, field = 'idNumber'): ParsedIdNumber {
  const r = parseIdNumber(raw);
  if (!r.ok) {
    throw new AppError('invalid_id_number', `身份证号无效：${r.message}`, field, { rule: r.rule });
  }
  return r.value;
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
