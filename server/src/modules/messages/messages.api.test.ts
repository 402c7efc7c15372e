import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { mulberry32 } from '../geography/prng.ts';

let t: TestApp;
let citizen: Session;
let gridworker: Session;
let supervisor: Session;
beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138000');
  gridworker = await t.login('gridworker');
  supervisor = await t.login('supervisor');
});
afterAll(async () => t?.close());

const messages = async (session: Session, query = '') => {
  const res = await t.request(session, { method: 'GET', url: `/api/v1/me/messages${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: Array<{ id: number; kind: string; body: string; unread: boolean }>;
    unread: number;
  };
};

describe('my messages (我的消息)', () => {
  it('show a reporter how their event moves on, unread until seen', async () => {
    const grid = await t.db.query<{ jurisdiction_code: string }>(
      "SELECT jurisdiction_code FROM users WHERE username = 'gridworker'",
    );
    const [lng, lat] = t.app.geo.randomPointIn(grid.rows[0]!.jurisdiction_code, mulberry32(3));
    const before = await messages(citizen);
    const reported = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/gov/events',
      payload: { description: '人行道上的井盖松动了，踩上去会响', lng, lat },
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const event = reported.json().event;
    const confirmed = await t.request(gridworker, {
      method: 'POST',
      url: `/api/v1/gov/events/${event.id}/actions/confirm`,
      payload: { note: '现场核实属实' },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const after = await messages(citizen);
    expect(after.unread).toBe(before.unread + 1);
    const newest = after.items[0]!;
    expect(newest).toMatchObject({ kind: 'event_update', unread: true });
    expect(newest.body).toContain(event.eventNo);
    expect(newest.body).toContain('已核实立案');
    // Nobody else reads it: the grid worker's list does not hold the citizen's message.
    expect((await messages(gridworker)).items.map((m) => m.id)).not.toContain(newest.id);

    const seen = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/me/messages/seen',
      payload: { upTo: newest.id },
    });
    expect(seen.statusCode, seen.body).toBe(204);
    const read = await messages(citizen);
    expect(read.unread).toBe(0);
    expect(read.items[0]).toMatchObject({ id: newest.id, unread: false });
    // Marking an older id later does not make messages unread again.
    await t.request(citizen, { method: 'POST', url: '/api/v1/me/messages/seen', payload: { upTo: 0 } });
    expect((await messages(citizen)).unread).toBe(0);
  });

  it('reach everyone in a role when a message is addressed to the role', async () => {
    await t.db.query(
      `INSERT INTO message_outbox (district_code, channel, recipient, kind, body)
       VALUES ('440604', 'app', 'role:supervisor', 'event_escalated', '【一门】事件 测试 的「处置」已超时，已提请督办。')`,
    );
    const list = await messages(supervisor);
    expect(list.items[0]).toMatchObject({ kind: 'event_escalated', unread: true });
    expect(list.unread).toBeGreaterThan(0);
    expect((await messages(citizen)).items.map((m) => m.kind)).not.toContain('event_escalated');
  });

  it('refuse bad input with the field named, and strangers', async () => {
    const tooMany = await t.request(citizen, { method: 'GET', url: '/api/v1/me/messages?limit=500' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.field).toContain('limit');
    const wrongType = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/me/messages/seen',
      payload: { upTo: 'all' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.field).toContain('upTo');
    const anonymous = await t.request(null, { method: 'GET', url: '/api/v1/me/messages' });
    expect(anonymous.statusCode).toBe(401);
  });
});
