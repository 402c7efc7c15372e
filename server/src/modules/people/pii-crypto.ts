import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';
import { maskIdNumber, normaliseIdNumber } from '@yimen/shared/id-checks';

/**
 * Personal data at rest (PIPL; GB/T 35273-2020 §6.3: sensitive personal information is stored encrypted).
 * ID numbers are encrypted with AES-256-GCM; exact lookup goes through a keyed blind index so the
 * database never needs the plaintext; screens show masked forms only.
 */
export interface PiiCipher {
  /** AES-256-GCM with a random 12-byte IV: `v1:` + base64(iv | tag | ciphertext). */
  encrypt(plain: string): string;
  /** Reverses encrypt; throws when the value was altered (GCM tag) or the key version is unknown. */
  decrypt(sealed: string): string;
  /** Hex HMAC-SHA256 of the normalised ID number, keyed separately from encryption. */
  blindIndex(idNumber: string): string;
  maskIdNumber(idNumber: string): string;
  maskPhone(phone: string): string;
}

export interface PiiKeys {
  dataKey: Buffer;
  indexKey: Buffer;
}

const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// One call to the CSPRNG per 1,024 IVs: a 12-byte randomBytes() costs several microseconds, which dominated
// bulk generation. Each IV is still fresh random bytes, handed out once.
const IV_POOL_IVS = 1024;

function ivSource(): () => Buffer {
  const pool = Buffer.alloc(IV_BYTES * IV_POOL_IVS);
  let next = IV_POOL_IVS;
  return () => {
    if (next === IV_POOL_IVS) {
      randomFillSync(pool);
      next = 0;
    }
    // A copy, so the IV stays intact after the pool is refilled.
    return Buffer.from(pool.subarray(IV_BYTES * next, IV_BYTES * ++next));
  };
}

/** Keeps the first and last `keep` characters and stars the middle; short values are fully starred. */
function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** '13812345678' → '138****5678'. */
export const maskPhone = (phone: string): string => maskMiddle(phone.trim(), 3, 4);

export function createPiiCipher(keys: PiiKeys): PiiCipher {
  if (keys.dataKey.length !== 32) throw new Error('dataKey must be 32 bytes');
  if (keys.indexKey.length !== 32) throw new Error('indexKey must be 32 bytes');
  // Using one key for both jobs would let anyone holding the index key decrypt; keep them apart.
  if (keys.dataKey.equals(keys.indexKey)) throw new Error('dataKey and indexKey must differ');
  const dataKey = Buffer.from(keys.dataKey);
  const indexKey = Buffer.from(keys.indexKey);
  const nextIv = ivSource();

  return {
    encrypt(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(sealed) {
      if (!sealed.startsWith(VERSION)) throw new Error('unknown PII key version');
      const raw = Buffer.from(sealed.slice(VERSION.length), 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('PII ciphertext too short');
      const decipher = createDecipheriv('aes-256-gcm', dataKey, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    },
    blindIndex(idNumber) {
      return createHmac('sha256', indexKey).update(normaliseIdNumber(idNumber), 'utf8').digest('hex');
    },
    maskIdNumber,
    maskPhone,
  };
}
