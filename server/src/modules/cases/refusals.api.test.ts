import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, openWindowCase, publishItem, registerPerson } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

describe('a refused case action', () => {
  it('says exactly what is missing, leaves the case as it was, and is recorded in the audit trail', async () => {
    const code = await publishItem(t, admin, buildItem({ name: '缺材料会被拒绝的事项' }));
    const idNumber = await registerPerson(t, clerk, '拒绝 居民', '1983-04-05');
    const opened = await openWindowCase(t, clerk, code, idNumber);
    const before = await t.db.query('SELECT state, row_version FROM cases WHERE id = $1', [opened.id]);

    const res = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${opened.id}/actions/complete_instant`,
      payload: {},
    });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.field).toBe('checklist');
    expect(error.details.shortfall.materials.map((m: { id: string }) => m.id).length).toBeGreaterThan(0);

    const after = await t.db.query('SELECT state, row_version FROM cases WHERE id = $1', [opened.id]);
    expect(after.rows).toEqual(before.rows);
    const events = await t.db.query('SELECT action FROM case_events WHERE case_id = $1', [opened.id]);
    expect(events.rows.map((e) => e.action)).toEqual(['open']);

    const audit = await t.db.query<{ outcome: string; actor_name: string; details: { code: string } }>(
      `SELECT outcome, actor_name, details FROM audit_log WHERE target_id = $1 ORDER BY id DESC LIMIT 1`,
      [`/api/v1/cases/${opened.id}/actions/complete_instant`],
    );
    expect(audit.rows[0]).toMatchObject({ outcome: 'failure', details: { code: 'unprocessable' } });
    expect(audit.rows[0]!.actor_name).toBeTruthy();
  });
});
