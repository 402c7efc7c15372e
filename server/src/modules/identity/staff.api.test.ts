import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const newStaff = (over: Record<string, unknown> = {}) => ({
  username: 'zhou.min',
  displayName: '周敏',
  password: 'a-strong-password',
  roles: ['grid_worker'],
  departmentId: 'st-shiwan',
  jurisdictionCode: '440604010',
  ...over,
});

const userCount = async () =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;

describe('staff administration', () => {
  it('creates a staff member with a jurisdiction who can then sign in', async () => {
    const res = await t.request(admin, { method: 'POST', url: '/api/v1/admin/staff', payload: newStaff() });
    expect(res.statusCode).toBe(201);
    expect(res.json().staff).toMatchObject({
      username: 'zhou.min',
      roles: ['grid_worker'],
      jurisdiction: { code: '440604010', name: '石湾镇街道', level: 'street' },
      department: { id: 'st-shiwan' },
      active: true,
    });
    const s = await t.login('zhou.min', 'a-strong-password');
    const me = await t.request(s, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().user.jurisdiction.code).toBe('440604010');

    const audit = await t.db.query<{ actor_name: string; details: Record<string, unknown> }>(
      `SELECT actor_name, details FROM audit_log WHERE action = 'staff.create' AND target_id = $1`,
      [res.json().staff.id],
    );
    expect(audit.rows[0]!.actor_name).toContain('系统管理员');
    expect(JSON.stringify(audit.rows[0]!.details)).not.toContain('a-strong-password');
  });

  it('refuses bad references and duplicates with the field named, writing nothing', async () => {
    const before = await userCount();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ username: 'a1', departmentId: 'no-such-dept' }, 400, 'username'],
      [{ username: 'ok.name', departmentId: 'no-such-dept' }, 400, 'departmentId'],
      [{ username: 'ok.name', jurisdictionCode: '440604999999' }, 400, 'jurisdictionCode'],
      [{ username: 'ok.name', jurisdictionCode: 'abc' }, 400, 'jurisdictionCode'],
      [{ username: 'ok.name', password: 'short' }, 400, 'password'],
      [{ username: 'ok.name', roles: ['citizen'] }, 400, 'roles.0'],
      [{ username: 'ok.name', roles: [] }, 400, 'roles'],
      [{ username: 'admin' }, 409, 'username'],
    ];
    for (const [over, status, field] of cases) {
      const res = await t.request(admin, {
        method: 'POST',
        url: '/api/v1/admin/staff',
        payload: newStaff(over),
      });
      expect(res.statusCode, JSON.stringify(over)).toBe(status);
      expect(res.json().error.field, JSON.stringify(over)).toBe(field);
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses non-administrators with 403 and records the refusal', async () => {
    const clerk = await t.login('clerk');
    const res = await t.request(clerk, { method: 'GET', url: '/api/v1/admin/staff' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    const denied = await t.db.query<{ actor_name: string; target_id: string }>(
      `SELECT actor_name, target_id FROM audit_log WHERE outcome = 'denied' ORDER BY id DESC LIMIT 1`,
    );
    expect(denied.rows[0]).toMatchObject({ actor_name: '综合窗口 李晓华', target_id: '/api/v1/admin/staff' });
  });

  it('keeps an administrator inside their own jurisdiction', async () => {
    const created = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/admin/staff',
      payload: newStaff({
        username: 'street.admin',
        roles: ['administrator'],
        jurisdictionCode: '440604011',
        departmentId: 'st-zhangcha',
      }),
    });
    expect(created.statusCode).toBe(201);
    const streetAdmin = await t.login('street.admin', 'a-strong-password');
    const outside = await t.request(streetAdmin, {
      method: 'POST',
      url: '/api/v1/admin/staff',
      payload: newStaff({ username: 'other.street', jurisdictionCode: '440604012' }),
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_jurisdiction');
    expect((await t.db.query(`SELECT 1 FROM users WHERE username = 'other.street'`)).rows).toHaveLength(0);

    const list = await t.request(streetAdmin, { method: 'GET', url: '/api/v1/admin/staff?pageSize=200' });
    const codes: string[] = list
      .json()
      .items.map((s: { jurisdiction: { code: string } }) => s.jurisdiction.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith('440604011'))).toBe(true);
  });

  it('updates roles and disabling an account ends its sessions', async () => {
    const list = await t.request(admin, { method: 'GET', url: '/api/v1/admin/staff?q=zhou.min' });
    const id = list.json().items[0].id;
    const s = await t.login('zhou.min', 'a-strong-password');
    const upd = await t.request(admin, {
      method: 'PATCH',
      url: `/api/v1/admin/staff/${id}`,
      payload: { roles: ['grid_worker', 'inspector'], active: false },
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json().staff).toMatchObject({ roles: ['grid_worker', 'inspector'], active: false });
    expect((await t.request(s, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'zhou.min', password: 'a-strong-password' },
    });
    expect(relogin.statusCode).toBe(401);
  });

  it('does not let an administrator lock themselves out', async () => {
    const me = await t.request(admin, { method: 'GET', url: '/api/v1/auth/me' });
    const res = await t.request(admin, {
      method: 'PATCH',
      url: `/api/v1/admin/staff/${me.json().user.id}`,
      payload: { active: false },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('active');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await t.request(admin, {
      method: 'PATCH',
      url: `/api/v1/admin/staff/${crypto.randomUUID()}`,
      payload: { displayName: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.request(admin, {
      method: 'PATCH',
      url: '/api/v1/admin/staff/not-a-uuid',
      payload: { displayName: 'x' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.field).toBe('id');
  });
});

describe('audit trail', () => {
  it('lets supervisors search it and nobody change it', async () => {
    const supervisor = await t.login('supervisor');
    const res = await t.request(supervisor, {
      method: 'GET',
      url: '/api/v1/audit?action=staff.&pageSize=10',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
    expect(res.json().items.every((i: { action: string }) => i.action.startsWith('staff.'))).toBe(true);

    const byName = await t.request(supervisor, {
      method: 'GET',
      url: `/api/v1/audit?actor=${encodeURIComponent('李晓华')}`,
    });
    const names: string[] = byName.json().items.map((i: { actorName: string }) => i.actorName);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('李晓华'))).toBe(true);
    const badDate = await t.request(supervisor, { method: 'GET', url: '/api/v1/audit?from=yesterday' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe('from');

    const gridworker = await t.login('gridworker');
    expect((await t.request(gridworker, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);

    await expect(t.db.query(`UPDATE audit_log SET outcome = 'success'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM person_access_log')).rejects.toThrow(/append-only/);
  });
});
