import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventAction, jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { runTogether } from '../../../db/statement.ts';
import { mulberry32 } from '../../geography/prng.ts';
import { milestoneMessagesStatement } from '../../messages/messages.repo.ts';

let t: TestApp;
let citizen: Session;
let citizenId: string;
let operator: Session;
let gridworker: Session;
let handler: Session;
let grid: string;
const rng = mulberry32(11);

beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138000');
  operator = await t.login('operator');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  grid = await jurisdictionOf(t, 'gridworker');
  citizenId = (await t.db.query<{ id: string }>("SELECT id FROM users WHERE phone = '13800138000'")).rows[0]!
    .id;
});
afterAll(async () => t?.close());

const act = (session: Session, id: string, action: string, payload: Record<string, unknown> = {}) =>
  eventAction(t, session, id, action, payload);

/** Everything the outbox holds for the citizen, oldest first, as 我的消息 and the SMS gateway would see it. */
const toldCitizen = async () =>
  (
    await t.db.query<{ channel: string; body: string }>(
      `SELECT channel, body FROM message_outbox WHERE recipient = $1 AND kind = 'event_update' ORDER BY id`,
      [`user:${citizenId}`],
    )
  ).rows.map((m) => `${m.channel} ${m.body}`);

describe('what a reporter is told about their event', () => {
  it('tells each step once, from report to close, though they reported the problem twice and the reports were merged', async () => {
    const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
    const report = async (description: string) => {
      const res = await t.request(citizen, {
        method: 'POST',
        url: '/api/v1/gov/events',
        payload: { description, lng, lat, classCode: '04006' },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().event as { id: string; eventNo: string };
    };
    const first = await report('绿化带里的喷灌水管爆了，一直在漏水');
    const second = await report('绿化带水管还在漏水，路面都湿了');
    expect((await act(operator, second.id, 'merge', { into: first.id })).statusCode).toBe(200);

    expect((await act(gridworker, first.id, 'confirm', { note: '现场核实属实' })).statusCode).toBe(200);
    // The same step again (a second click, a retried request) is refused and tells nobody anything.
    expect((await act(gridworker, first.id, 'confirm', { note: '现场核实属实' })).statusCode).toBe(409);
    expect((await act(handler, first.id, 'dispose', { note: '已关闭阀门' })).statusCode).toBe(200);
    expect((await act(gridworker, first.id, 'check_fail', { reasons: ['仍在渗水'] })).statusCode).toBe(200);
    expect((await act(handler, first.id, 'dispose', { note: '已更换破损水管' })).statusCode).toBe(200);
    const closing = await Promise.all([
      act(gridworker, first.id, 'check_pass'),
      act(operator, first.id, 'check_pass'),
    ]);
    expect(closing.map((r) => r.statusCode).sort()).toEqual([200, 409]);

    const a = first.eventNo;
    expect(await toldCitizen()).toEqual([
      `app 【一门】您上报的事件 ${second.eventNo} 与事件 ${a} 为同一问题，已合并，请关注事件 ${a} 的进展。`,
      `app 【一门】您上报的事件 ${a} 已核实立案，正在处置。`,
      `app 【一门】您上报的事件 ${a} 已处置完毕，网格员将到现场核查。`,
      `app 【一门】您上报的事件 ${a} 核查未通过，已退回重新处置。`,
      `app 【一门】您上报的事件 ${a} 已处置完毕，网格员将到现场核查。`,
      `app 【一门】您上报的事件 ${a} 已办结，欢迎对处理结果进行评价。`,
    ]);
    // 我的消息 shows the same, newest first.
    const mine = await t.request(citizen, { method: 'GET', url: '/api/v1/me/messages?limit=50' });
    const bodies = (mine.json().items as Array<{ kind: string; body: string }>)
      .filter((m) => m.kind === 'event_update')
      .map((m) => m.body);
    expect(bodies.filter((b) => b.includes('已核实立案'))).toEqual([
      `【一门】您上报的事件 ${a} 已核实立案，正在处置。`,
    ]);
  });

  it('tells a hotline caller by SMS once, though they called twice about the same problem', async () => {
    const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
    const caller = '13612345678';
    const call = async (description: string) => {
      const res = await t.request(operator, {
        method: 'POST',
        url: '/api/v1/gov/events',
        payload: { description, lng, lat, classCode: '04006', channel: 'hotline', reporterPhone: caller },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().event as { id: string; eventNo: string };
    };
    const first = await call('来电反映：绿化带喷灌水管爆裂');
    const second = await call('再次来电：绿化带水管仍在漏水');
    expect((await act(operator, second.id, 'merge', { into: first.id })).statusCode).toBe(200);
    expect((await act(operator, first.id, 'confirm', { note: '电话核实' })).statusCode).toBe(200);
    const texts = await t.db.query<{ body: string }>(
      `SELECT body FROM message_outbox WHERE channel = 'sms' AND recipient = $1 AND kind = 'event_update' ORDER BY id`,
      [caller],
    );
    expect(texts.rows.map((m) => m.body)).toEqual([
      `【一门】您上报的事件 ${second.eventNo} 与事件 ${first.eventNo} 为同一问题，已合并，请关注事件 ${first.eventNo} 的进展。`,
      `【一门】您上报的事件 ${first.eventNo} 已核实立案，正在处置。`,
    ]);
  });

  it('never sends one milestone twice, whichever code path or retry sends it again', async () => {
    const message = {
      channel: 'sms' as const,
      recipient: '13612349999',
      kind: 'event_update',
      body: '【一门】您上报的事件 测试 已核实立案，正在处置。',
      milestone: 'event:00000000-0000-0000-0000-000000000001:confirm:0',
    };
    const send = () => runTogether(t.db, [milestoneMessagesStatement('440604', [message, message])]);
    await send();
    await send();
    const sent = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM message_outbox WHERE recipient = $1',
      [message.recipient],
    );
    expect(sent.rows[0]!.n).toBe(1);
  });
});
