import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A random bearer secret (session cookie or API token), URL-safe. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets are stored only as their SHA-256, so a database leak does not leak live sessions. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** A 6-digit one-time code. */
export const newOtpCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
