import type { GuideT } from '@yimen/shared/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import type { ItemDefinitionT } from './item-definition.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const at = (code: string, rest = '') => `/api/v1/catalogue/items/${encodeURIComponent(code)}${rest}`;
const create = (def: ItemDefinitionT) =>
  t.request(admin, { method: 'POST', url: '/api/v1/catalogue/items', payload: def });
const putDraft = (def: ItemDefinitionT) =>
  t.request(admin, { method: 'PUT', url: at(def.implementationCode, '/draft'), payload: def });
const publish = (code: string) => t.request(admin, { method: 'POST', url: at(code, '/publish') });
const draftGuide = (as: Session | null, code: string) =>
  t.request(as, { method: 'GET', url: at(code, '/draft/guide') });
const history = (as: Session | null, code: string) =>
  t.request(as, { method: 'GET', url: at(code, '/versions') });
const materialNames = (guide: GuideT) =>
  guide.sections.find((s) => s.key === 'materials')!.rows!.map((row) => row[1]);

const withMaterial = (def: ItemDefinitionT, name: string): ItemDefinitionT => ({
  ...def,
  materials: [
    ...def.materials,
    {
      id: 'lease',
      name,
      originalOrCopy: 'copy',
      form: 'paper',
      necessity: 'required',
      source: 'applicant',
      copies: 1,
    },
  ],
});

describe('the guide of a draft', () => {
  it('shows the draft as the public guide will, while the public still reads the published version', async () => {
    const def = buildItem({ name: '草稿预览事项' });
    const code = def.implementationCode;
    expect((await create(def)).statusCode).toBe(201);

    const first = await draftGuide(admin, code);
    expect(first.statusCode).toBe(200);
    expect(first.json().guide).toMatchObject({ code, name: '草稿预览事项', version: null, status: 'draft' });
    expect(materialNames(first.json().guide)).toEqual(['居民身份证', '申请表', '近期照片']);
    expect((await t.request(null, { method: 'GET', url: `/api/v1/items/${code}/guide` })).statusCode).toBe(
      404,
    );

    expect((await publish(code)).statusCode).toBe(200);
    expect((await putDraft(withMaterial(def, '房屋租赁合同'))).statusCode).toBe(200);

    const draft = (await draftGuide(admin, code)).json().guide as GuideT;
    expect(materialNames(draft)).toContain('房屋租赁合同');
    // The same sections as the public guide: the only difference is the added material.
    const published = (await t.request(null, { method: 'GET', url: `/api/v1/items/${code}/guide` })).json()
      .guide as GuideT;
    expect(materialNames(published)).not.toContain('房屋租赁合同');
    expect(draft.sections.map((s) => s.key)).toEqual(published.sections.map((s) => s.key));
  });

  it('is for administrators only, and names the code it does not know', async () => {
    const def = buildItem();
    expect((await create(def)).statusCode).toBe(201);
    expect((await draftGuide(clerk, def.implementationCode)).statusCode).toBe(403);
    expect((await draftGuide(null, def.implementationCode)).statusCode).toBe(401);
    const unknown = await draftGuide(admin, 'NO-SUCH-ITEM');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('code');
    expect((await draftGuide(admin, 'bad code!')).json().error.field).toBe('code');
  });
});

describe('the version history of an item', () => {
  it('lists every published version newest first with who published it, and the unpublished draft', async () => {
    const def = buildItem({ name: '历史事项' });
    const code = def.implementationCode;
    expect((await create(def)).statusCode).toBe(201);

    const before = (await history(admin, code)).json();
    expect(before).toMatchObject({ code, status: 'draft', currentVersion: null, versions: [] });
    expect(before.draft).toMatchObject({ name: '历史事项', updatedBy: { name: '系统管理员 陈明' } });

    expect((await publish(code)).statusCode).toBe(200);
    const once = (await history(admin, code)).json();
    expect(once.draft).toBeNull();
    expect(once.versions).toHaveLength(1);

    expect((await putDraft({ ...def, name: '历史事项（新）' })).statusCode).toBe(200);
    expect((await publish(code)).statusCode).toBe(200);
    expect((await putDraft(withMaterial({ ...def, name: '历史事项（草稿）' }, '租赁合同'))).statusCode).toBe(
      200,
    );

    const res = await history(admin, code);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'published', currentVersion: 2 });
    expect(body.draft).toMatchObject({ name: '历史事项（草稿）', updatedBy: { name: '系统管理员 陈明' } });
    expect(
      body.versions.map((v: { version: number; name: string; current: boolean }) => [
        v.version,
        v.name,
        v.current,
      ]),
    ).toEqual([
      [2, '历史事项（新）', true],
      [1, '历史事项', false],
    ]);
    for (const v of body.versions) {
      expect(v.publishedBy).toMatchObject({ name: '系统管理员 陈明' });
      expect(Date.parse(v.publishedAt)).not.toBeNaN();
    }
  });

  it('names who last changed the draft by an import too', async () => {
    const def = buildItem({ name: '导入前' });
    const code = def.implementationCode;
    expect((await create(def)).statusCode).toBe(201);
    expect((await publish(code)).statusCode).toBe(200);
    // A second administrator imports the change, so the creator and the importer differ.
    const added = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/admin/staff',
      payload: {
        username: 'catalogue.admin2',
        displayName: '目录管理员 王芳',
        password: 'catalogue-pass-1',
        roles: ['administrator'],
        departmentId: 'gsd',
        jurisdictionCode: '440604',
      },
    });
    expect(added.statusCode).toBe(201);
    const importer = await t.login('catalogue.admin2', 'catalogue-pass-1');
    const imported = await t.request(importer, {
      method: 'POST',
      url: '/api/v1/catalogue/import',
      payload: { format: 'yimen.catalogue', items: [{ ...def, name: '导入后' }] },
    });
    expect(imported.statusCode).toBe(200);
    const body = (await history(admin, code)).json();
    expect(body.draft).toMatchObject({ name: '导入后', updatedBy: { name: '目录管理员 王芳' } });
    expect(
      body.versions.map((v: { name: string; publishedBy: { name: string } }) => [v.name, v.publishedBy.name]),
    ).toEqual([['导入前', '系统管理员 陈明']]);
  });

  it('says the seed published a demo item (no one), and refuses other roles', async () => {
    const { rows } = await t.db.query<{ code: string }>(
      'SELECT code FROM items WHERE current_version IS NOT NULL ORDER BY code LIMIT 1',
    );
    const seeded = (await history(admin, rows[0]!.code)).json();
    expect(seeded.versions[0]).toMatchObject({ version: 1, publishedBy: null });
    expect((await history(clerk, rows[0]!.code)).statusCode).toBe(403);
    expect((await history(admin, 'NO-SUCH-ITEM')).statusCode).toBe(404);
  });
});
