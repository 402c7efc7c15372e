import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { XLSX_TYPE } from './catalogue.routes.ts';
import { seedCatalogue } from './catalogue.seed.ts';
import type { ItemDefinitionT } from './item-definition.ts';

let t: TestApp;
let admin: Session;
let seeded: Awaited<ReturnType<typeof seedCatalogue>>;

beforeAll(async () => {
  t = await buildTestApp();
  // Start-up seeded the demo catalogue; a second seed must leave it alone.
  seeded = await t.db.transaction((tx) => seedCatalogue(tx, t.config.districtCode, { synthetic: true }));
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const exportJson = async () => {
  const res = await t.request(admin, { method: 'GET', url: '/api/v1/catalogue/export.json' });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    format: string;
    items: ItemDefinitionT[];
    published: Array<{ code: string; version: number }>;
  };
};
const importJson = (body: object) =>
  t.request(admin, { method: 'POST', url: '/api/v1/catalogue/import', payload: body });
const importXlsx = (file: Buffer) =>
  t.request(admin, {
    method: 'POST',
    url: '/api/v1/catalogue/import',
    payload: file,
    headers: { 'content-type': XLSX_TYPE },
  });
const adminItem = async (code: string) =>
  (
    await t.request(admin, { method: 'GET', url: `/api/v1/catalogue/items/${encodeURIComponent(code)}` })
  ).json().item;
const putDraft = (def: ItemDefinitionT) =>
  t.request(admin, {
    method: 'PUT',
    url: `/api/v1/catalogue/items/${encodeURIComponent(def.implementationCode)}/draft`,
    payload: def,
  });
const state = async () =>
  (
    await t.db.query<{ items: number; drafts: string; imports: number }>(
      `SELECT count(*)::int AS items, md5(string_agg(draft::text, '' ORDER BY code)) AS drafts,
              (SELECT count(*)::int FROM audit_log WHERE action = 'catalogue.import') AS imports
         FROM items`,
    )
  ).rows[0]!;

describe('catalogue seed', () => {
  it("publishes Chancheng's 1,052 items once, at start-up", async () => {
    expect(seeded).toMatchObject({ seeded: false });
    const r = await t.db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE '1' = ANY(i.service_object))::int AS natural,
              count(*) FILTER (WHERE '1' = ANY(i.service_object) AND i.handling_type = 'instant')::int AS natural_instant,
              count(*) FILTER (WHERE NOT '1' = ANY(i.service_object))::int AS legal,
              count(*) FILTER (WHERE NOT '1' = ANY(i.service_object) AND i.handling_type = 'instant')::int AS legal_instant,
              count(*) FILTER (WHERE i.synthetic)::int AS synthetic,
              count(*) FILTER (WHERE v.version = 1 AND v.published_by IS NULL AND v.definition = i.draft)::int AS published
         FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version`,
    );
    expect(r.rows[0]).toEqual({
      natural: 456,
      natural_instant: 120,
      legal: 596,
      legal_instant: 55,
      synthetic: 1021,
      published: 1052,
    });
    const again = await t.db.transaction((tx) =>
      seedCatalogue(tx, t.config.districtCode, { synthetic: true }),
    );
    expect(again.seeded).toBe(false);
  });
});

describe('JSON export and import', () => {
  it('restores changed drafts and adds new ones, publishing nothing', async () => {
    const exported = await exportJson();
    expect(exported.format).toBe('yimen.catalogue');
    expect(exported.items).toHaveLength(1052);
    expect(exported.published).toHaveLength(1052);
    const original = exported.items[10]!;
    expect((await putDraft({ ...original, name: `${original.name}（改）` })).statusCode).toBe(200);
    const fresh = buildItem({ name: '导入的新事项' });

    const res = await importJson({ ...exported, items: [...exported.items, fresh] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, updated: 1, unchanged: 1051 });
    expect(res.json().items[10]).toEqual({
      code: original.implementationCode,
      outcome: 'updated',
      row: 'items.10',
    });
    expect(await adminItem(original.implementationCode)).toMatchObject({
      definition: original,
      hasUnpublishedChanges: false,
    });
    expect(await adminItem(fresh.implementationCode)).toMatchObject({
      status: 'draft',
      version: null,
      definition: fresh,
    });
    const audit = await t.db.query<{ details: { created: string[]; updated: string[] } }>(
      `SELECT details FROM audit_log WHERE action = 'catalogue.import' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.rows[0]!.details).toMatchObject({
      created: [fresh.implementationCode],
      updated: [original.implementationCode],
    });
  });

  it('refuses the whole file at the first bad row, naming it, and writes nothing', async () => {
    const { items } = await exportJson();
    const before = await state();
    const withItems = (mutate: (list: ItemDefinitionT[]) => void) => {
      const copy = structuredClone(items);
      mutate(copy);
      return { items: copy };
    };
    const cases: Array<[object, string]> = [
      [withItems((l) => (l[3]!.materials[0]!.name = '')), 'items.3.materials.0.name'],
      [withItems((l) => (l[5]!.departmentId = 'nope')), 'items.5.departmentId'],
      [withItems((l) => (l[7]!.implementationCode = l[2]!.implementationCode)), 'items.7.implementationCode'],
      [
        withItems((l) => (l[1]!.handlingType = l[1]!.handlingType === 'instant' ? 'commitment' : 'instant')),
        'items.1.stages',
      ],
      [{ format: 'something-else', items: [] }, 'format'],
      [{ things: [] }, 'items'],
    ];
    for (const [body, field] of cases) {
      const res = await importJson(body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error, field).toMatchObject({ code: 'validation_failed', field });
    }
    const zh = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/catalogue/import',
      payload: cases[0]![0],
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(zh.json().error.message).toMatch(new RegExp(`^事项 ${items[3]!.implementationCode}：`));
    expect(await state()).toEqual(before);
  });
});

describe('Excel export and import', () => {
  const download = async () => {
    const res = await t.request(admin, { method: 'GET', url: '/api/v1/catalogue/export.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    return res.rawPayload;
  };

  it('round-trips every definition exactly', async () => {
    const before = (await exportJson()).items;
    const file = await download();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '事项',
      '受理条件',
      '申请材料',
      '办理流程',
      '核验',
      '收费',
    ]);
    expect(wb.getWorksheet('事项')!.getRow(1).getCell(2).value).toBe('事项名称');

    const changed = before[20]!;
    await putDraft({
      ...changed,
      promisedLimitDays: 0,
      legalLimitDays: 30,
      stages: [],
      handlingType: 'instant',
    });
    const res = await importXlsx(file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 1, unchanged: before.length - 1 });
    // Each item says which row of sheet 事项 it came from (row 1 holds the headers).
    expect(res.json().items[20]).toEqual({
      code: changed.implementationCode,
      outcome: 'updated',
      row: '事项!A22',
    });
    expect((await exportJson()).items).toEqual(before);
  });

  it('names the cell of the first bad row and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download()) as unknown as ArrayBuffer);
    wb.getWorksheet('事项')!.getCell('B7').value = null;
    const before = await state();
    const res = await importXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: '事项!B7' });
    expect(await state()).toEqual(before);
    const junk = await importXlsx(Buffer.from('PK not really a workbook'));
    expect(junk.json().error.field).toBe('file');
  });

  it('documents the routes in the OpenAPI description', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/items/{code}',
        '/api/v1/items/{code}/guide',
        '/api/v1/catalogue/import',
      ]),
    );
  });
});
