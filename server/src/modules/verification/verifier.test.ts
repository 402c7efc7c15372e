import { makeCreditCode, makeIdNumber } from '@yimen/shared/id-checks';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDepartments, startDepartmentSystems } from '../../departments/start-departments.ts';
import type { Predicate, SystemId } from './protocol.ts';
import type { AskInput } from './verification.types.ts';
import { createVerifier } from './verifier.ts';

const born1950 = makeIdNumber('440604', '1950-03-15', 13);
const newlywed = makeIdNumber('440604', '1996-08-08', 24);
const company = makeCreditCode('91', '440604', 'MA0000B1');

const question = (system: SystemId, predicate: Predicate, over: Partial<AskInput> = {}): AskInput => ({
  system,
  predicate,
  subject: system === 'business' ? { type: 'enterprise', id: company } : { type: 'person', id: born1950 },
  caseRef: 'CASE-2026-000042',
  official: { id: 'staff-7', name: '陈窗口', department: 'asc' },
  ...over,
});

let deps: RunningDepartments;
beforeAll(async () => {
  deps = await startDepartmentSystems({
    seed: 'verifier-test',
    overrides: { marriage: { [newlywed]: { married: true } } },
  });
});
afterAll(() => deps.close());

describe('asking department systems', () => {
  it('gets a verified, signed answer to every predicate of every system', async () => {
    const verifier = await createVerifier({ systems: deps.verifierSystems() });
    const all: Array<[SystemId, Predicate]> = [
      ['household', 'age_over_18'],
      ['household', 'age_over_80'],
      ['household', 'household_registered_in_district'],
      ['marriage', 'married'],
      ['marriage', 'unmarried'],
      ['social_insurance', 'insured'],
      ['social_insurance', 'receiving_unemployment_benefit'],
      ['business', 'business_active'],
      ['business', 'business_registered'],
      ['property', 'owns_property_in_district'],
    ];
    for (const [system, predicate] of all) {
      const out = await verifier.ask(question(system, predicate));
      expect(out.status, `${system} ${predicate}`).toBe('answered');
      if (out.status !== 'answered') continue;
      expect(out.claims.iss).toBe(deps.get(system).issuer);
      expect(out.claims.predicate).toBe(predicate);
      expect(typeof out.answer).toBe('boolean');
      expect(out.attempts).toBe(1);
    }
  });

  it('learns the keys from each department at start when none are configured', async () => {
    const systems = Object.fromEntries(
      Object.entries(deps.verifierSystems()).map(([k, v]) => [k, { url: v.url }]),
    );
    const verifier = await createVerifier({ systems });
    const published = deps.get('household').publicJwk;
    expect(verifier.pinnedKeys('household')).toEqual([
      { kty: 'OKP', crv: 'Ed25519', x: published.x, kid: published.kid },
    ]);
    const out = await verifier.ask(question('household', 'household_registered_in_district'));
    expect(out).toMatchObject({ status: 'answered', answer: true });
  });

  it('finds a person born in 1950 over 18 today, and over 80 once the calendar reaches 2031', async () => {
    const verifier = await createVerifier({ systems: deps.verifierSystems() });
    expect(await verifier.ask(question('household', 'age_over_18'))).toMatchObject({ answer: true });
    expect(await verifier.ask(question('household', 'age_over_80'))).toMatchObject({ answer: false });

    const in2031 = () => new Date('2031-06-01T02:00:00Z');
    const later = await startDepartmentSystems({ seed: 'verifier-test', only: ['household'], now: in2031 });
    try {
      const v2031 = await createVerifier({ systems: later.verifierSystems(), now: in2031 });
      expect(await v2031.ask(question('household', 'age_over_80'))).toMatchObject({
        status: 'answered',
        answer: true,
      });
    } finally {
      await later.close();
    }
  });

  it('follows the override table: a chosen person is married', async () => {
    const verifier = await createVerifier({ systems: deps.verifierSystems() });
    const wed = { subject: { type: 'person' as const, id: newlywed } };
    expect(await verifier.ask(question('marriage', 'married', wed))).toMatchObject({ answer: true });
    expect(await verifier.ask(question('marriage', 'unmarried', wed))).toMatchObject({ answer: false });
  });

  it('says no_record for an enterprise the district register does not hold', async () => {
    const verifier = await createVerifier({ systems: deps.verifierSystems() });
    const other = {
      subject: { type: 'enterprise' as const, id: makeCreditCode('91', '440101', 'MA0000C2') },
    };
    const out = await verifier.ask(question('business', 'business_registered', other));
    expect(out).toMatchObject({ status: 'answered', answer: false, noRecord: true });
  });

  it('throws for a question no system answers: that is a wiring mistake, not a department failure', async () => {
    const verifier = await createVerifier({ systems: deps.verifierSystems() });
    await expect(verifier.ask(question('household', 'married'))).rejects.toThrow(/does not answer/);
  });
});

