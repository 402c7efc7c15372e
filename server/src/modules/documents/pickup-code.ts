import { randomInt } from 'node:crypto';

/** Collection at the window (窗口取件) and mail delivery (EMS 寄递) identifiers. */

/** A crypto-random 6-digit code the applicant quotes at the window to collect the result (leading zeros kept). */
export function newPickupCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export function isPickupCode(input: string): boolean {
  return typeof input === 'string' && /^\d{6}$/.test(input);
}

/** UPU S10 weights for the 8 serial digits; the 9th digit checks them (mod 11). */
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** The UPU S10 check digit of an 8-digit serial number. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new Error('an S10 serial number has 8 digits');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

/** Upper case without spaces or dashes, the form in which tracking numbers are stored and compared. */
export function normaliseTrackingNumber(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

/**
 * Whether `input` (spaces and case ignored) is a China Post EMS tracking number. Two forms are accepted:
 * - UPU S10 (the international item identifier, also printed on domestic EMS labels): 2 letters, 8 serial digits,
 *   1 check digit, ISO 3166 country code, e.g. EA123456785CN. S10 reserves service indicators EA–EZ for EMS, so the
 *   first letter must be E, and the check digit must be right: a mistyped digit is caught at the window.
 * - China Post domestic EMS waybill numbers: 13 digits beginning with 1 (e.g. 1012345678901). China Post publishes
 *   no check-digit rule for these, so only the shape is checked.
 */
export function isEmsTrackingNumber(input: string): boolean {
  if (typeof input !== 'string' || input.length > 40) return false;
  const s = normaliseTrackingNumber(input);
  const s10 = /^(E[A-Z])(\d{8})(\d)([A-Z]{2})$/.exec(s);
  if (s10) return s10CheckDigit(s10[2]!) === Number(s10[3]);
  return /^1\d{12}$/.test(s);
}

/**
 * A simulated EMS tracking number in the UPU S10 form (E + letter, 8 random digits, check digit, CN) for results
 * sent by mail: no postal system is connected, but the number has the shape and check digit a real one has.
 */
export function newEmsTrackingNumber(): string {
  const service = `E${String.fromCharCode(65 + randomInt(0, 26))}`;
  const serial = randomInt(0, 100_000_000).toString().padStart(8, '0');
  return `${service}${serial}${s10CheckDigit(serial)}CN`;
}
