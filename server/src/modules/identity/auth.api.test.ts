import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/helpers.ts';
import { DEMO_CITIZEN_PHONE } from '../demo/demo-accounts.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const login = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object, headers });

describe('staff sign-in', () => {
  it('answers 200 with a session cookie that scripts cannot read, and the user with jurisdiction', async () => {
    const res = await login({ username: 'admin', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/yimen_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const user = res.json().user;
    expect(user.roles).toEqual(['administrator']);
    expect(user.jurisdiction).toMatchObject({ code: '440604', level: 'district', name: '禅城区' });
    expect(user.department.nameZh).toContain('政务服务数据管理局');

    const session = await t.login('admin');
    const me = await t.request(session, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().user.username).toBe('admin');
  });

  it('answers 401 with a clear message for a wrong password or unknown user, and records the failure', async () => {
    for (const payload of [
      { username: 'clerk', password: 'not-the-password' },
      { username: 'nobody', password: 'whatever-it-is' },
    ]) {
      const res = await login(payload);
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'invalid_credentials' });
      expect(res.json().error.message).toMatch(/Wrong username or password/);
      expect(res.json().error.correlationId).toBe(res.headers['x-correlation-id']);
    }
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND outcome = 'failure' AND target_id IN ('clerk','nobody')`,
    );
    expect(audit.rows[0]!.n).toBe(2);
  });

  it('rejects bad input with the field named and never a 500', async () => {
    const missing = await login({ username: 'admin' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'validation_failed', field: 'password' });

    const wrongType = await login({ username: 12345, password: 'x' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.field).toBe('username');

    const unknown = await login({ username: 'admin', password: 'x', admin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('admin');

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('invalid_json');

    const huge = await login({ username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('locks an account after five failures in a row', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login({ username: 'inspector', password: `wrong-${i}` })).statusCode).toBe(401);
    const locked = await login({ username: 'inspector', password: DEMO_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
  });

  it('ends the session on logout', async () => {
    const s = await t.login('supervisor');
    expect((await t.request(s, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    const me = await t.request(s, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated change without the CSRF header, and changes nothing', async () => {
    const s = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/staff',
      headers: { cookie: s.cookie },
      payload: {
        username: 'csrf.victim',
        displayName: 'x',
        password: 'long-enough-pw',
        roles: ['window_clerk'],
        departmentId: 'asc',
        jurisdictionCode: '440604',
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const rows = await t.db.query(`SELECT 1 FROM users WHERE username = 'csrf.victim'`);
    expect(rows.rows).toHaveLength(0);
  });
});

describe('citizen sign-in by one-time code', () => {
  it('sends the code to the outbox and signs in with it', async () => {
    const phone = '13712345678';
    const req = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
    expect(req.statusCode).toBe(202);
    expect(req.json()).toMatchObject({ demoOutbox: true, expiresInSeconds: 300 });

    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
    expect(again.statusCode).toBe(429);

    const outbox = await t.app.inject({ method: 'GET', url: `/api/v1/demo/outbox?phone=${phone}` });
    const code = /(\d{6})/.exec(outbox.json().messages[0].body)?.[1];
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.field).toBe('code');

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code, accountType: 'citizen' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ kind: 'citizen', roles: ['citizen'], phoneMasked: '137****5678' });

    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code },
    });
    expect(reuse.statusCode).toBe(401);
  });

  it('refuses malformed phone numbers with the field named', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/request',
      payload: { phone: '12345' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('phone');
  });

  it('a citizen cannot open staff pages', async () => {
    const citizen = await t.loginCitizen(DEMO_CITIZEN_PHONE);
    const res = await t.request(citizen, { method: 'GET', url: '/api/v1/admin/staff' });
    expect(res.statusCode).toBe(403);
  });
});

describe('API tokens for integrations', () => {
  it('authenticates by bearer token until revoked', async () => {
    const admin = await t.login('admin');
    const created = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/admin/api-tokens',
      payload: {
        name: '公安户籍系统',
        roles: ['department_handler'],
        departmentId: 'psb',
        jurisdictionCode: '440604',
      },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    const auth = { authorization: `Bearer ${token}` };

    const deps = await t.app.inject({ method: 'GET', url: '/api/v1/departments', headers: auth });
    expect(deps.statusCode).toBe(200);
    expect(deps.json().departments.length).toBeGreaterThanOrEqual(17);
    // A token is not a cookie: no CSRF header is needed, but roles still apply.
    const staff = await t.app.inject({ method: 'GET', url: '/api/v1/admin/staff', headers: auth });
    expect(staff.statusCode).toBe(403);

    const stored = await t.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM api_tokens WHERE id = $1',
      [id],
    );
    expect(stored.rows[0]!.token_hash).not.toContain(token);

    expect(
      (await t.request(admin, { method: 'DELETE', url: `/api/v1/admin/api-tokens/${id}` })).statusCode,
    ).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/departments', headers: auth });
    expect(after.statusCode).toBe(401);
  });

  it('names the refusal of an unknown token, department or area, in the language asked for', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/departments',
      headers: { authorization: 'Bearer ymt_unknown', 'accept-language': 'zh-CN' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error).toMatchObject({
      code: 'unauthenticated',
      message: 'API 令牌不存在、已过期或已吊销',
    });

    const admin = await t.login('admin');
    const token = {
      name: '测试',
      roles: ['department_handler'],
      departmentId: 'psb',
      jurisdictionCode: '440604',
    };
    const create = (payload: object) =>
      t.request(admin, {
        method: 'POST',
        url: '/api/v1/admin/api-tokens',
        payload,
        headers: { 'accept-language': 'en-US' },
      });
    const noDepartment = await create({ ...token, departmentId: 'nowhere' });
    expect(noDepartment.statusCode).toBe(400);
    expect(noDepartment.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'departmentId',
      message: 'Unknown department "nowhere".',
    });
    const noArea = await create({ ...token, jurisdictionCode: '440604999' });
    expect(noArea.statusCode).toBe(400);
    expect(noArea.json().error).toMatchObject({ code: 'validation_failed', field: 'jurisdictionCode' });
  });
});

describe('per-address rate limit on sign-in', () => {
  it('answers 429 when one address tries too often', async () => {
    const limited = await buildTestApp({ YIMEN_LOGIN_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `u${i}`, password: 'x' },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
