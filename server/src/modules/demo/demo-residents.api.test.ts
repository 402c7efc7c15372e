import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { DEMO_CITIZEN_PHONE } from './demo-accounts.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('the demo citizen', () => {
  it('is in the population register and can apply online with the ID number the demo outbox tells them', async () => {
    const outbox = await t.app.inject({
      method: 'GET',
      url: `/api/v1/demo/outbox?phone=${DEMO_CITIZEN_PHONE}`,
    });
    const note = outbox.json().messages.find((m: { kind: string }) => m.kind === 'demo_identity') as
      | { body: string }
      | undefined;
    const idNumber = note?.body.match(/\d{17}[\dX]/)?.[0];
    expect(idNumber).toBeDefined();

    const citizen = await t.loginCitizen(DEMO_CITIZEN_PHONE);
    const res = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': 'demo-resident-apply-1' },
      payload: {
        itemCode: await itemCode(citizen, '流动人口居住登记'),
        applicant: { kind: 'person', idNumber },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().case.state).toBe('prereview');
  });
});

async function itemCode(session: Session, q: string): Promise<string> {
  const found = await t.request(session, { method: 'GET', url: `/api/v1/items?q=${encodeURIComponent(q)}` });
  return found.json().items[0].code;
}
