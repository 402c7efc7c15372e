import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommitmentItem, openAcceptedCase, publishItem } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
beforeAll(async () => {
  t = await buildTestApp({ YIMEN_TEST_CLOCK: 'true' });
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const advance = (who: Session, payload: object) =>
  t.request(who, { method: 'POST', url: '/api/v1/test-clock/advance', payload });

async function acceptedCase() {
  const code = await publishItem(t, admin, buildCommitmentItem({ name: '演练时钟的事项' }));
  return openAcceptedCase(t, clerk, code, '时钟 演练', '1975-06-07');
}

const outbox = async (kind: string) =>
  (
    await t.db.query<{ recipient: string; body: string }>(
      'SELECT recipient, body FROM message_outbox WHERE kind = $1 ORDER BY id',
      [kind],
    )
  ).rows;

describe('the demo’s movable clock (YIMEN_TEST_CLOCK)', () => {
  it('is for administrators only and needs a time to move by', async () => {
    expect((await advance(clerk, { hours: 1 })).statusCode).toBe(403);
    const none = await advance(admin, { hours: 0 });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.field).toBe('hours');
    expect((await advance(admin, { minutes: 5 })).statusCode).toBe(400);
  });

  it('moves time forward and runs the scheduled work: reminders first, then overdue and escalation', async () => {
    const c = await acceptedCase();
    const dueAt = Math.min(
      ...c.nodes
        .filter((n: { state: string }) => n.state === 'active')
        .map((n: { dueAt: string }) => Date.parse(n.dueAt)),
    );
    const before = Date.parse(
      (await t.request(admin, { method: 'GET', url: '/api/v1/test-clock' })).json().now,
    );
    const hoursToDue = (dueAt - before) / 3_600_000;

    const soon = await advance(admin, { hours: hoursToDue - 2 });
    expect(soon.statusCode).toBe(200);
    expect(soon.json().work.deadlines.dueSoon).toBeGreaterThanOrEqual(1);
    const reminders = await outbox('node_due_soon');
    expect(reminders.some((m) => m.body.includes(c.caseNo) && m.recipient.startsWith('department:'))).toBe(
      true,
    );

    const late = await advance(admin, { hours: 4 });
    expect(late.json().work.deadlines.overdue).toBeGreaterThanOrEqual(1);
    const escalations = await outbox('node_escalated');
    expect(escalations.some((m) => m.body.includes(c.caseNo) && m.recipient === 'role:supervisor')).toBe(
      true,
    );

    const after = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(after.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['due_soon', 'overdue', 'escalate']),
    );
    // The timeline tells the moved clock's time, not the database's.
    const escalated = after.timeline.find((e: { action: string }) => e.action === 'escalate');
    expect(Date.parse(escalated.at)).toBeGreaterThan(dueAt);
    const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'test_clock.advance'`);
    expect(audit.rows.length).toBe(2);
  });
});

describe('without the setting', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await buildTestApp();
  });
  afterAll(async () => plain?.close());

  it('has no clock to move', async () => {
    const a = await plain.login('admin');
    const res = await plain.request(a, {
      method: 'POST',
      url: '/api/v1/test-clock/advance',
      payload: { days: 1 },
    });
    expect(res.statusCode).toBe(404);
  });
});
