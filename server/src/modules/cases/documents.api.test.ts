import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommitmentItem,
  buildItem,
  COMPLETE_CHECKLIST,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { dayOf, yearOfDay } from '../calendar/shanghai-time.ts';
import { formatDocumentNo } from '../documents/document-types.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const ready = COMPLETE_CHECKLIST;

async function caseFor(code: string, birth: string) {
  const idNumber = await registerPerson(t, clerk, '文书 居民', birth);
  return (
    await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { itemCode: code, applicant: { kind: 'person', idNumber } },
    })
  ).json().case;
}
const documents = async (id: string) =>
  (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${id}/documents` })).json().items;

describe('documents issued on a case', () => {
  it('issues the result of an instant item as a PDF that anyone can verify by its code', async () => {
    const code = await publishItem(
      t,
      admin,
      buildItem({ name: '出证事项', result: { name: '测试登记证', type: 'certificate' } }),
    );
    const c = await caseFor(code, '1977-04-04');
    await t.request(clerk, { method: 'PATCH', url: `/api/v1/cases/${c.id}/checklist`, payload: ready });
    await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/complete_instant`,
      payload: {},
    });
    const [doc] = await documents(c.id);
    expect(doc).toMatchObject({
      kind: 'certificate',
      verificationCode: expect.stringMatching(/^[0-9A-Z]{16}$/),
    });
    // Numbered in the district's yearly series of its kind, written as formatDocumentNo writes it.
    const serial = Number(doc.documentNo.match(/〕(\d+)号$/)?.[1]);
    expect(doc.documentNo).toBe(formatDocumentNo('禅证字', yearOfDay(dayOf(new Date())), serial));

    const pdf = await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}/documents/${doc.id}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}/documents/${doc.id}` });
    expect(Buffer.compare(pdf.rawPayload, again.rawPayload)).toBe(0);

    const spaced = `${doc.verificationCode.slice(0, 4)}-${doc.verificationCode.slice(4, 8)}-${doc.verificationCode.slice(8).toLowerCase()}`;
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/verify/${spaced}` });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ valid: true, kind: 'certificate', issuer: '禅城区民政局' });
    expect(verified.json().digest).toBe(createHash('sha256').update(pdf.rawPayload).digest('hex'));
    expect(verified.body).not.toContain('文书 居民'); // nothing personal on the public check

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/verify/0000000000000000' })).statusCode).toBe(
      404,
    );
    const garbage = await t.app.inject({ method: 'GET', url: '/api/v1/verify/not*a*code' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.field).toBe('code');
  });

  it('issues an acceptance notice on acceptance and a one-time notice for what is missing', async () => {
    const commitment = await publishItem(t, admin, buildCommitmentItem({ name: '受理通知事项' }));
    const accepted = await caseFor(commitment, '1978-05-05');
    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${accepted.id}/checklist`,
      payload: ready,
    });
    await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${accepted.id}/actions/accept`,
      payload: {},
    });
    expect((await documents(accepted.id)).map((d: { kind: string }) => d.kind)).toEqual([
      'acceptance_notice',
    ]);

    const incomplete = await caseFor(commitment, '1979-06-06');
    await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${incomplete.id}/actions/notify_incomplete`,
      payload: {},
    });
    const [notice] = await documents(incomplete.id);
    expect(notice.kind).toBe('one_time_notice');
    const pdf = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/cases/${incomplete.id}/documents/${notice.id}`,
    });
    expect(pdf.statusCode).toBe(200);

    const gridworker = await t.login('gridworker');
    const refused = await t.request(gridworker, {
      method: 'GET',
      url: `/api/v1/cases/${incomplete.id}/documents/${notice.id}`,
    });
    expect(refused.statusCode).toBe(403);
  });
});
