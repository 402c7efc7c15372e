import { compactVerify, decodeProtectedHeader, errors } from 'jose';
import type { KeySet } from './pinned-keys.ts';
import { ATTESTATION_TYP, type AttestationClaims } from './protocol.ts';
import type { InvalidReason } from './verification.types.ts';

export interface Expectation {
  predicate: string;
  caseRef: string;
  requestHash: string;
  subjectHash?: string;
  /** The instant at which expiry is judged. */
  at: Date;
  clockSkewS: number;
}

export type CheckResult =
  | { valid: true; claims: AttestationClaims }
  | { valid: false; reason: InvalidReason; detail: string };

const refuse = (reason: InvalidReason, detail: string): CheckResult => ({ valid: false, reason, detail });

/**
 * Checks one attestation in an order that makes the reason meaningful: first that a pinned key signed these
 * exact bytes (forged / tampered), then what the signed claims say (malformed / mismatch / expired). Nothing
 * in an unverified payload is looked at, except the header's kid and alg, which pick the key.
 */
export async function checkAttestation(
  jws: string,
  keySet: KeySet,
  expected: Expectation,
): Promise<CheckResult> {
  if (typeof jws !== 'string' || jws.split('.').length !== 3) return refuse('malformed', 'not a compact JWS');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    return refuse('malformed', 'the protected header is not base64url JSON');
  }
  if (header.alg !== 'EdDSA' && header.alg !== 'Ed25519') {
    return refuse('forged', `algorithm ${String(header.alg)} is not accepted`);
  }
  const key = typeof header.kid === 'string' ? keySet.keys.get(header.kid) : undefined;
  if (!key) return refuse('forged', `no key ${String(header.kid)} is pinned for ${keySet.issuer}`);
  let payload: Uint8Array;
  try {
    payload = (await compactVerify(jws, key, { algorithms: ['EdDSA', 'Ed25519'] })).payload;
  } catch (err) {
    if (err instanceof errors.JWSSignatureVerificationFailed) {
      return refuse('tampered', `the signature does not match under key ${header.kid}`);
    }
    return refuse('malformed', (err as Error).message);
  }
  if (header.typ !== ATTESTATION_TYP)
    return refuse('mismatch', `typ ${String(header.typ)} is not an attestation`);
  const claims = parseClaims(payload);
  if (!claims) return refuse('malformed', 'the payload is not an attestation claim set');
  return checkClaims(claims, keySet.issuer, expected);
}

function checkClaims(claims: AttestationClaims, issuer: string, expected: Expectation): CheckResult {
  if (claims.iss !== issuer) return refuse('mismatch', `issued by ${claims.iss}, expected ${issuer}`);
  if (claims.predicate !== expected.predicate) {
    return refuse('mismatch', `answers ${claims.predicate}, expected ${expected.predicate}`);
  }
  if (claims.caseRef !== expected.caseRef) return refuse('mismatch', 'issued for another case');
  if (claims.req !== expected.requestHash) return refuse('mismatch', 'answers another request (req differs)');
  if (expected.subjectHash !== undefined && claims.sub !== expected.subjectHash) {
    return refuse('mismatch', 'issued about another subject');
  }
  const at = Math.floor(expected.at.getTime() / 1000);
  if (claims.iat > at + expected.clockSkewS)
    return refuse('mismatch', 'issued after the time it is judged at');
  if (at > claims.exp + expected.clockSkewS) {
    return refuse('expired', `expired at ${new Date(claims.exp * 1000).toISOString()}`);
  }
  return { valid: true, claims };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isSeconds = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** The signed payload as claims, or undefined when any field has the wrong shape. */
function parseClaims(payload: Uint8Array): AttestationClaims | undefined {
  let c: Record<string, unknown>;
  try {
    c = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return undefined;
  }
  if (typeof c !== 'object' || c === null) return undefined;
  const official = c.official as Record<string, unknown> | undefined;
  const ok =
    isText(c.iss) &&
    isText(c.sub) &&
    (c.subjectType === 'person' || c.subjectType === 'enterprise') &&
    isText(c.predicate) &&
    typeof c.answer === 'boolean' &&
    (c.reason === undefined || (c.reason === 'no_record' && c.answer === false)) &&
    isText(c.caseRef) &&
    typeof official === 'object' &&
    official !== null &&
    isText(official.id) &&
    isText(official.name) &&
    isSeconds(c.iat) &&
    isSeconds(c.exp) &&
    isText(c.jti) &&
    isText(c.req);
  return ok ? (c as unknown as AttestationClaims) : undefined;
}
