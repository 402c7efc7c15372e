import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkAttestation } from './attestation-check.ts';
import { type AttemptFailure, endpoint, postAsk } from './department-client.ts';
import { fetchJwks, importKeySet, type KeySet } from './pinned-keys.ts';
import {
  type AskBody,
  DEPARTMENT_SYSTEMS,
  isRelationPredicate,
  RELATION_PREDICATES,
  requestHash,
  type SystemId,
  subjectHash,
} from './protocol.ts';
import type {
  AskInput,
  AskOutcome,
  StoredCheck,
  StoredExpectation,
  Verifier,
  VerifierOptions,
  VerifierSystemConfig,
} from './verification.types.ts';

/**
 * The platform's side of jump verification. Keys are pinned once per system: given in the configuration, or
 * fetched from the department at start. A department that is down at start does not stop the platform; its
 * keys are fetched at the first question that needs them, and until then its questions are 'unavailable'.
 */
export async function createVerifier(opts: VerifierOptions): Promise<Verifier> {
  const timeoutMs = opts.timeoutMs ?? 2000;
  const retries = opts.retries ?? 1;
  const retryDelayMs = opts.retryDelayMs ?? 100;
  const clockSkewS = opts.clockSkewS ?? 60;
  const now = opts.now ?? (() => new Date());
  const pinned = new Map<SystemId, KeySet>();
  const pending = new Map<SystemId, Promise<KeySet>>();

  const configOf = (system: SystemId): VerifierSystemConfig => {
    const config = opts.systems[system];
    if (!config) throw new Error(`verification: system ${system} is not configured`);
    return config;
  };
  const issuerOf = (system: SystemId) => configOf(system).issuer ?? DEPARTMENT_SYSTEMS[system].issuer;

  /** The pinned keys; concurrent callers share one fetch, and a failed fetch is tried again next time. */
  const keysOf = (system: SystemId): Promise<KeySet> => {
    const ready = pinned.get(system);
    if (ready) return Promise.resolve(ready);
    let p = pending.get(system);
    if (!p) {
      const { url, jwks } = configOf(system);
      p = (
        Array.isArray(jwks) ? Promise.resolve(jwks) : fetchJwks(jwks ?? endpoint(url, '/v1/jwks'), timeoutMs)
      )
        .then((list) => importKeySet(issuerOf(system), list))
        .then((set) => {
          pinned.set(system, set);
          return set;
        })
        .finally(() => pending.delete(system));
      pending.set(system, p);
    }
    return p;
  };

  for (const id of Object.keys(opts.systems)) {
    if (!(id in DEPARTMENT_SYSTEMS))
      throw new Error(`verification: unknown system ${id} in the configuration`);
  }
  // Configured keys are checked now, so a bad key in the configuration fails at start-up, not at the counter.
  const systems = Object.keys(opts.systems) as SystemId[];
  await Promise.all(
    systems.map((s) =>
      Array.isArray(configOf(s).jwks)
        ? keysOf(s)
        : keysOf(s).catch(() => undefined /* fetched again later */),
    ),
  );

  async function ask(input: AskInput): Promise<AskOutcome> {
    assertAnswerable(input);
    const config = configOf(input.system);
    const body: AskBody = {
      predicate: input.predicate,
      subject: { type: input.subject.type, id: input.subject.id },
      ...(input.about ? { about: { type: input.about.type, id: input.about.id } } : {}),
      caseRef: input.caseRef,
      official: { id: input.official.id, name: input.official.name, department: input.official.department },
      requestedAt: now().toISOString(),
      nonce: randomBytes(16).toString('base64url'),
    };
    const hash = requestHash(body);
    for (let attempts = 1; ; attempts++) {
      const sent = await attempt(input.system, config.url, body);
      if (sent.ok) {
        const checked = await checkAttestation(sent.jws, sent.keySet, {
          predicate: body.predicate,
          caseRef: body.caseRef,
          requestHash: hash,
          subjectHash: subjectHash(body.subject, body.nonce),
          at: now(),
          clockSkewS,
        });
        // An answer that fails verification is not retried: it is evidence of a fault or an attack, not noise.
        if (!checked.valid)
          return { status: 'invalid', reason: checked.reason, attempts, detail: checked.detail };
        const { claims } = checked;
        return {
          status: 'answered',
          answer: claims.answer,
          noRecord: claims.reason === 'no_record',
          jws: sent.jws,
          claims,
          requestHash: hash,
          requestedAt: body.requestedAt,
          nonce: body.nonce,
          attempts,
        };
      }
      if (!sent.retryable || attempts > retries) {
        const { reason, detail, httpStatus } = sent;
        return { status: 'unavailable', reason, attempts, detail, ...(httpStatus ? { httpStatus } : {}) };
      }
      // The same body is sent again: it is the same question, and its hash is already bound to the case.
      await sleep(retryDelayMs * attempts);
    }
  }

  /** One attempt: the keys (fetched if not pinned yet), then the question. */
  async function attempt(
    system: SystemId,
    url: string,
    body: AskBody,
  ): Promise<{ ok: true; jws: string; keySet: KeySet } | AttemptFailure> {
    let keySet: KeySet;
    try {
      keySet = await keysOf(system);
    } catch (err) {
      const reason = (err as Error).name === 'TimeoutError' ? 'timeout' : 'down';
      return { ok: false, reason, retryable: true, detail: `keys not pinned: ${(err as Error).message}` };
    }
    const result = await postAsk(url, body, timeoutMs);
    return result.ok ? { ...result, keySet } : result;
  }

  async function verifyStoredAttestation(jws: string, expected: StoredExpectation): Promise<StoredCheck> {
    let keySet: KeySet;
    try {
      keySet = await keysOf(expected.system);
    } catch (err) {
      return {
        valid: false,
        reason: 'unverifiable',
        detail: `no keys for ${expected.system}: ${(err as Error).message}`,
      };
    }
    return checkAttestation(jws, keySet, {
      predicate: expected.predicate,
      caseRef: expected.caseRef,
      requestHash: expected.requestHash,
      ...(expected.subjectHash === undefined ? {} : { subjectHash: expected.subjectHash }),
      at: expected.at ?? now(),
      clockSkewS,
    });
  }

  function assertAnswerable(input: AskInput): void {
    configOf(input.system);
    const meta = DEPARTMENT_SYSTEMS[input.system];
    const relation = isRelationPredicate(input.predicate) ? RELATION_PREDICATES[input.predicate] : null;
    if (relation && (relation.system !== input.system || input.about?.type !== relation.aboutType)) {
      throw new Error(
        `verification: ${input.predicate} is asked of ${relation.system} about a ${relation.aboutType}`,
      );
    }
    if (!relation && !(meta.predicates as readonly string[]).includes(input.predicate)) {
      throw new Error(`verification: ${input.system} does not answer ${input.predicate}`);
    }
    if (input.subject.type !== meta.subjectType) {
      throw new Error(
        `verification: ${input.system} answers about a ${meta.subjectType}, not a ${input.subject.type}`,
      );
    }
  }

  return {
    ask,
    verifyStoredAttestation,
    pinnedKeys: (system) => pinned.get(system)?.jwks,
  };
}
