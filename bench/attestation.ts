// Jump verification (跳转核验) costs, each beside a baseline measured in the same run:
//  1. questions per second through HTTP — verifier.ask(): canonical hash, POST /v1/ask, schema check, the
//     department's Ed25519 signature, and our verification — against a bare HTTP round trip (GET /healthz on
//     the same department process: same HTTP stack, no body, no signing). The departments run in their own
//     process, as they would in production; 16 questions are in flight at a time.
//  2. verifications per second of a kept attestation (checkAttestation: header, pinned key, signature,
//     claims) against a bare Ed25519 verify of the same bytes with node:crypto.
// Rounds alternate so machine noise hits both alike; medians are reported.
import { createPublicKey, verify, type webcrypto } from 'node:crypto';
import { makeIdNumber } from '@yimen/shared/id-checks';
import type { JWK } from 'jose';
import { checkAttestation } from '../server/src/modules/verification/attestation-check.ts';
import { importKeySet } from '../server/src/modules/verification/pinned-keys.ts';
import { DEPARTMENT_SYSTEMS } from '../server/src/modules/verification/protocol.ts';
import type { AskInput } from '../server/src/modules/verification/verification.types.ts';
import { createVerifier } from '../server/src/modules/verification/verifier.ts';
import { freePort, median, startChild, table } from './lib.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const IN_FLIGHT = 16;
const VERIFY_N = Number(process.env.BENCH_VERIFY_N ?? 20_000);

/** Runs `op` with IN_FLIGHT workers for SECONDS and returns completed operations per second. */
async function throughput(op: () => Promise<void>): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      await op();
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return done / ((performance.now() - t0) / 1000);
}

const port = await freePort();
const departments = await startChild('server/src/departments/main.ts', {
  DEPARTMENTS_PORT: String(port),
  PORT: String(port), // household is first: startChild waits for its /healthz
});
const url = departments.url;
const verifier = await createVerifier({ systems: { household: { url } } });
const question: AskInput = {
  system: 'household',
  predicate: 'age_over_18',
  subject: { type: 'person', id: makeIdNumber('440604', '1950-03-15', 13) },
  caseRef: 'BENCH-0001',
  official: { id: 'bench', name: '压测', department: 'asc' },
};
const ask = async () => {
  const out = await verifier.ask(question);
  if (out.status !== 'answered') throw new Error(`ask failed: ${JSON.stringify(out)}`);
};
const bare = async () => {
  const res = await fetch(`${url}/healthz`);
  if (!res.ok) throw new Error(`healthz ${res.status}`);
  await res.arrayBuffer();
};

const asks: number[] = [];
const trips: number[] = [];
let kept: { jws: string; requestHash: string; requestedAt: string };
try {
  await throughput(ask); // warm-up of both sides' JIT and connection pool
  await throughput(bare);
  for (let i = 0; i < ROUNDS; i++) {
    trips.push(await throughput(bare));
    asks.push(await throughput(ask));
  }
  const out = await verifier.ask(question);
  if (out.status !== 'answered') throw new Error('no attestation to verify');
  kept = out;
} finally {
  await departments.stop();
}

// Verification only, on one kept attestation.
const jwks = verifier.pinnedKeys('household') as JWK[];
const keySet = await importKeySet(DEPARTMENT_SYSTEMS.household.issuer, jwks);
const expected = {
  predicate: question.predicate,
  caseRef: question.caseRef,
  requestHash: kept.requestHash,
  at: new Date(kept.requestedAt),
  clockSkewS: 60,
};
const [h, p, s] = kept.jws.split('.') as [string, string, string];
const signingInput = Buffer.from(`${h}.${p}`);
const signature = Buffer.from(s, 'base64url');
const jwk: webcrypto.JsonWebKey = { kty: 'OKP', crv: 'Ed25519', x: jwks[0]!.x! };
const publicKey = createPublicKey({ key: jwk, format: 'jwk' });

async function perSecondChecks(): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < VERIFY_N; i++) {
    const r = await checkAttestation(kept.jws, keySet, expected);
    if (!r.valid) throw new Error(r.reason);
  }
  return VERIFY_N / ((performance.now() - t0) / 1000);
}
function perSecondBare(): number {
  const t0 = performance.now();
  for (let i = 0; i < VERIFY_N; i++) {
    if (!verify(null, signingInput, publicKey, signature)) throw new Error('bare verify failed');
  }
  return VERIFY_N / ((performance.now() - t0) / 1000);
}
await perSecondChecks();
perSecondBare();
const checks: number[] = [];
const bares: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  bares.push(perSecondBare());
  checks.push(await perSecondChecks());
}

const a = median(asks);
const t = median(trips);
const c = median(checks);
const b = median(bares);
console.log(`\nJump verification, ${ROUNDS} rounds, ${IN_FLIGHT} in flight × ${SECONDS}s (medians)`);
table([
  { measure: 'bare HTTP round trip, GET /healthz (baseline)', 'per s': Math.round(t), ratio: '1.00' },
  { measure: 'verifier.ask: sign + HTTP + verify', 'per s': Math.round(a), ratio: (a / t).toFixed(2) },
  { measure: 'bare Ed25519 verify, node:crypto (baseline)', 'per s': Math.round(b), ratio: '1.00' },
  { measure: 'checkAttestation: kept JWS re-checked', 'per s': Math.round(c), ratio: (c / b).toFixed(2) },
]);
