/**
 * Quick checks of what a clerk types, before anything is sent: length, characters and the check character of a
 * 居民身份证号 (GB 11643, ISO 7064 MOD 11-2) or a 统一社会信用代码 (GB 32100). The server validates fully
 * (division code, birth date …) and says which rule failed; these only catch typing slips at once.
 */

export type IdProblem = 'length' | 'characters' | 'check';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The number as stored: trimmed, inner spaces removed, a trailing x upper-cased. */
export const normaliseId = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

export function idNumberProblem(raw: string): IdProblem | null {
  const id = normaliseId(raw);
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return id[17] === ID_CHECK[sum % 11] ? null : 'check';
}

/** The 31 characters of GB 32100 (no I, O, S, V, Z); a character's value is its index. */
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeProblem(raw: string): IdProblem | null {
  const code = normaliseId(raw);
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => CREDIT_CHARSET.includes(c))) return 'characters';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(code[i]!) * CREDIT_WEIGHTS[i]!;
  return code[17] === CREDIT_CHARSET[(31 - (sum % 31)) % 31] ? null : 'check';
}

/** An ID number as screens show it once it has been used (4406**********5172), like the server's mask. */
export function maskIdNumber(idNumber: string): string {
  const id = normaliseId(idNumber);
  return id.length > 8
    ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
    : '*'.repeat(id.length);
}
