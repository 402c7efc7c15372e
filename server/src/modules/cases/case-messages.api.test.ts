import { makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommitmentItem,
  buildItem,
  COMPLETE_CHECKLIST,
  createApprover,
  publishItem,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { DEMO_AGENT_PHONE, DEMO_CITIZEN_PHONE } from '../demo/demo-accounts.ts';
import { demoEnterpriseCreditCode } from '../demo/seed.ts';
import { formatChineseDate } from '../documents/chinese-date.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let housing: Session;
let civil: Session;
let commitment: string;
let instant: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  housing = await createApprover(t, admin, 'messages.hcb', 'hcb');
  civil = await createApprover(t, admin, 'messages.cab', 'cab');
  commitment = await publishItem(t, admin, buildCommitmentItem({ name: '消息承诺事项' }));
  instant = await publishItem(
    t,
    admin,
    buildItem({ name: '消息即办事项', deliveryMethods: ['pickup', 'mail'] }),
  );
});
afterAll(async () => t?.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.request(s, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });
const checklist = (id: string, payload: object) =>
  t.request(clerk, { method: 'PATCH', url: `/api/v1/cases/${id}/checklist`, payload });

let serial = 0;
async function person(name: string, phone: string) {
  serial += 1;
  const idNumber = makeIdNumber('440604', `1979-0${serial}-1${serial}`, 500 + serial);
  const res = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { idNumber, name, phone },
  });
  expect(res.statusCode, res.body).toBe(201);
  return idNumber;
}

/** What the outbox holds for a case, oldest first: `app` lines reach 我的消息, `sms` lines the phone. */
async function toldAbout(caseNo: string) {
  const r = await t.db.query<{ channel: string; recipient: string; body: string }>(
    `SELECT channel, recipient, body FROM message_outbox WHERE kind = 'case_update' AND body LIKE '%' || $1 || '%'
      ORDER BY id`,
    [caseNo],
  );
  return r.rows;
}
const bodies = (rows: Array<{ channel: string; body: string }>, channel: string) =>
  rows.filter((m) => m.channel === channel).map((m) => m.body);

