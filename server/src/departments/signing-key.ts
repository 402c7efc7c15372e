import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';

/** A department's Ed25519 signing key: the private half never leaves the simulator process. */
export interface SigningKey {
  privateKey: KeyObject;
  /** The public JWK as published at /v1/jwks, with `kid`, `alg` and `use`. */
  publicJwk: JWK;
  kid: string;
}

// RFC 8410 PKCS#8 wrapping of a raw 32-byte Ed25519 seed: node:crypto imports private keys only in a container.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * A fresh key pair, or, given a seed, the same key pair on every start (tests and a demo whose stored
 * attestations must still verify after a restart). The seed is stretched per system so that no two
 * departments share a key. `kid` is the RFC 7638 thumbprint, so it names the key and nothing else.
 */
export async function createSigningKey(system: string, seed?: string): Promise<SigningKey> {
  const privateKey =
    seed === undefined
      ? generateKeyPairSync('ed25519').privateKey
      : createPrivateKey({
          key: Buffer.concat([
            ED25519_PKCS8_PREFIX,
            createHash('sha256').update(`yimen-department-key-v1\n${system}\n${seed}`).digest(),
          ]),
          format: 'der',
          type: 'pkcs8',
        });
  const { kty, crv, x } = createPublicKey(privateKey).export({ format: 'jwk' });
  const bare = { kty, crv, x } as JWK;
  const kid = await calculateJwkThumbprint(bare);
  return { privateKey, kid, publicJwk: { ...bare, kid, alg: 'EdDSA', use: 'sig' } };
}
