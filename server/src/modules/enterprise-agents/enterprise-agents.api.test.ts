import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, publishItem } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { DEMO_AGENT_PHONE, DEMO_CITIZEN_PHONE } from '../demo/demo-accounts.ts';
import { demoEnterpriseCreditCode } from '../demo/seed.ts';

let t: TestApp;
let rep: Session; // 王小明: the demo enterprise's legal representative in the business register
let demoAgent: Session; // 刘芳: authorized by the demo enterprise for all items
let itemA: string;
let itemB: string;
const creditCode = demoEnterpriseCreditCode('440604');
const authorizations = `/api/v1/enterprise-agents/represented/${creditCode}/authorizations`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.login('admin');
  itemA = await publishItem(t, admin, buildItem({ name: '企业事项甲', serviceObjects: ['2'] }));
  itemB = await publishItem(t, admin, buildItem({ name: '企业事项乙', serviceObjects: ['2'] }));
  rep = await t.loginCitizen(DEMO_CITIZEN_PHONE);
  demoAgent = await t.loginCitizen(DEMO_AGENT_PHONE);
});
afterAll(async () => t?.close());

const apply = (s: Session, itemCode: string, code = creditCode) =>
  t.request(s, {
    method: 'POST',
    url: '/api/v1/applications',
    payload: { itemCode, applicant: { kind: 'enterprise', creditCode: code } },
  });
const grant = (s: Session, payload: object) => t.request(s, { method: 'POST', url: authorizations, payload });
const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;
const auditCount = (action: string) => count(`audit_log WHERE action = $1 AND outcome = 'success'`, [action]);

describe('acting for an enterprise (法人授权经办人)', () => {
  it('a phone that asks for the agent role at sign-in gets none and cannot apply for an enterprise', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/request',
      payload: { phone: '13612340001' },
    });
    const outbox = await t.app.inject({ method: 'GET', url: '/api/v1/demo/outbox?phone=13612340001' });
    const code = /(\d{6})/.exec(outbox.json().messages[0].body)?.[1];
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone: '13612340001', code, accountType: 'enterprise_agent' },
    });
    expect(signIn.json().user.roles).toEqual(['citizen']);
    const cookies = signIn.cookies as Array<{ name: string; value: string }>;
    const csrf = cookies.find((c) => c.name === 'yimen_csrf')!.value;
    const self: Session = {
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      csrf,
    };
    const before = await count('cases');
    const res = await apply(self, itemA);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.field).toBe('applicant.creditCode');
    expect(res.json().error.message).toContain('企业授权管理');
    expect(await count('cases')).toBe(before);
  });

  it('the demo agent applies for the demo enterprise, and the use is audited', async () => {
    const me = await t.request(demoAgent, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().user.roles).toContain('enterprise_agent');
    const principals = await t.request(demoAgent, {
      method: 'GET',
      url: '/api/v1/enterprise-agents/principals',
    });
    expect(principals.json().items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCode]);
    const uses = await auditCount('enterprise_agent.use');
    const res = await apply(demoAgent, itemA);
    expect(res.statusCode).toBe(201);
    expect(res.json().case.applicant.name).toBe('佛山市禅城区一门演示贸易有限公司');
    expect(await auditCount('enterprise_agent.use')).toBe(uses + 1);
  });

  it('the legal representative grants one item; revocation stops the agent at once', async () => {
    const represented = await t.request(rep, { method: 'GET', url: '/api/v1/enterprise-agents/represented' });
    expect(represented.statusCode).toBe(200);
    expect(represented.json().items).toEqual([{ creditCode, name: '佛山市禅城区一门演示贸易有限公司' }]);

    const agent = await t.loginCitizen('13612340002');
    expect((await apply(agent, itemA)).statusCode).toBe(403);
    const grants = await auditCount('enterprise_agent.grant');
    const granted = await grant(rep, {
      agentPhone: '13612340002',
      allItems: false,
      itemCodes: [itemA],
      validUntil: inDays(30),
    });
    expect(granted.statusCode).toBe(201);
    const auth = granted.json().authorization;
    expect(auth).toMatchObject({ agentPhoneMasked: '136****0002', itemCodes: [itemA], status: 'active' });
    expect(await auditCount('enterprise_agent.grant')).toBe(grants + 1);

    const filed = await apply(agent, itemA);
    expect(filed.statusCode).toBe(201);
    const caseId = filed.json().case.id;
    // Scope: another item of the same enterprise is refused.
    const other = await apply(agent, itemB);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toContain('您尚未获得该企业授权');

    const revoked = await t.request(rep, { method: 'POST', url: `${authorizations}/${auth.id}/revoke` });
    expect(revoked.json().authorization.status).toBe('revoked');
    expect(await auditCount('enterprise_agent.revoke')).toBeGreaterThanOrEqual(1);
    expect((await apply(agent, itemA)).statusCode).toBe(403);
    // The same session: the agent no longer reads the enterprise's case, nor sees it in 我的办件.
    expect((await t.request(agent, { method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(403);
    const mine = (await t.request(agent, { method: 'GET', url: '/api/v1/my/cases' })).json().items;
    expect(mine).toEqual([]);
    const me = await t.request(agent, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().user.roles).toEqual(['citizen']);
    const list = await t.request(rep, { method: 'GET', url: authorizations });
    expect(list.json().items.find((a: { id: string }) => a.id === auth.id).status).toBe('revoked');
  });

  it('an expired authorization no longer lets the agent apply', async () => {
    const agent = await t.loginCitizen('13612340003');
    const granted = await grant(rep, { agentPhone: '13612340003', allItems: true, validUntil: inDays(1) });
    expect((await apply(agent, itemB)).statusCode).toBe(201);
    // A day passes: the row's end moves into the past.
    await t.db.query(
      `UPDATE enterprise_agent_authorizations SET valid_until = now() - interval '1 minute' WHERE id = $1`,
      [granted.json().authorization.id],
    );
    expect((await apply(agent, itemB)).statusCode).toBe(403);
  });

  it('refuses someone who is not the legal representative, writing nothing', async () => {
    const before = await count('enterprise_agent_authorizations');
    const res = await grant(demoAgent, { agentPhone: '13612340004', allItems: true, validUntil: inDays(30) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('法定代表人');
    expect((await t.request(demoAgent, { method: 'GET', url: authorizations })).statusCode).toBe(403);
    expect(await count('enterprise_agent_authorizations')).toBe(before);
  });

  it('answers bad input with 400 and the field, writing nothing', async () => {
    const before = await count('enterprise_agent_authorizations');
    const bad = await t.request(rep, {
      method: 'POST',
      url: '/api/v1/enterprise-agents/represented/91440604ABCDEFGH12/authorizations',
      payload: { agentPhone: '13612340005', allItems: true, validUntil: inDays(30) },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'creditCode']);
    const cases: Array<[object, string]> = [
      [{ agentPhone: '12345', allItems: true, validUntil: inDays(30) }, 'agentPhone'],
      [{ agentPhone: '13612340005', allItems: true, validUntil: inDays(-1) }, 'validUntil'],
      [
        { agentPhone: '13612340005', allItems: false, itemCodes: ['NO-SUCH-ITEM'], validUntil: inDays(30) },
        'itemCodes',
      ],
      [{ agentPhone: '13612340005', allItems: false, validUntil: inDays(30) }, 'itemCodes'],
    ];
    for (const [payload, field] of cases) {
      const res = await grant(rep, payload);
      expect([res.statusCode, res.json().error.field]).toEqual([400, field]);
    }
    expect(await count('enterprise_agent_authorizations')).toBe(before);
  });
});
