import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommitmentItem, buildItem } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { DEMO_CITIZEN_PHONE } from '../demo/demo-accounts.ts';
import { REAL_ITEMS } from './data/real-items.ts';
import type { ItemDefinitionT } from './item-definition.ts';
import { seedCatalogueItems } from './seed-items.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let citizen: Session;

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction((tx) =>
    seedCatalogueItems(tx, t.config.districtCode, REAL_ITEMS, { synthetic: false }),
  );
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  citizen = await t.loginCitizen(DEMO_CITIZEN_PHONE);
});
afterAll(async () => t?.close());

const path = (code: string) => encodeURIComponent(code);
const create = (def: unknown, as = admin) =>
  t.request(as, { method: 'POST', url: '/api/v1/catalogue/items', payload: def as object });
const putDraft = (code: string, def: unknown) =>
  t.request(admin, {
    method: 'PUT',
    url: `/api/v1/catalogue/items/${path(code)}/draft`,
    payload: def as object,
  });
const publish = (code: string) =>
  t.request(admin, { method: 'POST', url: `/api/v1/catalogue/items/${path(code)}/publish` });
const read = (as: Session | null, code: string, query = '') =>
  t.request(as, { method: 'GET', url: `/api/v1/items/${path(code)}${query}` });
const counts = async () =>
  (
    await t.db.query<{ items: number; versions: number; audit: number }>(
      `SELECT (SELECT count(*)::int FROM items) AS items, (SELECT count(*)::int FROM item_versions) AS versions,
              (SELECT count(*)::int FROM audit_log WHERE action LIKE 'catalogue.%') AS audit`,
    )
  ).rows[0]!;

