import { generateKeyPairSync } from 'node:crypto';
import { makeIdNumber } from '@yimen/shared/id-checks';
import { base64url, calculateJwkThumbprint, decodeJwt, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDepartments, startDepartmentSystems } from '../../departments/start-departments.ts';
import { ATTESTATION_TYP, subjectHash } from './protocol.ts';
import type { AskOutcome, StoredExpectation, Verifier } from './verification.types.ts';
import { createVerifier } from './verifier.ts';

const applicant = makeIdNumber('440604', '1950-03-15', 13);

let deps: RunningDepartments;
let verifier: Verifier;
let kept: Extract<AskOutcome, { status: 'answered' }>;
let expected: StoredExpectation;

beforeAll(async () => {
  deps = await startDepartmentSystems({ seed: 'stored-test' });
  verifier = await createVerifier({ systems: deps.verifierSystems() });
  const out = await verifier.ask({
    system: 'household',
    predicate: 'age_over_18',
    subject: { type: 'person', id: applicant },
    caseRef: 'CASE-2026-000100',
    official: { id: 'staff-9', name: '李审批', department: 'asc' },
  });
  if (out.status !== 'answered') throw new Error(`no answer: ${JSON.stringify(out)}`);
  kept = out;
  expected = {
    system: 'household',
    predicate: 'age_over_18',
    caseRef: kept.claims.caseRef,
    requestHash: kept.requestHash,
  };
});
afterAll(() => deps.close());

/** Re-signs claims with a key that is not the department's. */
async function signWithOtherKey(claims: object, kid?: string): Promise<string> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const ownKid = await calculateJwkThumbprint(publicKey.export({ format: 'jwk' }) as JWK);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'EdDSA', typ: ATTESTATION_TYP, kid: kid ?? ownKid })
    .sign(privateKey);
}

describe('re-checking a kept attestation', () => {
  it('is valid against the question it answered, and the subject hash can be checked too', async () => {
    const subject = subjectHash({ type: 'person', id: applicant }, kept.nonce);
    const check = await verifier.verifyStoredAttestation(kept.jws, { ...expected, subjectHash: subject });
    expect(check).toEqual({ valid: true, claims: kept.claims });
  });

  it("detects a tampered payload: 'tampered'", async () => {
    const [header, , signature] = kept.jws.split('.');
    const flipped = { ...decodeJwt(kept.jws), answer: !kept.answer };
    const payload = base64url.encode(JSON.stringify(flipped));
    const check = await verifier.verifyStoredAttestation(`${header}.${payload}.${signature}`, expected);
    expect(check).toMatchObject({ valid: false, reason: 'tampered' });
  });

  it("detects claims re-signed with another key: 'forged'", async () => {
    const forged = await signWithOtherKey(decodeJwt(kept.jws));
    expect(await verifier.verifyStoredAttestation(forged, expected)).toMatchObject({
      valid: false,
      reason: 'forged',
    });
  });

  it("calls a re-signed token that names the department's kid 'tampered': the signature fails under that key", async () => {
    const spoofed = await signWithOtherKey(decodeJwt(kept.jws), deps.get('household').publicJwk.kid);
    expect(await verifier.verifyStoredAttestation(spoofed, expected)).toMatchObject({
      valid: false,
      reason: 'tampered',
    });
  });

  it("refuses an unsigned token (alg none): 'forged'", async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: ATTESTATION_TYP }));
    const payload = base64url.encode(JSON.stringify(decodeJwt(kept.jws)));
    const check = await verifier.verifyStoredAttestation(`${header}.${payload}.`, expected);
    expect(check).toMatchObject({ valid: false, reason: 'forged' });
  });

  it("refuses one department's answer presented as another's: 'forged'", async () => {
    const check = await verifier.verifyStoredAttestation(kept.jws, { ...expected, system: 'marriage' });
    expect(check).toMatchObject({ valid: false, reason: 'forged' });
  });

  it("is 'expired' when judged after its lifetime, and valid when judged at the time it was used", async () => {
    const later = new Date(Date.parse(kept.requestedAt) + 11 * 60_000 + 60_000);
    expect(await verifier.verifyStoredAttestation(kept.jws, { ...expected, at: later })).toMatchObject({
      valid: false,
      reason: 'expired',
    });
    const whenUsed = new Date(kept.requestedAt);
    expect(await verifier.verifyStoredAttestation(kept.jws, { ...expected, at: whenUsed })).toMatchObject({
      valid: true,
    });
  });

  it("binds the answer to the question: another case, predicate, request or subject is a 'mismatch'", async () => {
    const cases: Array<Partial<StoredExpectation>> = [
      { caseRef: 'CASE-2026-000101' },
      { predicate: 'age_over_80' },
      { requestHash: kept.requestHash.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
      {
        subjectHash: subjectHash(
          { type: 'person', id: makeIdNumber('440604', '1950-03-15', 15) },
          kept.nonce,
        ),
      },
    ];
    for (const change of cases) {
      const check = await verifier.verifyStoredAttestation(kept.jws, { ...expected, ...change });
      expect(check, JSON.stringify(change)).toMatchObject({ valid: false, reason: 'mismatch' });
    }
  });

  it("says 'malformed' for something that is not a JWS", async () => {
    expect(await verifier.verifyStoredAttestation('not-a-jws', expected)).toMatchObject({
      reason: 'malformed',
    });
  });

  it("says 'unverifiable' when the department's keys were never pinned and cannot be fetched", async () => {
    const blind = await createVerifier({
      systems: { property: { url: 'http://127.0.0.1:9' } },
      timeoutMs: 200,
    });
    const check = await blind.verifyStoredAttestation(kept.jws, { ...expected, system: 'property' });
    expect(check).toMatchObject({ valid: false, reason: 'unverifiable' });
  });
});