describe('what an applicant is told about their case', () => {
  it('online: 补正 with what is asked, 受理, 准予, the result with its pickup code and the rating invitation — once each, in 我的消息 and by SMS', async () => {
    const phone = '13712340001';
    const idNumber = await person('消息 居民', phone);
    const me = await t.loginCitizen(phone);
    const meId = (await t.db.query<{ id: string }>('SELECT id FROM users WHERE phone = $1', [phone])).rows[0]!
      .id;
    const submitted = await t.request(me, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: { itemCode: commitment, applicant: { kind: 'person', idNumber } },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const c = submitted.json().case;
    const of = `您申请的「消息承诺事项」（办件编号 ${c.caseNo}）`;

    await checklist(c.id, { materials: [{ id: 'form', status: 'defective', note: '缺少签名' }] });
    const correctionBy = formatChineseDate(t.app.deadlines.addWorkingDays(new Date(), 5));
    expect(
      (await act(clerk, c.id, 'request_correction', { reasons: ['请本人签名后重新上传'] })).statusCode,
    ).toBe(200);
    // A second click on the same button is refused and sends nothing.
    expect(
      (await act(clerk, c.id, 'request_correction', { reasons: ['请本人签名后重新上传'] })).statusCode,
    ).toBe(409);
    expect((await act(me, c.id, 'resubmit')).statusCode).toBe(200);
    await checklist(c.id, COMPLETE_CHECKLIST);
    const accepted = await act(clerk, c.id, 'prereview_accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { promisedDueAt, delivery } = accepted.json().case;
    await act(housing, c.id, 'node_approve', { nodeId: 'housing', checked: ['income'] });
    await act(civil, c.id, 'node_approve', { nodeId: 'civil', checked: ['family'] });
    await act(housing, c.id, 'node_approve', { nodeId: 'final' });
    // Two clerks seal at once: one result, one set of messages.
    const sealed = await Promise.all([act(clerk, c.id, 'seal'), act(clerk, c.id, 'seal')]);
    expect(sealed.map((r) => r.statusCode).sort()).toEqual([200, 409]);

    const expected = [
      `【一门】${of}需要补正：申请表（缺少签名）；请本人签名后重新上传。请于 ${correctionBy} 前补正。`,
      `【一门】${of}已受理，承诺于 ${formatChineseDate(new Date(promisedDueAt))} 前办结。`,
      `【一门】${of}经审查准予许可，正在制作结果。`,
      `【一门】${of}已办结，请凭取件码 ${delivery.pickupCode} 到窗口领取结果。`,
      `【一门】${of}已办结，欢迎在「我的办件」中对本次办理进行评价（好差评）。`,
    ];
    const told = await toldAbout(c.caseNo);
    expect(bodies(told, 'app')).toEqual(expected);
    expect(bodies(told, 'sms')).toEqual(expected);
    expect(new Set(told.map((m) => `${m.channel} ${m.recipient}`))).toEqual(
      new Set([`app user:${meId}`, `sms ${phone}`]),
    );
    const mine = await t.request(me, { method: 'GET', url: '/api/v1/me/messages?limit=50' });
    expect(
      (mine.json().items as Array<{ kind: string; body: string }>)
        .filter((m) => m.kind === 'case_update')
        .map((m) => m.body)
        .reverse(),
    ).toEqual(expected);
  });

  it('at a window: the person without an account is told by SMS — 受理, then 不予许可 with the reason', async () => {
    const phone = '13712340002';
    const idNumber = await person('窗口 居民', phone);
    const opened = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { itemCode: commitment, applicant: { kind: 'person', idNumber } },
    });
    const c = opened.json().case;
    await checklist(c.id, COMPLETE_CHECKLIST);
    const accepted = await act(clerk, c.id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const rejected = await act(housing, c.id, 'node_reject', {
      nodeId: 'housing',
      reasons: ['收入超过保障标准'],
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const of = `您申请的「消息承诺事项」（办件编号 ${c.caseNo}）`;
    const told = await toldAbout(c.caseNo);
    expect(told.map((m) => `${m.channel} ${m.recipient} ${m.body}`)).toEqual([
      `sms ${phone} 【一门】${of}已受理，承诺于 ${formatChineseDate(new Date(accepted.json().case.promisedDueAt))} 前办结。`,
      `sms ${phone} 【一门】${of}经审查不予许可：收入超过保障标准。`,
    ]);
  });

  it('at a window: the verified account hears in 我的消息 too — the result mailed with its EMS number; 不予受理 and 一次性告知 with what is wrong', async () => {
    const phone = '13712340003';
    const idNumber = await person('即办 居民', phone);
    const me = await t.loginCitizen(phone);
    // Applying online once proves the account is this person's (实名); from then on window cases reach it too.
    await t.request(me, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: { itemCode: instant, applicant: { kind: 'person', idNumber } },
    });
    const open = async () =>
      (
        await t.request(clerk, {
          method: 'POST',
          url: '/api/v1/cases',
          payload: { itemCode: instant, applicant: { kind: 'person', idNumber }, despiteOpenCase: true },
        })
      ).json().case;

    const mailed = await open();
    await t.request(clerk, {
      method: 'PUT',
      url: `/api/v1/cases/${mailed.id}/delivery`,
      payload: { method: 'mail', recipient: '即办 居民', phone, address: '佛山市禅城区祖庙街道福贤路 23 号' },
    });
    await checklist(mailed.id, COMPLETE_CHECKLIST);
    const done = await act(clerk, mailed.id, 'complete_instant');
    expect(done.statusCode, done.body).toBe(200);
    const of = (no: string) => `您申请的「消息即办事项」（办件编号 ${no}）`;
    const result = await toldAbout(mailed.caseNo);
    expect(bodies(result, 'sms')).toEqual([
      `【一门】${of(mailed.caseNo)}已办结，结果已通过 EMS 寄出，运单号 ${done.json().case.delivery.trackingNo}。`,
      `【一门】${of(mailed.caseNo)}已办结，欢迎在「我的办件」中对本次办理进行评价（好差评）。`,
    ]);
    expect(bodies(result, 'app')).toEqual(bodies(result, 'sms'));

    const refused = await open();
    expect(
      (await act(clerk, refused.id, 'refuse', { reasons: ['该事项不属于本窗口受理范围'] })).statusCode,
    ).toBe(200);
    expect(bodies(await toldAbout(refused.caseNo), 'app')).toEqual([
      `【一门】${of(refused.caseNo)}不予受理：该事项不属于本窗口受理范围。`,
    ]);

    const short = await open();
    await checklist(short.id, {
      materials: [
        { id: 'id_card', status: 'received' },
        { id: 'form', status: 'missing' },
      ],
      conditions: [{ id: 'resident', met: true }],
    });
    expect((await act(clerk, short.id, 'notify_incomplete')).statusCode).toBe(200);
    expect(bodies(await toldAbout(short.caseNo), 'sms')).toEqual([
      `【一门】${of(short.caseNo)}材料不齐，暂未受理，请备齐后再来办理：申请表。`,
    ]);
  });

  it('for an enterprise: the agent who applied is told, in 我的消息 and by SMS, and nobody else of the enterprise', async () => {
    const forEnterprises = await publishItem(
      t,
      admin,
      buildItem({ name: '消息企业事项', serviceObjects: ['2'] }),
    );
    const agent = await t.loginCitizen(DEMO_AGENT_PHONE);
    const agentId = (
      await t.db.query<{ id: string }>('SELECT id FROM users WHERE phone = $1', [DEMO_AGENT_PHONE])
    ).rows[0]!.id;
    const filed = await t.request(agent, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: {
        itemCode: forEnterprises,
        applicant: { kind: 'enterprise', creditCode: demoEnterpriseCreditCode('440604') },
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const c = filed.json().case;
    expect((await act(clerk, c.id, 'refuse', { reasons: ['经营范围不含该项目'] })).statusCode).toBe(200);
    const body = `【一门】您申请的「消息企业事项」（办件编号 ${c.caseNo}）不予受理：经营范围不含该项目。`;
    expect((await toldAbout(c.caseNo)).map((m) => `${m.channel} ${m.recipient} ${m.body}`)).toEqual([
      `app user:${agentId} ${body}`,
      `sms ${DEMO_AGENT_PHONE} ${body}`,
    ]);
    expect((await toldAbout(c.caseNo)).some((m) => m.recipient === DEMO_CITIZEN_PHONE)).toBe(false);
  });
});