describe('an item from draft to published versions', () => {
  const def = buildCommitmentItem({ name: '测试承诺事项' });
  const code = def.implementationCode;

  it('is invisible to the public until published, then readable by anyone signed in', async () => {
    const created = await create(def);
    expect(created.statusCode).toBe(201);
    expect(created.json().item).toMatchObject({
      code,
      status: 'draft',
      version: null,
      hasUnpublishedChanges: true,
    });

    const hidden = await read(citizen, code);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toContain('尚未发布');
    expect((await read(admin, code)).json().item).toMatchObject({
      version: null,
      status: 'draft',
      publishedAt: null,
    });

    const published = await publish(code);
    expect(published.statusCode).toBe(200);
    expect(published.json().item).toMatchObject({
      status: 'published',
      version: 1,
      hasUnpublishedChanges: false,
    });
    const seen = await read(citizen, code);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().item).toMatchObject({
      code,
      name: '测试承诺事项',
      version: 1,
      status: 'published',
      departmentId: 'hcb',
    });
    expect(seen.json().item.definition).toEqual(def);
    // When the version was published: the blank forms print it, so the answer carries it too.
    expect(Date.parse(seen.json().item.publishedAt)).not.toBeNaN();
    expect((await read(null, code)).json().item).toMatchObject({ code, status: 'published' }); // public

    const audit = await t.db.query<{ action: string; actor_name: string }>(
      `SELECT action, actor_name FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [code],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['catalogue.item.create', 'catalogue.item.publish']);
  });

  it('keeps the published version while the draft changes, and publishes the change as version 2', async () => {
    const edited = { ...def, name: '测试承诺事项（修订）', promisedLimitDays: 8 };
    const saved = await putDraft(code, edited);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().item).toMatchObject({
      version: 1,
      hasUnpublishedChanges: true,
      name: '测试承诺事项（修订）',
    });
    expect((await read(clerk, code)).json().item).toMatchObject({ version: 1, name: '测试承诺事项' });

    expect((await publish(code)).json().item).toMatchObject({ version: 2, status: 'published' });
    expect((await read(clerk, code)).json().item).toMatchObject({ version: 2, name: '测试承诺事项（修订）' });
    const v1 = await read(clerk, code, '?version=1');
    expect(v1.json().item.definition).toEqual(def);
    const v9 = await read(clerk, code, '?version=9');
    expect(v9.statusCode).toBe(404);
    expect(v9.json().error.field).toBe('version');

    const again = await publish(code);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('refuses any change to a published version in the database itself', async () => {
    await expect(t.db.query(`UPDATE item_versions SET definition = '{}'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM item_versions')).rejects.toThrow(/append-only/);
    const stored = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM item_versions v JOIN items i ON i.id = v.item_id WHERE i.code = $1`,
      [code],
    );
    expect(stored.rows[0]!.n).toBe(2);
  });

  it('retires an item: still readable for its cases, not retired twice', async () => {
    const retired = await t.request(admin, {
      method: 'POST',
      url: `/api/v1/catalogue/items/${path(code)}/retire`,
    });
    expect(retired.json().item).toMatchObject({ status: 'retired', version: 2 });
    expect((await read(clerk, code)).json().item).toMatchObject({ status: 'retired', version: 2 });
    const twice = await t.request(admin, {
      method: 'POST',
      url: `/api/v1/catalogue/items/${path(code)}/retire`,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await read(clerk, 'NO-SUCH-ITEM')).statusCode).toBe(404);
    const malformed = await read(clerk, 'bad code!');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.field).toBe('code');
  });
});

describe('refusals', () => {
  const broken = (mutate: (d: ItemDefinitionT) => void, base = buildCommitmentItem()) => {
    mutate(base);
    return base;
  };

  it('names the field of every invalid definition and writes nothing', async () => {
    const taken = buildItem();
    expect((await create(taken)).statusCode).toBe(201);
    const before = await counts();
    const cases: Array<[unknown, number, string]> = [
      [broken((d) => (d.departmentId = 'nope')), 400, 'departmentId'],
      [broken((d) => (d.stages[0]!.nodes[1]!.departmentId = 'nope')), 400, 'stages.0.nodes.1.departmentId'],
      [broken((d) => (d.handlingType = 'instant')), 400, 'stages'],
      [buildItem({ promisedLimitDays: 1, legalLimitDays: 1 }), 400, 'promisedLimitDays'],
      [buildItem({ handlingType: 'commitment', promisedLimitDays: 1, legalLimitDays: 1 }), 400, 'stages'],
      [buildCommitmentItem({ promisedLimitDays: 30, legalLimitDays: 20 }), 400, 'promisedLimitDays'],
      [broken((d) => (d.materials[2]!.id = 'id_card')), 400, 'materials.2.id'],
      [broken((d) => (d.stages[1]!.nodes[0]!.id = 'civil')), 400, 'stages.1.nodes.0.id'],
      [{ ...buildItem(), colour: 'red' }, 400, 'colour'],
      [broken((d) => ((d.materials[0] as { name?: string }).name = '')), 400, 'materials.0.name'],
      [{ ...buildItem(), implementationCode: taken.implementationCode }, 409, 'implementationCode'],
    ];
    for (const [body, status, field] of cases) {
      const res = await create(body);
      expect(res.statusCode, field).toBe(status);
      expect(res.json().error.field, field).toBe(field);
    }
    const wrongCode = await putDraft(taken.implementationCode, { ...taken, implementationCode: 'OTHER-1' });
    expect(wrongCode.statusCode).toBe(400);
    expect(wrongCode.json().error.field).toBe('implementationCode');
    expect(await counts()).toEqual(before);
  });

  it('lets only administrators edit, list and transfer the catalogue', async () => {
    const before = await counts();
    const denied = [
      await create(buildItem(), clerk),
      await create(buildItem(), citizen),
      await t.request(clerk, { method: 'GET', url: '/api/v1/catalogue/items' }),
      await t.request(clerk, { method: 'GET', url: '/api/v1/catalogue/export.json' }),
      await t.request(clerk, { method: 'POST', url: '/api/v1/catalogue/import', payload: { items: [] } }),
      await t.request(citizen, {
        method: 'POST',
        url: `/api/v1/catalogue/items/${path(REAL_ITEMS[0]!.implementationCode)}/retire`,
      }),
    ];
    expect(denied.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403, 403]);
    const after = await counts();
    expect({ items: after.items, versions: after.versions }).toEqual({
      items: before.items,
      versions: before.versions,
    });
    const refusals = await t.db.query(
      `SELECT 1 FROM audit_log WHERE outcome = 'denied' AND target_id LIKE '/api/v1/catalogue%'`,
    );
    expect(refusals.rows.length).toBeGreaterThanOrEqual(6);
  });
});

describe('guide and listing', () => {
  it('gives a citizen the 办事指南 of a real item in sections', async () => {
    const real = REAL_ITEMS.find((d) => d.handlingType === 'commitment')!;
    const res = await t.request(citizen, {
      method: 'GET',
      url: `/api/v1/items/${path(real.implementationCode)}/guide`,
    });
    expect(res.statusCode).toBe(200);
    const guide = res.json().guide;
    expect(guide).toMatchObject({ code: real.implementationCode, name: real.name, version: 1 });
    expect(guide.sections.map((s: { heading: string }) => s.heading)).toEqual([
      '基本信息',
      '办理地点',
      '受理条件',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费',
      '结果',
      '送达方式',
      '设定依据',
    ]);
    const materials = guide.sections.find((s: { key: string }) => s.key === 'materials');
    expect(materials.rows).toHaveLength(real.materials.length);
    expect(materials.rows[0][1]).toBe(real.materials[0]!.name);
  });

  it('lists the catalogue for administrators with filters', async () => {
    const all = await t.request(admin, { method: 'GET', url: '/api/v1/catalogue/items?pageSize=200' });
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe((await counts()).items);
    const byDept = await t.request(admin, {
      method: 'GET',
      url: '/api/v1/catalogue/items?department=hcb&pageSize=200',
    });
    expect(byDept.json().items.length).toBeGreaterThan(0);
    expect(byDept.json().items.every((i: { department: { id: string } }) => i.department.id === 'hcb')).toBe(
      true,
    );
    const legal = await t.request(admin, {
      method: 'GET',
      url: '/api/v1/catalogue/items?serviceObject=2&status=published&pageSize=200',
    });
    const rows = legal.json().items as Array<{
      serviceObjects: string[];
      status: string;
      synthetic: boolean;
    }>;
    // The demo catalogue holds the synthetic rest of Chancheng's items too.
    const expected = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM items WHERE '2' = ANY(service_object) AND status = 'published'`,
    );
    expect(legal.json().total).toBe(expected.rows[0]!.n);
    expect(rows.length).toBe(Math.min(200, expected.rows[0]!.n));
    expect(rows.every((r) => r.serviceObjects.includes('2') && r.status === 'published')).toBe(true);
    const drafts = await t.request(admin, { method: 'GET', url: '/api/v1/catalogue/items?status=draft' });
    expect(drafts.json().items.every((i: { version: number | null }) => i.version === null)).toBe(true);
  });
});
