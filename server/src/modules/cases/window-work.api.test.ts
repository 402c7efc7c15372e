import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyOnline,
  buildCommitmentItem,
  publishItem,
  registerCitizen,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let code: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  code = await publishItem(t, admin, buildCommitmentItem({ name: '窗口待办事项' }));
});
afterAll(async () => t?.close());

const work = async (s: Session) => t.request(s, { method: 'GET', url: '/api/v1/window/work' });
const ids = (list: Array<{ id: string }>) => list.map((c) => c.id);

describe('the windows’ work list', () => {
  it('shows online applications for pre-review to every clerk, and a clerk’s own unfinished cases', async () => {
    const phone = '13722223333';
    const { idNumber, session: me } = await registerCitizen(t, clerk, '待办 居民', phone, '1984-02-02');
    const online = await applyOnline(t, me, code, idNumber);

    const walkIn = await registerPerson(t, clerk, '窗口 居民', '1979-09-09');
    const atWindow = (
      await t.request(clerk, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { itemCode: code, applicant: { kind: 'person', idNumber: walkIn }, windowNo: '7' },
      })
    ).json().case;

    const list = (await work(clerk)).json();
    expect(ids(list.prereview)).toContain(online.id);
    expect(ids(list.unfinished)).toContain(atWindow.id);
    expect(ids(list.unfinished)).not.toContain(online.id);
    expect(list.unfinished.find((c: { id: string }) => c.id === atWindow.id)).toMatchObject({
      caseNo: atWindow.caseNo,
      windowNo: '7',
      state: 'checking',
    });

    // Taken up: a refused application leaves the list.
    await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${online.id}/actions/refuse`,
      payload: { reasons: ['不属于本区受理范围'] },
    });
    expect(ids((await work(clerk)).json().prereview)).not.toContain(online.id);

    expect((await work(me)).statusCode).toBe(403);
    expect((await work(await t.login('approver'))).statusCode).toBe(403);
  });
});
