import { createHash, randomBytes } from 'node:crypto';

/**
 * Verification codes printed in the footer of every issued document (文书核验码).
 *
 * 16 symbols of Crockford base32 (https://www.crockford.com/base32.html) carry exactly 80 random bits, so a code
 * cannot be guessed, and the alphabet leaves out I, L, O and U so a code read aloud or typed from paper survives.
 * The platform stores the code with the SHA-256 digest of the issued PDF (`documentDigest`), so a PDF presented
 * later can be proved to be the very file that was issued.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** A new crypto-random code: 16 Crockford base32 symbols, upper case, no dashes (the stored form). */
export function newVerificationCode(): string {
  const bytes = randomBytes((CODE_LENGTH * 5) / 8);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

/**
 * The stored form of what a person typed, or null when it cannot be a code. Case-insensitive; ignores spaces and
 * dashes; full-width characters are folded (NFKC); O reads as 0 and I/L as 1, as Crockford prescribes.
 */
export function normaliseVerificationCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return CANONICAL.test(code) ? code : null;
}

/** Display form XXXX-XXXX-XXXX-XXXX of a code in any accepted spelling; throws when the code is invalid. */
export function formatVerificationCode(code: string): string {
  const canonical = normaliseVerificationCode(code);
  if (!canonical) throw new Error(`not a verification code: ${JSON.stringify(code)}`);
  return canonical.match(/.{4}/g)!.join('-');
}

/** The public path where a document with this code is verified (the route the web client serves). */
export function verificationPath(code: string): string {
  const canonical = normaliseVerificationCode(code);
  if (!canonical) throw new Error(`not a verification code: ${JSON.stringify(code)}`);
  return `/verify/${canonical}`;
}

/** SHA-256 of the exact PDF bytes, lower-case hex: stored beside the code when the document is issued. */
export function documentDigest(pdf: Uint8Array): string {
  return createHash('sha256').update(pdf).digest('hex');
}
