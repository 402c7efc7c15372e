import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, publishItem, registerPerson } from '../../../test/factories.ts';
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

describe('a second case for the same applicant and item', () => {
  it('is answered 409 with the open case, and opened when the clerk goes on anyway', async () => {
    const code = await publishItem(t, admin, buildItem({ name: '重复开件事项' }));
    const idNumber = await registerPerson(t, clerk, '重复 居民', '1986-06-06');
    const open = (extra = {}) =>
      t.request(clerk, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { itemCode: code, applicant: { kind: 'person', idNumber }, ...extra },
      });
    const first = await open();
    expect(first.statusCode).toBe(201);
    const before = await t.db.query('SELECT count(*)::int AS n FROM cases WHERE item_code = $1', [code]);

    const second = await open();
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      field: 'despiteOpenCase',
      details: { openCaseId: first.json().case.id, openCaseNo: first.json().case.caseNo },
    });
    const after = await t.db.query('SELECT count(*)::int AS n FROM cases WHERE item_code = $1', [code]);
    expect(after.rows).toEqual(before.rows); // nothing written

    const anyway = await open({ despiteOpenCase: true });
    expect(anyway.statusCode).toBe(201);
    expect(anyway.json().case.caseNo).not.toBe(first.json().case.caseNo);

    const bad = await open({ despiteOpenCase: 'yes' });
    expect(bad.statusCode).toBe(400);
  });
});
