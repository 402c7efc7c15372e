import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventAction, jurisdictionOf, pointIn } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';
import { EVENT_NUMBER_PATTERN } from './events.repo.ts';

let t: TestApp;
let citizen: Session;
let operator: Session;
let gridworker: Session;
let handler: Session;
let supervisor: Session;
let stranger: Session;
let grid: string;
const rng = mulberry32(7);

beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138000');
  operator = await t.login('operator');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  supervisor = await t.login('supervisor');
  stranger = await t.loginCitizen('13900139000');
  grid = await jurisdictionOf(t, 'gridworker');
});
afterAll(async () => t?.close());

/** A point inside the demo grid worker's grid. */
const inGrid = () => pointIn(t, grid, rng);

const report = (session: Session, body: Record<string, unknown>, key?: string) =>
  t.request(session, {
    method: 'POST',
    url: '/api/v1/gov/events',
    payload: body,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });

const act = (session: Session, id: string, action: string, payload: Record<string, unknown> = {}) =>
  eventAction(t, session, id, action, payload);

describe('a reported problem, from the pin to the rating', () => {
  it('is classified, routed to the unit and the grid worker at once, and followed to closure', async () => {
    const res = await report(
      citizen,
      { description: '绿化带里的喷灌水管爆了，一直在漏水', ...inGrid() },
      'pipe-report-0001',
    );
    expect(res.statusCode).toBe(201);
    const e = res.json().event;
    expect(e.eventNo).toMatch(new RegExp(EVENT_NUMBER_PATTERN));
    expect(e.classCode).toBe('04006');
    expect(e.classification.suggestions).toHaveLength(3);
    expect(e.unitId).toBe('uml');
    expect(e.routing.reason.zh).toContain('责任清单');
    expect(e.gridCode).toBe(grid);
    const open = e.tasks.filter((x: { state: string }) => x.state === 'open');
    expect(open.map((x: { kind: string }) => x.kind).sort()).toEqual(['confirm', 'dispose']);
    expect(open.find((x: { kind: string }) => x.kind === 'dispose').unitId).toBe('uml');
    expect(open.find((x: { kind: string }) => x.kind === 'confirm').userId).toBe(e.gridWorkerId);

    // The same submission again (a retry) is the same event.
    const again = await report(
      citizen,
      { description: '绿化带里的喷灌水管爆了，一直在漏水', ...inGrid() },
      'pipe-report-0001',
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().event.id).toBe(e.id);

    expect((await act(gridworker, e.id, 'confirm', { note: '现场核实属实' })).json().to).toBe('dispatched');
    const disposed = await act(handler, e.id, 'dispose', { note: '已关闭阀门并更换破损水管' });
    expect(disposed.json().to).toBe('disposed');
    const check = disposed
      .json()
      .event.tasks.find((x: { kind: string; state: string }) => x.kind === 'check');
    expect(check).toMatchObject({ state: 'open', userId: e.gridWorkerId });
    expect((await act(gridworker, e.id, 'check_pass')).json().to).toBe('closed');
    const rated = await act(citizen, e.id, 'rate', { rating: 5, note: '处理很快' });
    expect(rated.statusCode).toBe(200);
    expect(rated.json().event.rating).toBe(5);
    const actions = rated.json().event.timeline.map((x: { action: string }) => x.action);
    expect(actions).toEqual(['report', 'confirm', 'dispose', 'check_pass', 'rate']);
  });

  it('re-routes an event whose class an operator corrects, and one a unit sends back as not theirs', async () => {
    const e = (
      await report(citizen, { description: '路边有个井盖松动了，车压过去哐哐响', ...inGrid() })
    ).json().event;
    const corrected = await act(operator, e.id, 'reclassify', { classCode: '06013' });
    expect(corrected.statusCode).toBe(200);
    const after = corrected.json().event;
    expect(after.classCode).toBe('06013');
    expect(after.unitId).toBe('hcb');
    expect(after.routing.reason.zh).toContain('道路破损');
    expect(after.routing.history[0].unitId).toBe(e.unitId);

    const noise = (
      await report(citizen, { description: '路边垃圾堆了好几天没人清理，很臭', ...inGrid() })
    ).json().event;
    expect(noise.unitId).toBe('uml');
    const back = await act(handler, noise.id, 'send_back', {
      reasons: ['该处属于物业管理区域，不在本单位职责内'],
    });
    expect(back.statusCode).toBe(200);
    expect(back.json().event).toBeNull();
    const moved = (await t.request(operator, { method: 'GET', url: `/api/v1/gov/events/${noise.id}` })).json()
      .event;
    expect(moved.unitId).not.toBe('uml');
    expect(moved.sendbackCount).toBe(1);
    // The unit that sent it back no longer sees it.
    expect(
      (await t.request(handler, { method: 'GET', url: `/api/v1/gov/events/${noise.id}` })).statusCode,
    ).toBe(404);
  });

  it('offers a nearby report of the same problem as a duplicate, and the merged reporter follows the original', async () => {
    const place = inGrid();
    const first = (await report(citizen, { description: '路口有人占道摆摊卖水果', ...place })).json().event;
    const second = (
      await report(gridworker, {
        description: '巡查发现：路口占道经营水果摊',
        ...place,
        classCode: first.classCode,
      })
    ).json().event;
    const view = (await t.request(operator, { method: 'GET', url: `/api/v1/gov/events/${second.id}` })).json()
      .event;
    expect(view.possibleDuplicates.map((d: { id: string }) => d.id)).toContain(first.id);
    const merged = await act(operator, second.id, 'merge', { into: first.id });
    expect(merged.json().to).toBe('merged');
    expect(merged.json().event.duplicateOf).toBe(first.id);
    expect(
      (await act(supervisor, first.id, 'supervise', { note: '请加快处置' })).json().event.supervisedAt,
    ).toBeTruthy();
  });
});