describe('when a department is slow, flaky or down', () => {
  it('reports a timeout after the retries, well before the slow answer would come', async () => {
    const slow = await startDepartmentSystems({
      only: ['household'],
      faults: { household: { latencyMs: 1500 } },
    });
    try {
      const verifier = await createVerifier({ systems: slow.verifierSystems(), timeoutMs: 150, retries: 1 });
      const t0 = Date.now();
      const out = await verifier.ask(question('household', 'age_over_18'));
      const elapsed = Date.now() - t0;
      expect(out).toMatchObject({ status: 'unavailable', reason: 'timeout', attempts: 2 });
      expect(elapsed).toBeGreaterThanOrEqual(300);
      expect(elapsed).toBeLessThan(1200);
    } finally {
      await slow.close();
    }
  });

  it("reports 'down' for a system in maintenance (503) and for one that is not listening", async () => {
    const sys = await startDepartmentSystems({ only: ['property'], allowFaults: true });
    const verifier = await createVerifier({
      systems: sys.verifierSystems(),
      timeoutMs: 500,
      retryDelayMs: 10,
    });
    sys.get('property').setFaults({ down: true });
    expect(await verifier.ask(question('property', 'owns_property_in_district'))).toMatchObject({
      status: 'unavailable',
      reason: 'down',
      attempts: 2,
      httpStatus: 503,
    });
    await sys.close();
    expect(await verifier.ask(question('property', 'owns_property_in_district'))).toMatchObject({
      status: 'unavailable',
      reason: 'down',
      attempts: 2,
    });
  });

  it('starts even when a department is down, and pins its keys once it is back', async () => {
    const port = await freePortNumber();
    const verifier = await createVerifier({
      systems: { marriage: { url: `http://127.0.0.1:${port}` } },
      timeoutMs: 300,
      retries: 0,
    });
    expect(await verifier.ask(question('marriage', 'married'))).toMatchObject({
      status: 'unavailable',
      reason: 'down',
    });
    // Systems take basePort + their index in SYSTEM_IDS; marriage is the second.
    const back = await startDepartmentSystems({ only: ['marriage'], basePort: port - 1 });
    try {
      expect(await verifier.ask(question('marriage', 'married'))).toMatchObject({ status: 'answered' });
      expect(verifier.pinnedKeys('marriage')?.[0]?.x).toBe(back.get('marriage').publicJwk.x);
    } finally {
      await back.close();
    }
  });

  it("reports 'error' for a department answering 500, after retrying", async () => {
    const flaky = await startDepartmentSystems({ only: ['business'], faults: { business: { failRate: 1 } } });
    try {
      const verifier = await createVerifier({
        systems: flaky.verifierSystems(),
        retries: 2,
        retryDelayMs: 5,
      });
      expect(await verifier.ask(question('business', 'business_active'))).toMatchObject({
        status: 'unavailable',
        reason: 'error',
        attempts: 3,
        httpStatus: 500,
      });
    } finally {
      await flaky.close();
    }
  });
});

describe('answers that must not be kept', () => {
  it('refuses a replayed answer to another question (the request hash binds it)', async () => {
    const genuine = await createVerifier({ systems: deps.verifierSystems() });
    const first = await genuine.ask(question('household', 'age_over_18'));
    if (first.status !== 'answered') throw new Error('no first answer');
    // A man in the middle answers every later question with the genuine attestation captured above.
    const replay = await fakeDepartment({ attestation: first.jws });
    try {
      const household = { url: replay.url, jwks: [deps.get('household').publicJwk] };
      const verifier = await createVerifier({ systems: { household } });
      const out = await verifier.ask(question('household', 'age_over_18', { caseRef: 'CASE-2026-000043' }));
      expect(out).toMatchObject({ status: 'invalid', reason: 'mismatch', attempts: 1 });
    } finally {
      await replay.close();
    }
  });

  it('refuses an answer that carries more than the attestation', async () => {
    const leaky = await fakeDepartment({ attestation: 'a.b.c', record: { birthDate: '1950-03-15' } });
    try {
      const household = { url: leaky.url, jwks: [deps.get('household').publicJwk] };
      const verifier = await createVerifier({ systems: { household } });
      expect(await verifier.ask(question('household', 'age_over_18'))).toMatchObject({
        status: 'unavailable',
        reason: 'error',
        attempts: 1,
      });
    } finally {
      await leaky.close();
    }
  });

  it("reports 'invalid' for a department whose key is not the pinned one", async () => {
    const impostor = await startDepartmentSystems({ only: ['household'], seed: 'impostor' });
    try {
      const household = { url: impostor.get('household').url, jwks: [deps.get('household').publicJwk] };
      const verifier = await createVerifier({ systems: { household } });
      expect(await verifier.ask(question('household', 'age_over_18'))).toMatchObject({
        status: 'invalid',
        reason: 'forged',
      });
    } finally {
      await impostor.close();
    }
  });

  it("reports 'expired' for an answer already past its exp (a department clock far behind)", async () => {
    const behind = await startDepartmentSystems({
      only: ['household'],
      now: () => new Date(Date.now() - 3600_000),
    });
    try {
      const verifier = await createVerifier({ systems: behind.verifierSystems() });
      expect(await verifier.ask(question('household', 'age_over_18'))).toMatchObject({
        status: 'invalid',
        reason: 'expired',
      });
    } finally {
      await behind.close();
    }
  });
});

/** A stand-in department that answers every question with a fixed body. */
async function fakeDepartment(body: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify();
  app.post('/v1/ask', async () => body);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

async function freePortNumber(): Promise<number> {
  const app = Fastify();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  await app.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}
