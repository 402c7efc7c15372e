import { makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, publishItem, registerPerson } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { hasPdftotext, pdfText, squeeze } from '../documents/pdf-inspect.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp({ YIMEN_PUBLIC_RATE_LIMIT: '40' });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const path = encodeURIComponent;
const anonymous = (url: string, headers: Record<string, string> = {}, remoteAddress = '203.0.113.1') =>
  t.request(null, { method: 'GET', url, headers, remoteAddress });

describe('the service guide and item search without signing in', () => {
  it('lets an anonymous visitor search and read a published guide, with no personal data', async () => {
    const clerk = await t.login('clerk');
    const idNumber = await registerPerson(t, clerk, '隐私 居民', '1979-03-03');
    const found = await anonymous(`/api/v1/items?q=${path('开饭店')}&limit=5`);
    expect(found.statusCode).toBe(200);
    const hit = found.json().items.find((i: { name: string }) => i.name === '食品经营许可');
    expect(hit).toBeDefined();
    const guide = await anonymous(`/api/v1/items/${path(hit.code)}/guide`);
    expect(guide.statusCode).toBe(200);
    const headings = guide.json().guide.sections.map((s: { heading: string }) => s.heading);
    expect(headings).toContain('基本信息');
    for (const body of [found.body, guide.body]) {
      expect(body).not.toContain(idNumber);
      expect(body).not.toContain('隐私 居民');
    }
    expect(guide.headers['set-cookie']).toBeUndefined();
    expect(guide.headers['cache-control']).toMatch(/^public/);
  });

  it('answers 404 anonymously for a draft or a retired item, while staff still read the retired one', async () => {
    const draft = buildItem({ name: '未发布事项' });
    const created = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/catalogue/items',
      payload: draft,
    });
    expect(created.statusCode).toBe(201);
    const draftGuide = await anonymous(`/api/v1/items/${path(draft.implementationCode)}/guide`);
    expect(draftGuide.statusCode).toBe(404);
    expect(draftGuide.json().error.code).toBe('not_found');

    const code = await publishItem(t, admin, buildItem({ name: '将废止事项' }));
    expect((await anonymous(`/api/v1/items/${path(code)}/guide`)).statusCode).toBe(200);
    const retired = await t.request(admin, {
      method: 'POST',
      url: `/api/v1/catalogue/items/${path(code)}/retire`,
      payload: {},
    });
    expect(retired.statusCode).toBe(200);
    expect((await anonymous(`/api/v1/items/${path(code)}/guide`)).statusCode).toBe(404);
    expect((await anonymous(`/api/v1/items/${path(code)}`)).statusCode).toBe(404);
    const staff = await t.request(admin, { method: 'GET', url: `/api/v1/items/${path(code)}/guide` });
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['cache-control']).toMatch(/^private/);
  });

  it('answers 304 without a body when the caller already holds the same guide or search answer', async () => {
    const hit = (await anonymous(`/api/v1/items?q=${path('出生登记')}&limit=1`)).json().items[0];
    const url = `/api/v1/items/${path(hit.code)}/guide`;
    const first = await anonymous(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await anonymous(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await anonymous(url, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);

    const searchUrl = `/api/v1/items?q=${path('出生登记')}&limit=1`;
    const searchTag = (await anonymous(searchUrl)).headers.etag as string;
    expect((await anonymous(searchUrl, { 'if-none-match': searchTag })).statusCode).toBe(304);
  });

  it('limits how often one anonymous address may ask, with the error body', async () => {
    const url = `/api/v1/items?q=${path('社保卡')}&limit=1`;
    let last = await anonymous(url);
    for (let i = 0; i < 45 && last.statusCode !== 429; i++) last = await anonymous(url);
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('rate_limited');
    // The message fits a visitor reading the guide, not only someone signing in.
    expect(last.json().error.message).toContain('请求过于频繁');
    const signedIn = await t.request(admin, { method: 'GET', url });
    expect(signedIn.statusCode).toBe(200);
  });
});