describe('an event filed on a city component (部件)', () => {
  const openEvents = async (session: Session) =>
    (await t.request(session, { method: 'GET', url: '/api/v1/gov/events?open=true' })).json()
      .events as Array<{
      id: string;
      component: unknown;
    }>;

  it('carries the component — class, id, state as the registry has it now — to the worker’s and the unit’s lists', async () => {
    // A municipal facility (01, routed to the demo handler's unit) in the demo grid worker's grid.
    const { id } = (
      await t.db.query<{ id: string }>(
        "SELECT id FROM components WHERE grid_code = $1 AND class_code LIKE '01%' AND status = 'intact' ORDER BY id LIMIT 1",
        [grid],
      )
    ).rows[0]!;
    const registered = (await t.request(operator, { method: 'GET', url: `/api/v1/components/${id}` })).json()
      .component;
    const res = await report(gridworker, {
      description: '井盖松动，踩上去会晃',
      componentId: id,
      classCode: registered.classCode,
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json().event;
    const component = {
      id,
      classCode: registered.classCode,
      className: registered.className,
      classNameEn: registered.classNameEn,
      status: 'intact',
    };
    expect(e.component).toEqual(component);
    expect(e.unitId).toBe('uml');

    // The grid worker's tasks and the unit's queue are the list of open events, each with its component.
    expect((await openEvents(gridworker)).find((x) => x.id === e.id)?.component).toEqual(component);
    expect((await openEvents(handler)).find((x) => x.id === e.id)?.component).toEqual(component);

    // The state is read from the registry, not copied at the report: a cover found broken shows as broken.
    const marked = await t.request(operator, {
      method: 'PATCH',
      url: `/api/v1/components/${id}`,
      payload: { status: 'damaged' },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect((await openEvents(handler)).find((x) => x.id === e.id)?.component).toEqual({
      ...component,
      status: 'damaged',
    });
    const view = (await t.request(handler, { method: 'GET', url: `/api/v1/gov/events/${e.id}` })).json()
      .event;
    expect(view.component.status).toBe('damaged');

    // A report about no component has none.
    const plain = (await report(citizen, { description: '路边垃圾没人清理', ...inGrid() })).json().event;
    expect(plain.component).toBeNull();
    expect((await openEvents(handler)).find((x) => x.id === plain.id)?.component).toBeNull();
  });
});

describe('who sees which events', () => {
  const listed = async (session: Session) =>
    new Set(
      (
        (await t.request(session, { method: 'GET', url: '/api/v1/gov/events?limit=500' })).json()
          .events as Array<{
          id: string;
        }>
      ).map((e) => e.id),
    );
  const opens = async (session: Session, id: string) =>
    (await t.request(session, { method: 'GET', url: `/api/v1/gov/events/${id}` })).statusCode;

  it('lists exactly the events a person may open: their own reports anywhere, their area, their unit', async () => {
    // The grid worker reports, on patrol, a problem in a grid of another street: not their area, but their report.
    const elsewhere = t.app.geo.atLevel('grid').find((g) => !g.code.startsWith(grid.slice(0, 9)))!;
    const [lng, lat] = t.app.geo.randomPointIn(elsewhere.code, rng);
    const away = (await report(gridworker, { description: '人行道上有人占道经营卖水果', lng, lat })).json()
      .event;
    const home = (await report(citizen, { description: '路边垃圾没人清理，很臭', ...inGrid() })).json().event;

    const worker = await listed(gridworker);
    expect(worker.has(away.id)).toBe(true);
    expect(worker.has(home.id)).toBe(true);
    expect(await opens(gridworker, away.id)).toBe(200);

    // The citizen lists their own report and nobody else's; another citizen lists neither and opens neither.
    const mine = await listed(citizen);
    expect(mine.has(home.id)).toBe(true);
    expect(mine.has(away.id)).toBe(false);
    expect(await opens(citizen, away.id)).toBe(404);
    const theirs = await listed(stranger);
    expect(theirs.has(home.id) || theirs.has(away.id)).toBe(false);
    expect(await opens(stranger, home.id)).toBe(404);

    // For each person, an event opens exactly when it is listed.
    for (const session of [gridworker, handler, citizen, stranger, supervisor]) {
      const seen = await listed(session);
      for (const id of [away.id, home.id]) expect(await opens(session, id)).toBe(seen.has(id) ? 200 : 404);
    }
    expect((await listed(supervisor)).has(away.id)).toBe(true);
  });
});

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 3)]);

const upload = (session: Session, id: string, stage: string, body: Buffer, type = 'image/png') =>
  t.request(session, {
    method: 'POST',
    url: `/api/v1/gov/events/${id}/photos?stage=${stage}`,
    payload: body,
    headers: { 'content-type': type },
  });

describe('photos of the report, the disposal and the check', () => {
  it('keeps JPEG and PNG photos from the right people at the right stage, and shows them to those who may see the event', async () => {
    const e = (
      await report(citizen, { description: '人行道上的垃圾桶被车撞坏了，桶盖也没了', ...inGrid() })
    ).json().event;
    const added = await upload(citizen, e.id, 'report', PNG);
    expect(added.statusCode).toBe(201);
    expect(added.json().photo).toMatchObject({ stage: 'report', mime: 'image/png', size: PNG.length });
    // Declared as PNG, but the bytes are text: refused by what it is.
    const fake = await upload(citizen, e.id, 'report', Buffer.from('not really a picture at all'));
    expect(fake.statusCode).toBe(422);
    expect(fake.json().error.field).toBe('file');
    // Only the unit disposes, and only after confirmation.
    expect((await upload(citizen, e.id, 'disposal', JPEG, 'image/jpeg')).statusCode).toBe(403);
    expect((await upload(handler, e.id, 'disposal', JPEG, 'image/jpeg')).statusCode).toBe(409);
    await act(gridworker, e.id, 'confirm');
    expect((await upload(handler, e.id, 'disposal', JPEG, 'image/jpeg')).statusCode).toBe(201);

    const view = (await t.request(citizen, { method: 'GET', url: `/api/v1/gov/events/${e.id}` })).json()
      .event;
    expect(view.photos.map((p: { stage: string }) => p.stage)).toEqual(['report', 'disposal']);
    const got = await t.request(citizen, { method: 'GET', url: view.photos[0].url });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.rawPayload, PNG)).toBe(0);
    expect((await t.request(stranger, { method: 'GET', url: view.photos[0].url })).statusCode).toBe(404);
  });
});

