import { makeCreditCode, makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let approver: Session;
let supervisor: Session;
let shiwanClerk: Session;
let gridWorker: Session;
let zumiaoAddress: { id: string; grid_code: string };

// A person born 1990-03-07 in Chancheng, sequence 123 (odd: male); not among the seeded synthetic people.
const ID = makeIdNumber('440604', '1990-03-07', 123);
const WRONG_CHECK = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  approver = await t.login('approver');
  supervisor = await t.login('supervisor');
  gridWorker = await t.login('gridworker');
  // A window clerk whose jurisdiction is 石湾镇街道 only.
  const created = await t.request(admin, {
    method: 'POST',
    url: '/api/v1/admin/staff',
    payload: {
      username: 'shiwan.clerk',
      displayName: '石湾窗口 邓婷',
      password: 'a-strong-password',
      roles: ['window_clerk'],
      departmentId: 'asc',
      jurisdictionCode: '440604010',
    },
  });
  expect(created.statusCode).toBe(201);
  shiwanClerk = await t.login('shiwan.clerk', 'a-strong-password');
  const a = await t.db.query<{ id: string; grid_code: string }>(
    `SELECT id, grid_code FROM addresses WHERE street_code = '440604012' ORDER BY id LIMIT 1`,
  );
  zumiaoAddress = a.rows[0]!;
});
afterAll(async () => t?.close());

const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(sql, params)).rows[0]!.n;
const accessRows = (personId: string) =>
  t.db.query<{ actor_name: string; purpose: string; case_ref: string | null; fields: string[] }>(
    'SELECT actor_name, purpose, case_ref, fields FROM person_access_log WHERE person_id = $1 ORDER BY id',
    [personId],
  );
const register = (session: Session, payload: Record<string, unknown>) =>
  t.request(session, { method: 'POST', url: '/api/v1/persons', payload });

let personId: string;