describe('where to go and whether it can be done online', () => {
  const where = async (q: string) => {
    // Another address than the rate-limit test's, which used up its own allowance.
    const hit = (await anonymous(`/api/v1/items?q=${path(q)}&limit=1`, {}, '203.0.113.2')).json().items[0];
    const guide = (await anonymous(`/api/v1/items/${path(hit.code)}/guide`, {}, '203.0.113.2')).json().guide;
    const section = guide.sections.find((s: { key: string }) => s.key === 'where');
    return {
      guide,
      note: section.note as string | undefined,
      field: (label: string) =>
        section.fields.find((f: { label: string }) => f.label === label)?.value as string | undefined,
    };
  };

  it('names the service centre, its windows and the number of visits', async () => {
    const food = await where('食品经营许可');
    expect(food.field('办理地点')).toBe('禅城区行政服务中心');
    expect(food.field('办理窗口')).toContain('综合窗口');
    expect(food.field('咨询电话')).toBeTruthy();
    expect(food.field('到现场次数')).toMatch(/^\d 次$/);
  });

  it('says a marriage needs both parties in person and is not offered online', async () => {
    const marriage = await where('结婚登记');
    expect(marriage.field('网上办理')).toMatch(/^不可网上办理/);
    expect(marriage.note).toContain('共同到现场');
    expect(marriage.guide.onlineApplication).toBe(false);
    expect((await where('食品经营许可')).guide.onlineApplication).toBe(true);
  });

  it('refuses an online application for an item that must be done in person, and opens no case', async () => {
    const clerk = await t.login('clerk');
    const phone = '13700137011';
    const idNumber = makeIdNumber('440604', '1990-09-09', 377);
    const registered = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { idNumber, name: '现场 办理', phone },
    });
    expect(registered.statusCode).toBe(201);
    const me = await t.loginCitizen(phone);
    const marriage = await where('结婚登记');
    const count = async () =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]?.n;
    const before = await count();
    const res = await t.request(me, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: { itemCode: marriage.guide.code, applicant: { kind: 'person', idNumber } },
      headers: { 'idempotency-key': 'in-person-only-1' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.field).toBe('itemCode');
    expect(res.json().error.message).toContain('共同到现场');
    expect(await count()).toBe(before);
  });
});

describe.skipIf(!hasPdftotext() && process.env.CI !== 'true')('blank forms (空白表格) of the guide', () => {
  const ip = '203.0.113.3';
  it('lists the forms in the guide and gives each as a PDF to print, with the item and its materials', async () => {
    const hit = (await anonymous(`/api/v1/items?q=${path('出生登记')}&limit=1`, {}, ip)).json().items[0];
    const guide = (await anonymous(`/api/v1/items/${path(hit.code)}/guide`, {}, ip)).json().guide;
    expect(guide.blankForms).toEqual([{ materialId: 'birth_registration_form', name: '出生登记申报表' }]);

    const url = `/api/v1/items/${path(hit.code)}/forms/birth_registration_form`;
    const res = await anonymous(url, {}, ip);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('出生登记申报表.pdf')}`,
    );
    const text = squeeze(pdfText(res.rawPayload));
    expect(text).toContain('出生登记申报表');
    expect(text).toContain('申请事项：出生登记');
    expect(text).toContain('公民身份号码');
    expect(text).toContain('《出生医学证明》'); // the materials to bring with it
    expect(text).not.toContain('文书核验码'); // a blank form certifies nothing

    // Cached like the guide: the same version answers 304.
    const again = await anonymous(url, { 'if-none-match': String(res.headers.etag) }, ip);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 on the material for one without a blank form, and 400 for a malformed one', async () => {
    const hit = (await anonymous(`/api/v1/items?q=${path('出生登记')}&limit=1`, {}, ip)).json().items[0];
    const none = await anonymous(`/api/v1/items/${path(hit.code)}/forms/household_register`, {}, ip);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.field).toBe('materialId');
    const bad = await anonymous(`/api/v1/items/${path(hit.code)}/forms/${path('../x')}`, {}, ip);
    expect(bad.statusCode).toBe(400);
  });
});