describe('a CSV import of reports', () => {
  const csv = (lines: string[]) =>
    t.request(operator, {
      method: 'POST',
      url: '/api/v1/gov/events/import',
      payload: lines.join('\r\n'),
      headers: { 'content-type': 'text/csv' },
    });
  const count = async () =>
    Number(
      (await t.db.query<{ n: string }>("SELECT count(*) AS n FROM gov_events WHERE channel = 'import'"))
        .rows[0]!.n,
    );

  it('takes a good file row by row through the intake, and refuses a file with any bad row whole', async () => {
    const a = inGrid();
    const b = inGrid();
    const good = await csv([
      'description,lng,lat,class_code,reporter_name',
      `"路边垃圾堆积，无人清理",${a.lng},${a.lat},,市民来信`,
      `人行道地砖破损,${b.lng},${b.lat},06013,`,
    ]);
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ imported: 2, failed: [] });
    expect(good.json().events.map((e: { eventNo: string; unitId: string }) => [e.eventNo, e.unitId])).toEqual(
      good.json().eventNos.map((no: string, i: number) => [no, i === 0 ? 'uml' : 'hcb']),
    );
    const rows = await t.db.query<{ major: string; unit_id: string; reporter_name: string | null }>(
      "SELECT left(class_code, 2) AS major, unit_id, reporter_name FROM gov_events WHERE channel = 'import' ORDER BY event_no",
    );
    expect(rows.rows).toEqual([
      { major: '06', unit_id: 'uml', reporter_name: '市民来信' },
      { major: '06', unit_id: 'hcb', reporter_name: null },
    ]);

    const before = await count();
    const bad = await csv([
      'description,lng,lat,class_code',
      `井盖丢了,${a.lng},${a.lat},`,
      `,${a.lng},${a.lat},`,
      '路灯不亮,east,23.0,',
      `占道经营,113.9,22.5,`,
      `噪音扰民,${a.lng},${a.lat},99999`,
    ]);
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json().error.details.problems.map((p: { row: number; field: string }) => `${p.row}:${p.field}`),
    ).toEqual(['3:description', '4:lng', '5:lng', '6:class_code']);
    expect(await count()).toBe(before);
    expect((await csv(['what,where', 'x,y'])).json().error.field).toBe('file');
    const byCitizen = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/gov/events/import',
      payload: 'description\nx',
      headers: { 'content-type': 'text/csv' },
    });
    expect(byCitizen.statusCode).toBe(403);
  });
});

