import { createHash } from 'node:crypto';

/** An Open311 client's API key is kept only as its SHA-256. */
export const hashOpen311Key = (key: string): string => createHash('sha256').update(key).digest('hex');
