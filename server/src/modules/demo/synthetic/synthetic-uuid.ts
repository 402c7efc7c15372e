import { mixSeed } from './random.ts';

/** Entity tags keep uuids of different tables apart even for the same seed and index. */
export const UUID_KIND = { address: 1, house: 2, person: 3, enterprise: 4 } as const;
export type UuidKind = keyof typeof UUID_KIND;

const MASK48 = (1n << 48n) - 1n;

/**
 * A bijection of [0, 2^48): multiplying by an odd number and xor-shifting right are each invertible
 * modulo 2^48, so distinct indexes can never share a uuid, yet neighbours look unrelated.
 */
function scramble48(x: bigint): bigint {
  let v = (x * 0x5deece66dn) & MASK48;
  v ^= v >> 23n;
  v = (v * 0x9e3779b97f4bn + 1n) & MASK48;
  v ^= v >> 19n;
  return v;
}

const hex = (n: number | bigint, width: number) => n.toString(16).padStart(width, '0');

/**
 * A version-4-shaped uuid derived from (seed, kind, index) instead of crypto.randomUUID, so that the same
 * seed regenerates the same keys (and foreign keys can be computed from an index without a lookup table).
 * Unique per (seed, kind) by construction: the last 48 bits are a bijection of the index.
 */
export function syntheticUuid(seed: number, kind: UuidKind, index: number): string {
  const tag = UUID_KIND[kind];
  const s = mixSeed(seed, 0x55494400);
  const noise = mixSeed(s, tag, index);
  const node = scramble48((BigInt(index) + BigInt(s)) & MASK48);
  const kindField = (Math.imul(tag, 0x9e37) ^ s) & 0xffff;
  return `${hex(s, 8)}-${hex(kindField, 4)}-4${hex(noise & 0xfff, 3)}-${hex(0x8 | ((noise >>> 12) & 0x3), 1)}${hex((noise >>> 14) & 0xfff, 3)}-${hex(node, 12)}`;
}
