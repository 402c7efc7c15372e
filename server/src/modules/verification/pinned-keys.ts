import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';

/** The verification keys of one department system, by kid, imported once. */
export interface KeySet {
  issuer: string;
  keys: Map<string, CryptoKey>;
  jwks: JWK[];
}

/**
 * Imports Ed25519 public keys. A key without a kid is named by its RFC 7638 thumbprint, which is what the
 * simulators use; anything but an OKP Ed25519 public key is refused, so a department cannot downgrade us.
 */
export async function importKeySet(issuer: string, jwks: JWK[]): Promise<KeySet> {
  const keys = new Map<string, CryptoKey>();
  const kept: JWK[] = [];
  for (const jwk of jwks) {
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
      throw new Error(`${issuer}: only Ed25519 (OKP) keys are accepted`);
    }
    if (jwk.d !== undefined) throw new Error(`${issuer}: a private key was offered as a verification key`);
    const publicJwk: JWK = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
    const kid = jwk.kid ?? (await calculateJwkThumbprint(publicJwk));
    keys.set(kid, (await importJWK(publicJwk, 'EdDSA')) as CryptoKey);
    kept.push({ ...publicJwk, kid });
  }
  if (keys.size === 0) throw new Error(`${issuer}: no verification key`);
  return { issuer, keys, jwks: kept };
}

/** Fetches a JWK set (`{keys: [...]}`) within the timeout; throws with the URL on any failure. */
export async function fetchJwks(url: string, timeoutMs: number): Promise<JWK[]> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const body = (await res.json()) as { keys?: unknown };
  if (!Array.isArray(body.keys)) throw new Error(`${url} did not return a JWK set`);
  return body.keys as JWK[];
}
