import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, publishItem } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { DEMO_AGENT_PHONE, DEMO_CITIZEN_PHONE } from '../demo/demo-accounts.ts';

let t: TestApp;
let clerk: Session;
let code: string;
beforeAll(async () => {
  t = await buildTestApp();
  clerk = await t.login('clerk');
  code = await publishItem(t, await t.login('admin'), buildItem({ name: '窗口事项' }));
});
afterAll(async () => t?.close());

/** The ID number the demo tells its resident in the outbox, as the resident would read it. */
async function demoIdNumber(phone: string): Promise<string> {
  const outbox = await t.app.inject({ method: 'GET', url: `/api/v1/demo/outbox?phone=${phone}` });
  const message = outbox.json().messages.find((m: { kind: string }) => m.kind === 'demo_identity');
  return /身份证号为 (\S{18})/.exec(message.body)![1]!;
}

describe('我的办件', () => {
  it('lists a window case opened for the signed-in person, and not in anyone else’s', async () => {
    const opened = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        itemCode: code,
        applicant: { kind: 'person', idNumber: await demoIdNumber(DEMO_CITIZEN_PHONE) },
        windowNo: '3',
      },
    });
    expect(opened.statusCode).toBe(201);
    const windowCase = opened.json().case;

    const wang = await t.loginCitizen(DEMO_CITIZEN_PHONE);
    const mine = (await t.request(wang, { method: 'GET', url: '/api/v1/my/cases' })).json().items;
    expect(mine).toEqual([expect.objectContaining({ caseNo: windowCase.caseNo, channel: 'window' })]);
    const opens = await t.request(wang, { method: 'GET', url: `/api/v1/cases/${windowCase.id}` });
    expect(opens.statusCode).toBe(200);

    const liu = await t.loginCitizen(DEMO_AGENT_PHONE);
    const hers = (await t.request(liu, { method: 'GET', url: '/api/v1/my/cases' })).json().items;
    expect(hers.map((c: { caseNo: string }) => c.caseNo)).not.toContain(windowCase.caseNo);
    expect((await t.request(liu, { method: 'GET', url: `/api/v1/cases/${windowCase.id}` })).statusCode).toBe(
      403,
    );
  });
});
