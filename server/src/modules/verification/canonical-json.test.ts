import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { type AskBody, requestHash } from './protocol.ts';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    );
  });
  it('sorts by UTF-16 code units and escapes as JSON does', () => {
    expect(canonicalJson({ é: 1, z: 2, '\u0001': 'a"b' })).toBe('{"\\u0001":"a\\"b","z":2,"é":1}');
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
  it('gives the request the same hash whatever order its keys were written in', () => {
    const body: AskBody = {
      predicate: 'married',
      subject: { type: 'person', id: 'X' },
      caseRef: 'C1',
      official: { id: 'o', name: 'n', department: 'd' },
      requestedAt: '2026-11-22T00:00:00.000Z',
      nonce: 'n0',
    };
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as unknown as AskBody;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(body));
    expect(requestHash(reordered)).toBe(requestHash(body));
    expect(requestHash({ ...body, caseRef: 'C2' })).not.toBe(requestHash(body));
  });
});
