import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, publishItem, registerPerson } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let clerk: Session;
beforeAll(async () => {
  t = await buildTestApp();
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const search = async (q: string, session: Session | null = clerk) =>
  t.request(session, { method: 'GET', url: `/api/v1/items?q=${encodeURIComponent(q)}&limit=5` });
const names = async (q: string) =>
  (await search(q)).json().items.map((i: { name: string }) => i.name) as string[];

describe('finding an item in the demo catalogue (1,052 items)', () => {
  it('understands colloquial words, pinyin, initials and typos', async () => {
    expect((await names('上户口'))[0]).toBe('出生登记');
    expect((await names('shebaoka'))[0]).toBe('社会保障卡申领');
    expect((await names('开饭店')).slice(0, 3)).toContain('食品经营许可');
    expect((await names('yyzz')).slice(0, 2).some((n) => n.includes('设立登记'))).toBe(true);
    expect((await names('社保卡申请'))[0]).toBe('社会保障卡申领');
    const hit = (await search('身份证换领')).json().items[0];
    expect(hit).toMatchObject({
      name: '居民身份证换领',
      departmentId: 'psb',
      handlingType: expect.any(String),
    });
  });

  it('finds a newly published item and ranks by use among equals', async () => {
    const admin = await t.login('admin');
    const code = await publishItem(t, admin, buildItem({ name: '犬只登记证办理', keywords: ['养狗登记'] }));
    expect((await names('养狗登记'))[0]).toBe('犬只登记证办理');
    const idNumber = await registerPerson(t, clerk, '养犬 居民', '1982-02-02');
    const opened = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { itemCode: code, applicant: { kind: 'person', idNumber } },
    });
    expect(opened.statusCode).toBe(201);
    const usage = await t.db.query<{ usage_count: number }>('SELECT usage_count FROM items WHERE code = $1', [
      code,
    ]);
    expect(usage.rows[0]!.usage_count).toBe(1);
  });

  it('answers bad queries clearly', async () => {
    expect((await search('x'.repeat(51))).statusCode).toBe(400);
    expect((await search('x'.repeat(51))).json().error.field).toBe('q');
    expect((await search('   ')).statusCode).toBe(400);
    expect((await search('出生登记', null)).statusCode).toBe(200); // the catalogue is public
  });
});

describe('ranking what people type on the desk', () => {
  it('reads a short form inside a longer query: 个体户变更 puts 变更登记 above 设立登记', async () => {
    const top = await names('个体户变更');
    const change = top.findIndex((n) => n.includes('个体工商户变更登记'));
    const open = top.findIndex((n) => n.includes('个体工商户设立登记'));
    expect(change).toBe(0);
    expect(open === -1 || open > change).toBe(true);
  });

  it('finds the food-business licence for 开饭店, 餐饮 and 食品经营许可', async () => {
    for (const q of ['开饭店', '餐饮', '食品经营许可']) expect(await names(q), q).toContain('食品经营许可');
  });
});

describe('the public home page search', () => {
  it('suggests the closest items, flagged as suggestions, when a query finds nothing', async () => {
    const hits = (await search('火星上结婚怎么办', null)).json().items;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h: { name: string }) => h.name)).toContain('结婚登记');
    expect(hits.every((h: { suggestion?: boolean }) => h.suggestion === true)).toBe(true);
    expect((await search('结婚登记', null)).json().items[0].suggestion).toBeUndefined();
  });

  it('ranks the chosen audience (个人 / 法人) first and keeps the other', async () => {
    for (const prefer of ['1', '2']) {
      const res = await t.request(null, {
        method: 'GET',
        url: `/api/v1/items?q=${encodeURIComponent('食品')}&limit=20&prefer=${prefer}`,
      });
      const served = res
        .json()
        .items.map((h: { serviceObjects: string[] }) => h.serviceObjects.includes(prefer));
      expect(served[0]).toBe(true);
      expect(served.includes(false)).toBe(true);
      expect(served).toEqual([...served].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    }
  });
});
