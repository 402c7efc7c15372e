import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';
import { DEMO_OPEN311_KEY } from '../governance.seed.ts';
import { checkJson, checkXml } from './schema-check.ts';

let t: TestApp;
let place: { lat: number; long: number };

beforeAll(async () => {
  t = await buildTestApp();
  const grid = t.app.geo.atLevel('grid')[3]!.code;
  const [lng, lat] = t.app.geo.randomPointIn(grid, mulberry32(9));
  place = { lat: lat!, long: lng! };
});
afterAll(async () => t?.close());

const get = (url: string) => t.request(null, { method: 'GET', url });
const post = (url: string, form: Record<string, string | number>) =>
  t.request(null, {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(Object.entries(form).map(([k, v]) => [k, String(v)])).toString(),
  });

describe('Open311 GeoReport v2', () => {
  it('lists the event classes as services, in JSON and XML that pass the schema check', async () => {
    const json = await get('/open311/v2/services.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    const services = json.json();
    expect(checkJson('services', services)).toEqual([]);
    expect(services.find((s: { service_code: string }) => s.service_code === '06013').service_name).toBe(
      '道路破损',
    );
    const xml = await get('/open311/v2/services.xml');
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(checkXml('services', xml.body)).toEqual([]);
  });

  it('takes a request with a valid API key, routes it like any report, and shows it by its id', async () => {
    const res = await post('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      service_code: '06013',
      description: '人行道地砖松动翘起，行人容易绊倒',
      ...place,
      first_name: '小明',
      last_name: '王',
    });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json();
    expect(checkJson('postResult', answer)).toEqual([]);
    const id = answer[0].service_request_id as string;
    const stored = await t.db.query<{
      channel: string;
      class_code: string;
      unit_id: string;
      reporter_name: string;
    }>('SELECT channel, class_code, unit_id, reporter_name FROM gov_events WHERE event_no = $1', [id]);
    expect(stored.rows[0]).toEqual({
      channel: 'open311',
      class_code: '06013',
      unit_id: 'hcb',
      reporter_name: '王小明',
    });

    const one = await get(`/open311/v2/requests/${id}.json`);
    expect(checkJson('requests', one.json())).toEqual([]);
    expect(one.json()[0]).toMatchObject({ service_request_id: id, status: 'open', service_code: '06013' });
    const xml = await get(`/open311/v2/requests/${id}.xml`);
    expect(checkXml('requests', xml.body)).toEqual([]);
    const list = await get('/open311/v2/requests.json?service_code=06013&status=open');
    expect(checkJson('requests', list.json())).toEqual([]);
    expect(list.json().map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
  });

  it('answers bad requests in the specification’s error format, and stores nothing', async () => {
    const count = async () =>
      Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM gov_events')).rows[0]!.n);
    const before = await count();
    const noKey = await post('/open311/v2/requests.json', {
      service_code: '06013',
      description: 'x',
      ...place,
    });
    expect(noKey.statusCode).toBe(403);
    expect(checkJson('errors', noKey.json())).toEqual([]);
    const wrongKey = await post('/open311/v2/requests.xml', {
      api_key: 'nope',
      service_code: '06013',
      ...place,
    });
    expect(wrongKey.statusCode).toBe(403);
    expect(checkXml('errors', wrongKey.body)).toEqual([]);
    const noCode = await post('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      description: 'x',
      ...place,
    });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json()[0].description).toContain('service_code');
    const unknown = await post('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      service_code: '99999',
      ...place,
    });
    expect(unknown.statusCode).toBe(404);
    const notNumbers = await post('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      service_code: '06013',
      lat: 'north',
      long: 'east',
    });
    expect(notNumbers.statusCode).toBe(400);
    const outside = await post('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      service_code: '06013',
      description: '路面破损',
      lat: 22.5,
      long: 113.9,
    });
    expect(outside.statusCode).toBe(400);
    expect(checkJson('errors', outside.json())).toEqual([]);
    expect(outside.json()[0].description).toContain('不在本区');
    const tooLong = await post('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      service_code: '06013',
      description: '长'.repeat(4_001),
      ...place,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(await count()).toBe(before);
    expect((await get('/open311/v2/requests/44060420990101E99999.json')).statusCode).toBe(404);
    expect((await get('/open311/v2/tokens/abc.json')).statusCode).toBe(404);
    const refused = await t.db.query<{ outcome: string }>(
      "SELECT outcome FROM audit_log WHERE action = 'open311.post' ORDER BY id",
    );
    expect(refused.rows.map((r) => r.outcome)).toEqual(expect.arrayContaining(['denied', 'failure']));
  });
});