describe('registering persons', () => {
  it('rejects an invalid ID number with 422, the field and the expected check digit, writing nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM persons');
    const res = await register(clerk, { idNumber: WRONG_CHECK, name: '梁家辉' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'invalid_id_number', field: 'idNumber' });
    expect(res.json().error.message).toContain(`应为 ${ID[17]}`);
    const future = await register(clerk, {
      idNumber: makeIdNumber('440604', '2099-01-01', 1),
      name: '梁家辉',
    });
    expect(future.json().error.message).toContain('future');
    expect(await count('SELECT count(*)::int AS n FROM persons')).toBe(before);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.create'`)).toBe(0);
  });

  it('registers a person, deriving gender and birth date, and stores the number only encrypted', async () => {
    const res = await register(clerk, {
      idNumber: ID.toLowerCase(),
      name: ' 梁家辉 ',
      phone: '13812345678',
      addressId: zumiaoAddress.id,
    });
    expect(res.statusCode).toBe(201);
    const p = res.json().person;
    personId = p.id;
    expect(p).toMatchObject({
      name: '梁家辉',
      gender: 'M',
      birthYear: 1990,
      idNumberMasked: `4406**********${ID.slice(14)}`,
      phoneMasked: '138****5678',
      gridCode: zumiaoAddress.grid_code,
      revealed: false,
      synthetic: false,
    });
    expect(res.body).not.toContain(ID);
    expect(res.body).not.toContain('13812345678');
    const row = (await t.db.query<Record<string, string>>('SELECT * FROM persons WHERE id = $1', [p.id]))
      .rows[0]!;
    expect(row.id_number_enc).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(ID);
    expect(JSON.stringify(row)).not.toContain('13812345678');
    const audit = await t.db.query<{ details: unknown }>(
      `SELECT details FROM audit_log WHERE action = 'person.create' AND target_id = $1`,
      [p.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows[0]!.details)).not.toContain(ID);
  });

  it('refuses a second registration of the same number with 409', async () => {
    const res = await register(admin, { idNumber: ID, name: '梁家辉' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', field: 'idNumber' });
  });

  it('refuses roles that do not register people, and unknown fields', async () => {
    expect((await register(supervisor, { idNumber: ID, name: 'x' })).statusCode).toBe(403);
    const extra = await register(clerk, { idNumber: ID, name: 'x', gender: 'F' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.field).toBe('gender');
  });
});

describe('reading persons', () => {
  it('finds a person by ID number only with a purpose, and records the read', async () => {
    const noPurpose = await t.request(clerk, { method: 'GET', url: `/api/v1/persons/lookup?idNumber=${ID}` });
    expect(noPurpose.statusCode).toBe(400);
    const res = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/persons/lookup?idNumber=${ID}&purpose=${encodeURIComponent('办理居住证')}&caseRef=C-2026-0001`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().person).toMatchObject({ id: personId, revealed: false });
    expect(res.json().person.idNumber).toBeUndefined();
    const rows = (await accessRows(personId)).rows.filter((r) => r.purpose === '办理居住证');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ case_ref: 'C-2026-0001' });
    expect(rows[0]!.fields).toContain('id_number_masked');
    expect(rows[0]!.fields).not.toContain('id_number_full');
  });

  it('answers 404 for an unknown number and audits the miss without the number', async () => {
    const unknown = makeIdNumber('440604', '1991-01-01', 777);
    const res = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/persons/lookup?idNumber=${unknown}&purpose=check`,
    });
    expect(res.statusCode).toBe(404);
    const miss = await t.db.query<{ details: unknown; outcome: string }>(
      `SELECT details, outcome FROM audit_log WHERE action = 'person.lookup' ORDER BY id DESC LIMIT 1`,
    );
    expect(miss.rows[0]!.outcome).toBe('failure');
    expect(JSON.stringify(miss.rows[0]!.details)).not.toContain(unknown);
  });

  it('shows the masked record to a supervisor and records which fields were shown', async () => {
    const res = await t.request(supervisor, {
      method: 'GET',
      url: `/api/v1/persons/${personId}?purpose=supervision`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().person.idNumber).toBeUndefined();
    const last = (await accessRows(personId)).rows.at(-1)!;
    expect(last).toMatchObject({ purpose: 'supervision', actor_name: expect.stringContaining('何丽') });
    expect(last.fields).toEqual([
      'name',
      'gender',
      'birth_year',
      'id_number_masked',
      'phone_masked',
      'address',
    ]);
  });

  it('reveals the full number only to clerks and approvers, only with a case reference', async () => {
    const url = (extra: string) =>
      `/api/v1/persons/${personId}?purpose=${encodeURIComponent('核对身份')}&reveal=true${extra}`;
    const before = (await accessRows(personId)).rows.length;
    const bySupervisor = await t.request(supervisor, { method: 'GET', url: url('&caseRef=C-1') });
    expect(bySupervisor.statusCode).toBe(403);
    const noCase = await t.request(clerk, { method: 'GET', url: url('') });
    expect(noCase.statusCode).toBe(400);
    expect(noCase.json().error.field).toBe('caseRef');
    expect((await accessRows(personId)).rows.length).toBe(before);

    for (const who of [clerk, approver]) {
      const res = await t.request(who, { method: 'GET', url: url('&caseRef=C-2026-0002') });
      expect(res.statusCode).toBe(200);
      expect(res.json().person).toMatchObject({
        revealed: true,
        idNumber: ID,
        birthDate: '1990-03-07',
        phone: '13812345678',
      });
    }
    const revealed = (await accessRows(personId)).rows.slice(before);
    expect(revealed).toHaveLength(2);
    for (const r of revealed) {
      expect(r.case_ref).toBe('C-2026-0002');
      expect(r.fields).toEqual(['name', 'gender', 'birth_date', 'id_number_full', 'phone_full', 'address']);
    }
    const denied = await count(
      `SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND target_id = $1`,
      [`/api/v1/persons/${personId}`],
    );
    expect(denied).toBeGreaterThanOrEqual(1);
  });

  it('refuses a person outside the reader’s jurisdiction with 403, audited, and records no access', async () => {
    const before = (await accessRows(personId)).rows.length;
    const res = await t.request(shiwanClerk, { method: 'GET', url: `/api/v1/persons/${personId}?purpose=x` });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('out_of_jurisdiction');
    expect((await accessRows(personId)).rows.length).toBe(before);
    const lookup = await t.request(shiwanClerk, {
      method: 'GET',
      url: `/api/v1/persons/lookup?idNumber=${ID}&purpose=x`,
    });
    expect(lookup.statusCode).toBe(403);
    const denied = await t.db.query<{ details: { code: string } }>(
      `SELECT details FROM audit_log WHERE outcome = 'denied' AND actor_name LIKE '%邓婷%'`,
    );
    expect(denied.rows.map((r) => r.details.code)).toContain('out_of_jurisdiction');
  });

  it('refuses roles without a need to read persons', async () => {
    const res = await t.request(gridWorker, { method: 'GET', url: `/api/v1/persons/${personId}?purpose=x` });
    expect(res.statusCode).toBe(403);
  });

  it('lists names and masked numbers within the jurisdiction, with one audit entry', async () => {
    expect((await t.request(clerk, { method: 'GET', url: '/api/v1/persons?purpose=x' })).statusCode).toBe(
      400,
    );
    const res = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/persons?q=${encodeURIComponent('梁')}&purpose=${encodeURIComponent('窗口查询')}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((p: { id: string }) => p.id)).toContain(personId);
    for (const p of body.items) {
      expect(p.name.startsWith('梁')).toBe(true);
      expect(Object.keys(p).sort()).toEqual(['gender', 'gridCode', 'id', 'idNumberMasked', 'name']);
    }
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.list'`)).toBe(1);

    const shiwan = await t.request(shiwanClerk, {
      method: 'GET',
      url: '/api/v1/persons?gridCode=440604010&purpose=x',
    });
    expect(shiwan.statusCode).toBe(200);
    expect(shiwan.json().total).toBeGreaterThan(0);
    for (const p of shiwan.json().items) expect(p.gridCode.startsWith('440604010')).toBe(true);
    const elsewhere = await t.request(shiwanClerk, {
      method: 'GET',
      url: '/api/v1/persons?gridCode=440604012&purpose=x',
    });
    expect(elsewhere.statusCode).toBe(403);
  });
});

