import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprover, jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

let t: TestApp;
let citizen: Session;
let operator: Session;
let gridworker: Session;
let handler: Session;
let supervisor: Session;
let streetOffice: Session;
let grid: string;
const rng = mulberry32(21);

beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138000');
  operator = await t.login('operator');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  supervisor = await t.login('supervisor');
  streetOffice = await createApprover(t, await t.login('admin'), 'zumiao.office', 'st-zumiao');
  grid = await jurisdictionOf(t, 'gridworker');
});
afterAll(async () => t?.close());

const report = async (description: string) => {
  const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
  return (
    await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/gov/events',
      payload: { description, lng, lat },
    })
  ).json().event.id as string;
};
const act = async (s: Session, id: string, action: string, payload: Record<string, unknown> = {}) => {
  const res = await t.request(s, {
    method: 'POST',
    url: `/api/v1/gov/events/${id}/actions/${action}`,
    payload,
  });
  if (res.statusCode !== 200) throw new Error(`${action}: ${res.statusCode} ${res.body}`);
};

describe('indicators of the city-governance platform', () => {
  it('counts reports, registrations, dispatch accuracy, on-time work, rework and duplicates, and exports them', async () => {
    // One that goes straight through.
    const smooth = await report('小区门口垃圾堆了好几天没人清');
    await act(gridworker, smooth, 'confirm');
    await act(handler, smooth, 'dispose', { note: '已清运' });
    await act(gridworker, smooth, 'check_pass');
    // One the unit sends back, reworked once after a failed check; a duplicate of it is merged in.
    const bumpy = await report('路边垃圾散落一地很臭');
    await act(gridworker, bumpy, 'confirm');
    const duplicate = await report('路边垃圾散落没人管');
    await act(operator, duplicate, 'merge', { into: bumpy });
    await act(handler, bumpy, 'send_back', { reasons: ['属于物业管理区域'] });
    await act(streetOffice, bumpy, 'dispose', { note: '已清扫' });
    await act(gridworker, bumpy, 'check_fail', { reasons: ['仍有垃圾'] });
    await act(streetOffice, bumpy, 'dispose', { note: '已彻底清理' });
    await act(gridworker, bumpy, 'check_pass');
    // One found not to be a problem on site.
    const refused = await report('有人说这里有垃圾');
    await act(gridworker, refused, 'reject', { reasons: ['现场无此问题'] });

    const res = await t.request(supervisor, { method: 'GET', url: '/api/v1/gov/indicators?groupBy=street' });
    expect(res.statusCode, res.body).toBe(200);
    const { rows, total } = res.json();
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe('祖庙街道');
    expect(total).toMatchObject({
      reported: 4,
      registered: 2,
      registrationRate: 0.6667,
      onTimeRegistrationRate: 1,
      accurateDispatchRate: 0.5,
      onTimeDisposalRate: 1,
      onTimeClosureRate: 1,
      reworkRate: 0.5,
      duplicateRate: 0.25,
    });
    expect(total.averageDisposalHours).toBeGreaterThanOrEqual(0);

    const byUnit = (
      await t.request(supervisor, { method: 'GET', url: '/api/v1/gov/indicators?groupBy=unit' })
    ).json();
    expect(byUnit.rows.map((r: { name: string }) => r.name).sort()).toEqual(
      ['祖庙街道办事处', '禅城区城市管理和综合执法局'].sort(),
    );

    const csv = await t.request(supervisor, {
      method: 'GET',
      url: '/api/v1/gov/indicators?groupBy=street&format=csv',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      '分组,上报数,立案数,立案率,按时立案率,准确派遣率,按期处置率,按期结案率,返工率,重复案件率,平均处置时长（小时）',
    );
    expect(lines[2]).toMatch(/^合计,4,2,66\.67%,100\.00%,50\.00%,100\.00%,100\.00%,50\.00%,25\.00%,/);

    const xlsx = await t.request(supervisor, {
      method: 'GET',
      url: '/api/v1/gov/indicators?groupBy=street&format=xlsx',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('指标')!;
    expect(ws.getRow(2).getCell(2).value).toBe('上报数');
    expect(ws.getRow(4).getCell(1).value).toBe('合计');
    expect(ws.getRow(4).getCell(2).value).toBe(4);
  });

  it('does not count an event the command centre re-routed to another unit as accurately dispatched', async () => {
    const totals = async () =>
      (await t.request(supervisor, { method: 'GET', url: '/api/v1/gov/indicators?groupBy=street' })).json()
        .total;
    const before = await totals();
    const misrouted = await report('小区门口垃圾桶满了没人倒');
    await act(gridworker, misrouted, 'confirm');
    // The report was about a car parked across the gate: 机动车乱停放 belongs to the traffic police, not 城管.
    await act(operator, misrouted, 'reclassify', { classCode: '09009' });
    const event = (
      await t.request(operator, { method: 'GET', url: `/api/v1/gov/events/${misrouted}` })
    ).json().event;
    expect(event.unitId).toBe('psb');
    const after = await totals();
    const dispatchedBefore = Math.round(before.registered);
    expect(after.registered).toBe(dispatchedBefore + 1);
    // Accurate before: rate × dispatched; one more dispatched, none more accurate.
    expect(after.accurateDispatchRate).toBeCloseTo(
      (before.accurateDispatchRate * dispatchedBefore) / (dispatchedBefore + 1),
      3,
    );
  });

  it('is for the command centre and supervisors, and says which date is wrong', async () => {
    expect((await t.request(citizen, { method: 'GET', url: '/api/v1/gov/indicators' })).statusCode).toBe(403);
    const backwards = await t.request(supervisor, {
      method: 'GET',
      url: '/api/v1/gov/indicators?from=2026-12-10&to=2026-12-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('from');
    const notADate = await t.request(supervisor, {
      method: 'GET',
      url: '/api/v1/gov/indicators?from=yesterday',
    });
    expect(notADate.statusCode).toBe(400);
  });
});
