import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyOnline,
  buildCommitmentItem,
  COMPLETE_CHECKLIST,
  createApprover,
  openWindowCase,
  publishItem,
  registerCitizen,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { hasPdftotext, PDFTOTEXT_MISSING, pdfText, squeeze } from '../documents/pdf-inspect.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let code: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  code = await publishItem(t, admin, buildCommitmentItem({ name: '补正通知事项' }));
});
afterAll(async () => t?.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.request(s, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });
const documents = async (s: Session, id: string) =>
  (await t.request(s, { method: 'GET', url: `/api/v1/cases/${id}/documents` })).json().items as Array<{
    id: string;
    kind: string;
  }>;

/** The PDF's text without whitespace; skipped locally without pdftotext, a failure on CI. */
function textOf(pdf: Buffer, skip: (note?: string) => never): string {
  if (!hasPdftotext()) {
    if (process.env.CI === 'true') throw new Error(PDFTOTEXT_MISSING);
    skip(PDFTOTEXT_MISSING);
  }
  return squeeze(pdfText(pdf));
}

describe('correction notices (补正通知书)', () => {
  it('are issued on pre-review with the reasons and every material marked missing or defective', async ({
    skip,
  }) => {
    const phone = '13744445555';
    const { idNumber, session: me } = await registerCitizen(t, clerk, '补正 居民', phone, '1987-07-17');
    const c = await applyOnline(t, me, code, idNumber);
    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}/checklist`,
      payload: {
        materials: [
          { id: 'form', status: 'defective', note: '申请表缺少本人签名' },
          { id: 'id_card', status: 'missing' },
        ],
      },
    });
    const res = await act(clerk, c.id, 'request_correction', { reasons: ['请上传清晰的身份证正反面照片'] });
    expect(res.json().case.state).toBe('correction');

    const [notice] = await documents(me, c.id);
    expect(notice!.kind).toBe('correction_notice');
    const pdf = await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}/documents/${notice!.id}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const text = textOf(pdf.rawPayload, skip);
    expect(text).toContain('补正通知书');
    expect(text).toContain('请上传清晰的身份证正反面照片');
    expect(text).toContain('申请表缺少本人签名');
    expect(text).toContain('居民身份证');
    expect(text).toContain('补正期限');
    expect(text).toContain(c.caseNo);
  });

  it('are issued when a department returns a case, with its reasons', async ({ skip }) => {
    const idNumber = await registerPerson(t, clerk, '退回 居民', '1972-12-12');
    const c = await openWindowCase(t, clerk, code, idNumber);
    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}/checklist`,
      payload: COMPLETE_CHECKLIST,
    });
    await act(clerk, c.id, 'accept');
    const civil = await createApprover(t, admin, 'correction.cab', 'cab');
    const returned = await act(civil, c.id, 'node_return', {
      nodeId: 'civil',
      reasons: ['家庭成员信息与户籍登记不一致'],
    });
    expect(returned.json().case.state).toBe('correction');

    const docs = await documents(clerk, c.id);
    expect(docs.map((d) => d.kind)).toEqual(['acceptance_notice', 'correction_notice']);
    const pdf = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/cases/${c.id}/documents/${docs[1]!.id}`,
    });
    expect(pdf.statusCode).toBe(200);
    const text = textOf(pdf.rawPayload, skip);
    expect(text).toContain('家庭成员信息与户籍登记不一致');
    expect(text).toContain('经部门审查');
    expect(text).toContain('综合窗口补正');
  });
});