describe('enterprises', () => {
  const code = makeCreditCode('91', '440604', 'MA4UP0A1');

  it('rejects an invalid credit code with 422 and the expected check character', async () => {
    const bad = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const res = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: {
        creditCode: bad,
        name: '佛山市禅城区宏达陶瓷有限公司',
        kind: '有限责任公司',
        industry: '陶瓷制品制造',
        registeredOn: '2020-05-06',
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'invalid_credit_code', field: 'creditCode' });
    expect(res.json().error.message).toContain(`应为 ${code[17]}`);
  });

  it('registers an enterprise with a legal representative shown masked, and finds it by code', async () => {
    const res = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: {
        creditCode: code,
        name: '佛山市禅城区宏达陶瓷有限公司',
        kind: '有限责任公司',
        industry: '陶瓷制品制造',
        registeredOn: '2020-05-06',
        legalRepIdNumber: ID,
        addressId: zumiaoAddress.id,
      },
    });
    expect(res.statusCode).toBe(201);
    const e = res.json().enterprise;
    expect(e.legalRep).toEqual({ personId, name: '梁家辉', idNumberMasked: `4406**********${ID.slice(14)}` });
    expect(res.body).not.toContain(ID);

    const dup = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: {
        creditCode: code,
        name: '另一家',
        kind: '有限责任公司',
        industry: '批发业',
        registeredOn: '2021-01-01',
      },
    });
    expect(dup.statusCode).toBe(409);

    const found = await t.request(gridWorker, {
      method: 'GET',
      url: `/api/v1/enterprises?creditCode=${code.toLowerCase()}`,
    });
    expect(found.json()).toMatchObject({ total: 1, items: [{ id: e.id, creditCode: code }] });
    const before = (await accessRows(personId)).rows.length;
    const detail = await t.request(supervisor, { method: 'GET', url: `/api/v1/enterprises/${e.id}` });
    expect(detail.json().enterprise.legalRep.idNumberMasked).toContain('*');
    expect((await accessRows(personId)).rows.length).toBe(before + 1);
  });

  it('requires the legal representative to be registered and the kind to match the code', async () => {
    const unknownRep = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: {
        creditCode: makeCreditCode('91', '440604', 'MA4UP0A2'),
        name: '佛山市禅城区金盛五金有限公司',
        kind: '有限责任公司',
        industry: '金属制品业',
        registeredOn: '2022-01-01',
        legalRepIdNumber: makeIdNumber('440604', '1980-01-01', 555),
      },
    });
    expect(unknownRep.statusCode).toBe(422);
    expect(unknownRep.json().error.field).toBe('legalRepIdNumber');
    const wrongKind = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: {
        creditCode: makeCreditCode('91', '440604', 'MA4UP0A3'),
        name: '佛山市禅城区陈记粥店',
        kind: '个体工商户',
        industry: '餐饮业',
        registeredOn: '2022-01-01',
      },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.field).toBe('kind');
  });

  it('lists the seeded synthetic enterprises by part of the name', async () => {
    const res = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/enterprises?q=${encodeURIComponent('佛山')}&pageSize=5`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThanOrEqual(12);
    expect(res.json().items).toHaveLength(5);
  });
});
