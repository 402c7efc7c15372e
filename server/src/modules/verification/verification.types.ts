import type { JWK } from 'jose';
import type {
  AttestationClaims,
  Official,
  Predicate,
  RelationPredicate,
  Subject,
  SystemId,
} from './protocol.ts';

/** Where a department system answers and which keys it signs with. */
export interface VerifierSystemConfig {
  /** Base URL, e.g. http://127.0.0.1:8181 */
  url: string;
  /**
   * The keys to pin: given outright (production: from the department, including retired keys so that old
   * attestations still verify), or a JWKS URL fetched once (default `${url}/v1/jwks`) and then never again.
   */
  jwks?: JWK[] | string;
  /** The expected `iss`; defaults to the catalogue's issuer for the system. */
  issuer?: string;
}

export interface VerifierOptions {
  systems: Partial<Record<SystemId, VerifierSystemConfig>>;
  /** Per attempt, for the whole answer (default 2000). */
  timeoutMs?: number;
  /** Further attempts after a timeout, a refused connection or a 5xx (default 1). */
  retries?: number;
  /** Pause before attempt n+1 is n × retryDelayMs (default 100). */
  retryDelayMs?: number;
  /** Tolerated clock difference with a department, in seconds (default 60). */
  clockSkewS?: number;
  now?: () => Date;
}

export interface AskInput {
  system: SystemId;
  predicate: Predicate | RelationPredicate;
  subject: Subject;
  /** The second party of a relation predicate. */
  about?: Subject;
  caseRef: string;
  official: Official;
}

/** Why a signed answer was refused. */
export type InvalidReason =
  /** Not a compact JWS with a JSON payload of the expected shape. */
  | 'malformed'
  /** Not signed by a key pinned for that system: unknown kid, no kid, or another algorithm. */
  | 'forged'
  /** Names a pinned key, but the signature does not match the header and payload. */
  | 'tampered'
  /** Genuine but past its `exp` at the time it is judged. */
  | 'expired'
  /** Genuine but the answer to another question: issuer, predicate, case, request hash or subject differ. */
  | 'mismatch';

export type AskOutcome =
  | {
      status: 'answered';
      answer: boolean;
      /** 'no_record' when the department does not know the subject (the answer is then false). */
      noRecord: boolean;
      /** The compact JWS to keep on the case. */
      jws: string;
      claims: AttestationClaims;
      /** base64url SHA-256 of the canonical request: keep it with the JWS to re-check it later. */
      requestHash: string;
      requestedAt: string;
      nonce: string;
      attempts: number;
    }
  | {
      /** The department could not answer now; keep the case and ask again later. */
      status: 'unavailable';
      reason: 'timeout' | 'down' | 'error';
      attempts: number;
      detail: string;
      httpStatus?: number;
    }
  | {
      /** An answer came back but cannot be trusted: never keep it, and treat it as a security event. */
      status: 'invalid';
      reason: InvalidReason;
      attempts: number;
      detail: string;
    };

export interface StoredExpectation {
  system: SystemId;
  predicate: string;
  caseRef: string;
  requestHash: string;
  /** The salted subject hash (protocol.subjectHash) when the caller wants the subject checked too. */
  subjectHash?: string;
  /**
   * When to judge expiry (default now). To show that a kept attestation was valid when the decision was
   * taken, pass the time it was used; judged today, any attestation older than its lifetime is 'expired'.
   */
  at?: Date;
}

export type StoredCheck =
  | { valid: true; claims: AttestationClaims }
  | { valid: false; reason: InvalidReason | 'unverifiable'; detail: string };

export interface Verifier {
  /** Asks one yes/no question; resolves to an outcome and never throws for a department's failure. */
  ask(input: AskInput): Promise<AskOutcome>;
  /** Re-checks a kept attestation against the pinned keys and the question it answered. */
  verifyStoredAttestation(jws: string, expected: StoredExpectation): Promise<StoredCheck>;
  /** The public keys pinned for a system (to publish or store beside the attestations), if any yet. */
  pinnedKeys(system: SystemId): JWK[] | undefined;
}
