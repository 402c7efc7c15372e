import { makeCreditCode, makeIdNumber } from '@yimen/shared/id-checks';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AskBody,
  ATTESTATION_TYP,
  DEPARTMENT_SYSTEMS,
  requestHash,
  SYSTEM_IDS,
  subjectHash,
} from '../modules/verification/protocol.ts';
import { type RunningDepartments, startDepartmentSystems } from './start-departments.ts';

const applicant = makeIdNumber('440604', '1950-03-15', 13);

const askBody = (over: Partial<AskBody> = {}): AskBody => ({
  predicate: 'age_over_18',
  subject: { type: 'person', id: applicant },
  caseRef: 'CASE-2026-000001',
  official: { id: 'staff-7', name: '陈窗口', department: 'asc' },
  requestedAt: new Date().toISOString(),
  nonce: 'nonce-0123456789abcdef',
  ...over,
});

const post = (url: string, path: string, body: unknown) =>
  fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

let running: RunningDepartments;
beforeAll(async () => {
  running = await startDepartmentSystems({ seed: 'department-server-test', allowFaults: true });
});
afterAll(() => running.close());

describe('department systems over HTTP', () => {
  it('starts five separate servers, each with its own key', async () => {
    const urls = SYSTEM_IDS.map((id) => running.get(id).url);
    expect(new Set(urls).size).toBe(5);
    const kids = SYSTEM_IDS.map((id) => running.get(id).publicJwk.kid);
    expect(new Set(kids).size).toBe(5);
    for (const id of SYSTEM_IDS) {
      const s = running.get(id);
      expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ status: 'ok', system: s.issuer });
      const jwks = (await (await fetch(`${s.url}/v1/jwks`)).json()) as {
        keys: Array<Record<string, unknown>>;
      };
      expect(jwks.keys).toEqual([s.publicJwk]);
      expect(jwks.keys[0]).not.toHaveProperty('d');
    }
  });

  it('derives the same keys from the same seed', async () => {
    const again = await startDepartmentSystems({ seed: 'department-server-test', only: ['marriage'] });
    try {
      expect(again.get('marriage').publicJwk).toEqual(running.get('marriage').publicJwk);
    } finally {
      await again.close();
    }
  });

  it('answers with the signed attestation and nothing else: no record, no ID number', async () => {
    const body = askBody();
    const res = await post(running.get('household').url, '/v1/ask', body);
    expect(res.status).toBe(200);
    const text = await res.text();
    const json = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(json)).toEqual(['attestation']);
    expect(json.attestation).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(text).not.toContain(applicant);
    expect(text).not.toContain('1950');

    const header = decodeProtectedHeader(json.attestation!);
    expect(header).toEqual({
      alg: 'EdDSA',
      kid: running.get('household').publicJwk.kid,
      typ: ATTESTATION_TYP,
    });
    const claims = decodeJwt(json.attestation!);
    expect(claims).toMatchObject({
      iss: 'household.psb.440604',
      sub: subjectHash(body.subject, body.nonce),
      subjectType: 'person',
      predicate: 'age_over_18',
      answer: true,
      caseRef: body.caseRef,
      official: { id: 'staff-7', name: '陈窗口' },
      req: requestHash(body),
    });
    expect(claims.exp! - claims.iat!).toBe(600);
    expect(JSON.stringify(claims)).not.toContain(applicant);
  });

  it('answers an enterprise question in the business register', async () => {
    const code = makeCreditCode('91', '440604', 'MA00000A');
    const body = askBody({ predicate: 'business_registered', subject: { type: 'enterprise', id: code } });
    const res = await post(running.get('business').url, '/v1/ask', body);
    expect(decodeJwt(((await res.json()) as { attestation: string }).attestation)).toMatchObject({
      iss: DEPARTMENT_SYSTEMS.business.issuer,
      answer: true,
    });
  });

  it('refuses a predicate it does not answer, a malformed subject and unknown fields with 400', async () => {
    const url = running.get('household').url;
    const wrong = await post(url, '/v1/ask', askBody({ predicate: 'married' }));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('unknown_predicate');
    const bad = await post(
      url,
      '/v1/ask',
      askBody({ subject: { type: 'person', id: '440604195003150000' } }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_subject');
    const extra = await post(url, '/v1/ask', { ...askBody(), note: 'x' });
    expect(extra.status).toBe(400);
  });

  it('switches faults on and off through the admin endpoint', async () => {
    const s = running.get('property');
    expect((await post(s.url, '/v1/admin/faults', { down: true })).status).toBe(200);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(503);
    const asked = await post(s.url, '/v1/ask', askBody({ predicate: 'owns_property_in_district' }));
    expect(asked.status).toBe(503);
    await post(s.url, '/v1/admin/faults', { down: false, failRate: 1 });
    expect((await post(s.url, '/v1/ask', askBody({ predicate: 'owns_property_in_district' }))).status).toBe(
      500,
    );
    await post(s.url, '/v1/admin/faults', { failRate: 0 });
    expect((await post(s.url, '/v1/ask', askBody({ predicate: 'owns_property_in_district' }))).status).toBe(
      200,
    );
    expect((await post(s.url, '/v1/admin/faults', { failRate: 2 })).status).toBe(400);
  });

  it('has no fault switch unless started with allowFaults', async () => {
    const plain = await startDepartmentSystems({ only: ['marriage'] });
    try {
      expect((await post(plain.get('marriage').url, '/v1/admin/faults', { down: true })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