describe('bad input and other people’s events', () => {
  it('refuses each with a clear 4xx, changes nothing, and records the refusal', async () => {
    const count = async () =>
      Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM gov_events')).rows[0]!.n);
    const before = await count();
    const outside = await report(citizen, { description: '井盖丢了', lng: 113.9, lat: 22.5 });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.field).toBe('lng');
    expect(outside.json().error.message).toContain('不在本区');
    expect((await report(citizen, { description: '井盖丢了', lng: 'east', lat: 23 })).statusCode).toBe(400);
    expect((await report(citizen, { description: 'x'.repeat(4_001), ...inGrid() })).statusCode).toBe(400);
    const unknownClass = await report(gridworker, {
      description: '巡查发现问题',
      classCode: '99999',
      ...inGrid(),
    });
    expect(unknownClass.statusCode).toBe(400);
    expect(unknownClass.json().error.field).toBe('classCode');
    expect(await count()).toBe(before);

    const e = (await report(citizen, { description: '小区门口垃圾堆了好几天没人清', ...inGrid() })).json()
      .event;
    expect((await act(citizen, e.id, 'confirm')).statusCode).toBe(403);
    expect((await act(handler, e.id, 'check_pass')).statusCode).toBe(403);
    expect((await act(gridworker, e.id, 'dispose', { note: 'x' })).statusCode).toBe(403);
    expect((await act(operator, e.id, 'check_pass')).statusCode).toBe(409);
    expect((await act(operator, e.id, 'void')).json().error.field).toBe('reasons');
    expect((await t.request(stranger, { method: 'GET', url: `/api/v1/gov/events/${e.id}` })).statusCode).toBe(
      404,
    );
    const state = await t.db.query<{ state: string; row_version: number }>(
      'SELECT state, row_version FROM gov_events WHERE id = $1',
      [e.id],
    );
    expect(state.rows[0]).toEqual({ state: 'reported', row_version: 0 });
    const audit = await t.db.query<{ outcome: string }>(
      'SELECT outcome FROM audit_log WHERE target_id = $1 ORDER BY id',
      [`/api/v1/gov/events/${e.id}/actions/confirm`],
    );
    expect(audit.rows.map((a) => a.outcome)).toEqual(['denied']);
  });
});
