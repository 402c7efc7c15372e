import { randomBytes } from 'node:crypto';
import { maskIdNumber } from '@yimen/shared/id-checks';
import { describe, expect, it } from 'vitest';
import { createPiiCipher, maskPhone } from './pii-crypto.ts';

const keys = () => ({ dataKey: randomBytes(32), indexKey: randomBytes(32) });
const ID = '11010519491231002X';

describe('PII cipher', () => {
  it('round-trips and never repeats a ciphertext (random IV)', () => {
    const pii = createPiiCipher(keys());
    const a = pii.encrypt(ID);
    const b = pii.encrypt(ID);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(ID);
    expect(pii.decrypt(a)).toBe(ID);
    expect(pii.decrypt(pii.encrypt('陈大文 13812345678'))).toBe('陈大文 13812345678');
  });

  it('detects a changed byte anywhere (GCM tag)', () => {
    const pii = createPiiCipher(keys());
    const raw = Buffer.from(pii.encrypt(ID).slice(3), 'base64');
    for (const at of [0, 12, 28, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[at] = bad[at]! ^ 1;
      expect(() => pii.decrypt(`v1:${bad.toString('base64')}`)).toThrow();
    }
  });

  it('refuses another key, an unknown version and a truncated value', () => {
    const sealed = createPiiCipher(keys()).encrypt(ID);
    expect(() => createPiiCipher(keys()).decrypt(sealed)).toThrow();
    const pii = createPiiCipher(keys());
    expect(() => pii.decrypt(`v2:${pii.encrypt(ID).slice(3)}`)).toThrow(/version/);
    expect(() => pii.decrypt('v1:AAAA')).toThrow(/short/);
  });

  it('gives a stable, keyed blind index over the normalised number', () => {
    const k = keys();
    const pii = createPiiCipher(k);
    const again = createPiiCipher({ dataKey: randomBytes(32), indexKey: k.indexKey });
    const other = createPiiCipher(keys());
    expect(pii.blindIndex(ID)).toMatch(/^[0-9a-f]{64}$/);
    expect(pii.blindIndex(' 11010519491231002x')).toBe(pii.blindIndex(ID));
    expect(again.blindIndex(ID)).toBe(pii.blindIndex(ID));
    expect(other.blindIndex(ID)).not.toBe(pii.blindIndex(ID));
    expect(pii.blindIndex('440604199003071236')).not.toBe(pii.blindIndex(ID));
  });

  it('refuses wrong key sizes and a shared key', () => {
    expect(() => createPiiCipher({ dataKey: randomBytes(16), indexKey: randomBytes(32) })).toThrow();
    const k = randomBytes(32);
    expect(() => createPiiCipher({ dataKey: k, indexKey: k })).toThrow(/differ/);
  });

  it('masks ID numbers (first 4, last 4) and phones (first 3, last 4)', () => {
    expect(maskIdNumber('440604199003071236')).toBe('4406**********1236');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('1234')).toBe('****');
  });
});
