import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyOnline,
  buildCommitmentItem,
  buildItem,
  COMPLETE_CHECKLIST,
  publishItem,
  registerCitizen,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { isEmsTrackingNumber, s10CheckDigit } from '../documents/pickup-code.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let pickupOrMail: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  pickupOrMail = await publishItem(
    t,
    admin,
    buildItem({ name: '送达方式事项', deliveryMethods: ['pickup', 'mail'] }),
  );
});
afterAll(async () => t?.close());

async function windowCase(code: string, birth: string) {
  const idNumber = await registerPerson(t, clerk, '送达 居民', birth);
  return (
    await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { itemCode: code, applicant: { kind: 'person', idNumber } },
    })
  ).json().case;
}
const choose = (s: Session, id: string, payload: object) =>
  t.request(s, { method: 'PUT', url: `/api/v1/cases/${id}/delivery`, payload });
async function complete(id: string) {
  await t.request(clerk, {
    method: 'PATCH',
    url: `/api/v1/cases/${id}/checklist`,
    payload: COMPLETE_CHECKLIST,
  });
  const done = await t.request(clerk, {
    method: 'POST',
    url: `/api/v1/cases/${id}/actions/complete_instant`,
    payload: {},
  });
  expect(done.statusCode).toBe(200);
  return done.json().case;
}
async function documentData(caseId: string, kind: string) {
  const r = await t.db.query<{ data: Record<string, unknown> }>(
    'SELECT data FROM case_documents WHERE case_id = $1 AND kind = $2',
    [caseId, kind],
  );
  return r.rows[0]!.data;
}

const MAIL = {
  method: 'mail',
  recipient: '陈小梅',
  phone: '13812345521',
  address: '佛山市禅城区祖庙街道福贤路 23 号',
};

describe('delivery of the result (送达方式)', () => {
  it('checks the choice: mail needs an address, the method must be one the item offers', async () => {
    const c = await windowCase(pickupOrMail, '1981-01-11');
    const noAddress = await choose(clerk, c.id, { ...MAIL, address: undefined });
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.json().error.field).toBe('address');
    const noPhone = await choose(clerk, c.id, {
      method: 'mail',
      recipient: '陈小梅',
      address: '福贤路 23 号',
    });
    expect(noPhone.json().error.field).toBe('phone');
    const badPhone = await choose(clerk, c.id, { ...MAIL, phone: '12345' });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.field).toBe('phone');
    const online = await choose(clerk, c.id, { method: 'online' });
    expect(online.statusCode).toBe(422);
    expect(online.json().error).toMatchObject({ code: 'unprocessable', field: 'method' });
    const unknown = await choose(clerk, c.id, { method: 'drone' });
    expect(unknown.statusCode).toBe(400);
  });

  it('mails the result with an EMS number whose check digit holds, and keeps the phone encrypted', async () => {
    const c = await windowCase(pickupOrMail, '1982-02-12');
    expect(c.delivery).toMatchObject({ method: 'pickup', chosen: false });
    const chosen = await choose(clerk, c.id, MAIL);
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().case.delivery).toEqual({
      method: 'mail',
      chosen: true,
      recipient: '陈小梅',
      phoneMasked: '138****5521',
      address: '佛山市禅城区祖庙街道福贤路 23 号',
    });
    expect(chosen.body).not.toContain('13812345521');
    const stored = await t.db.query<{ delivery: string }>('SELECT delivery::text FROM cases WHERE id = $1', [
      c.id,
    ]);
    expect(stored.rows[0]!.delivery).not.toContain('13812345521');
    expect(chosen.json().case.timeline.at(-1)).toMatchObject({
      action: 'choose_delivery',
      details: { method: 'mail' },
    });

    const done = await complete(c.id);
    const trackingNo: string = done.delivery.trackingNo;
    expect(trackingNo).toMatch(/^E[A-Z]\d{9}CN$/);
    expect(Number(trackingNo[10])).toBe(s10CheckDigit(trackingNo.slice(2, 10)));
    expect(isEmsTrackingNumber(trackingNo)).toBe(true);
    expect(done.delivery.pickupCode).toBeUndefined();
    expect(await documentData(c.id, 'certificate')).toMatchObject({
      delivery: { method: 'mail', trackingNo },
    });

    const closed = await choose(clerk, c.id, { method: 'pickup' });
    expect(closed.statusCode).toBe(409);
  });

  it('gives a pickup code by default, printed on the acceptance notice and kept for the result', async () => {
    const c = await windowCase(pickupOrMail, '1983-03-13');
    const done = await complete(c.id);
    expect(done.delivery).toMatchObject({
      method: 'pickup',
      chosen: false,
      pickupCode: expect.stringMatching(/^\d{6}$/),
    });
    expect(await documentData(c.id, 'certificate')).toMatchObject({
      delivery: { method: 'pickup', pickupCode: done.delivery.pickupCode },
    });

    const commitment = await publishItem(t, admin, buildCommitmentItem({ name: '受理送达事项' }));
    const accepted = await windowCase(commitment, '1984-04-14');
    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${accepted.id}/checklist`,
      payload: COMPLETE_CHECKLIST,
    });
    const after = (
      await t.request(clerk, {
        method: 'POST',
        url: `/api/v1/cases/${accepted.id}/actions/accept`,
        payload: {},
      })
    ).json().case;
    expect(after.delivery.pickupCode).toMatch(/^\d{6}$/);
    expect(await documentData(accepted.id, 'acceptance_notice')).toMatchObject({
      delivery: { method: 'pickup', pickupCode: after.delivery.pickupCode },
    });
  });

  it('lets the applicant choose on their own online case only', async () => {
    const phone = '13722223333';
    const { idNumber, session: me } = await registerCitizen(t, clerk, '网办 送达', phone, '1985-05-15');
    const c = await applyOnline(t, me, pickupOrMail, idNumber);
    const mine = await choose(me, c.id, MAIL);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().case.delivery.method).toBe('mail');
    const stranger = await t.loginCitizen('13766667777');
    expect((await choose(stranger, c.id, { method: 'pickup' })).statusCode).toBe(403);
    const windowOne = await windowCase(pickupOrMail, '1986-06-16');
    expect((await choose(me, windowOne.id, { method: 'pickup' })).statusCode).toBe(403);
  });
});
