/**
 * 组织机构代码 (organisation code), GB 11714-1997: 8 body characters (digits or capital letters) and a
 * check character. It forms positions 9–17 of the unified social credit code (GB 32100-2015).
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Value of a body character: 0–9 for digits, A=10 … Z=35 (GB 11714 table 1). */
const charValue = (c: string): number => {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
};

/** The GB 11714 check character for an 8-character body: 11 − (Σ value·weight mod 11), 10 → X, 11 → 0. */
export function orgCodeCheckChar(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) return '?';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body[i]!) * WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
