import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';
import { sweepEventDeadlines } from './event-sweep.ts';

let t: TestApp;
let admin: Session;
let citizen: Session;
let gridworker: Session;
let supervisor: Session;
let grid: string;
const rng = mulberry32(3);

beforeAll(async () => {
  t = await buildTestApp({ YIMEN_TEST_CLOCK: 'true' });
  admin = await t.login('admin');
  citizen = await t.loginCitizen('13800138000');
  gridworker = await t.login('gridworker');
  supervisor = await t.login('supervisor');
  grid = await jurisdictionOf(t, 'gridworker');
});
afterAll(async () => t?.close());

const inGrid = () => {
  const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
  return { lng: lng!, lat: lat! };
};
const view = async (session: Session, id: string) =>
  (await t.request(session, { method: 'GET', url: `/api/v1/gov/events/${id}` })).json().event;

describe('time limits of an event', () => {
  it('marks the running stage overdue on the test clock and escalates it to the supervisors, once', async () => {
    const e = (
      await t.request(citizen, {
        method: 'POST',
        url: '/api/v1/gov/events',
        payload: { description: '小区门口垃圾桶满了好几天没人清', ...inGrid() },
      })
    ).json().event;
    await t.request(gridworker, {
      method: 'POST',
      url: `/api/v1/gov/events/${e.id}/actions/confirm`,
      payload: {},
    });
    const before = await view(supervisor, e.id);
    expect(before.overdueAt).toBeNull();

    // Thirty days on: the disposal limit (working days at most) has run out whatever the calendar.
    const moved = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/test-clock/advance',
      payload: { days: 30 },
    });
    expect(moved.statusCode).toBe(200);
    const after = await view(supervisor, e.id);
    expect(after.overdueAt).not.toBeNull();
    expect(after.timeline.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(['overdue', 'escalate']),
    );
    const messages = await t.db.query<{ recipient: string; body: string }>(
      "SELECT recipient, body FROM message_outbox WHERE kind = 'event_escalated' AND body LIKE '%' || $1 || '%'",
      [e.eventNo],
    );
    expect(messages.rows.map((m) => m.recipient)).toEqual(['role:supervisor']);

    // A second sweep, or a second process sweeping, marks nothing again.
    const deps = { db: t.db, now: t.app.clock, deadlines: t.app.deadlines };
    const [a, b] = await Promise.all([
      sweepEventDeadlines(deps, '440604'),
      sweepEventDeadlines(deps, '440604'),
    ]);
    expect(a.overdue + b.overdue).toBe(0);
    const escalations = (await view(supervisor, e.id)).timeline.filter(
      (x: { action: string }) => x.action === 'escalate',
    );
    expect(escalations).toHaveLength(1);

    // The unit reports back: the check stage starts with clean marks, and the reporter is told.
    const handler = await t.login('handler');
    const disposed = await t.request(handler, {
      method: 'POST',
      url: `/api/v1/gov/events/${e.id}/actions/dispose`,
      payload: { note: '已清运' },
    });
    expect(disposed.json().event.overdueAt).toBeNull();
    const told = await t.db.query<{ recipient: string; body: string }>(
      "SELECT recipient, body FROM message_outbox WHERE kind = 'event_update' AND body LIKE '%' || $1 || '%' ORDER BY id",
      [e.eventNo],
    );
    expect(told.rows.map((m) => m.body)).toEqual([
      expect.stringContaining('已核实立案'),
      expect.stringContaining('已处置完毕'),
    ]);
  });
});
