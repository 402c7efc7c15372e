import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import type { Db } from '../../db/client.ts';
import { calendarVersion, createCalendarCache, holdCalendar } from './calendar.loader.ts';
import { seedCalendar } from './calendar.seed.ts';

let t: TestApp;
let db: Db;
let district: string;
let admin: Session;
let clerk: Session;

beforeAll(async () => {
  t = await buildTestApp();
  db = t.db;
  district = t.config.districtCode;
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const request = (s: Session | null, opts: InjectOptions) => t.request(s, opts);

const deadlineOf = async (start: string, days: number) => {
  const res = await request(clerk, {
    method: 'GET',
    url: `/api/v1/calendar/deadline?start=${encodeURIComponent(start)}&days=${days}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const auditOf = async (action: string, date: string) =>
  (
    await db.query<{ actor_name: string; details: Record<string, unknown> }>(
      `SELECT actor_name, details FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY id DESC`,
      [action, date],
    )
  ).rows;

describe('the holiday calendar', () => {
  it('seeds the built-in years once', async () => {
    // Start-up seeded the built-in years already; seeding again adds nothing.
    const rows = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM calendar_days WHERE district_code = $1',
      [district],
    );
    expect(rows.rows[0]!.n).toBeGreaterThan(60);
    expect(await seedCalendar(db, district)).toBe(0);
  });

  it('lists a year with its working days for any staff member, and warns about years without data', async () => {
    const res = await request(clerk, { method: 'GET', url: '/api/v1/calendar?year=2025' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2025, workingDays: 248, covered: true, coverage: [2024, 2025, 2026] });
    expect(body.days).toContainEqual(
      expect.objectContaining({ date: '2025-10-11', kind: 'workday', name: '国庆节、中秋节调休上班' }),
    );
    expect(body.days[0]).toMatchObject({ date: '2025-01-01', name: '元旦', updatedBy: null });
    expect(body.days[0].source).toContain('国办发明电〔2024〕12号');

    const later = (await request(clerk, { method: 'GET', url: '/api/v1/calendar?year=2031' })).json();
    expect(later).toMatchObject({ year: 2031, covered: false, workingDays: 261, days: [] });
    expect((await request(null, { method: 'GET', url: '/api/v1/calendar' })).statusCode).toBe(401);
  });

  it('computes the deadline: the end of the 5th working day after receipt', async () => {
    expect(await deadlineOf('2025-09-30T10:00:00+08:00', 5)).toEqual({
      start: '2025-09-30T02:00:00.000Z',
      days: 5,
      deadline: '2025-10-14T15:59:59.999Z',
      deadlineLocal: '2025-10-14T23:59:59.999+08:00',
      deadlineDate: '2025-10-14',
      covered: true,
    });
  });

  it('lets an administrator add a holiday, which moves deadlines, audited; deleting it moves them back', async () => {
    const cache = createCalendarCache();
    const versionBefore = await calendarVersion(db, district);
    const cachedBefore = await cache.get(db, district);
    const holder = await holdCalendar(db, district);

    const put = await request(admin, {
      method: 'PUT',
      url: '/api/v1/calendar/days/2025-10-13',
      payload: { kind: 'holiday', name: '台风停工', source: '区政府通知' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().day).toMatchObject({ date: '2025-10-13', kind: 'holiday', name: '台风停工' });
    expect(put.json().day.updatedBy.name).toContain('系统管理员');
    expect((await deadlineOf('2025-09-30T10:00:00+08:00', 5)).deadlineDate).toBe('2025-10-15');
    const [audit] = await auditOf('calendar.set', '2025-10-13');
    expect(audit?.actor_name).toContain('系统管理员');
    expect(audit?.details).toMatchObject({ kind: 'holiday', name: '台风停工', before: null });

    // Another process holding a cached calendar notices the change.
    expect(await calendarVersion(db, district)).not.toBe(versionBefore);
    const cachedAfter = await cache.get(db, district);
    expect(cachedAfter).not.toBe(cachedBefore);
    expect(cachedAfter.isWorkingDay('2025-10-13')).toBe(false);
    expect(await cache.get(db, district)).toBe(cachedAfter);
    expect(holder.current.isWorkingDay('2025-10-13')).toBe(true); // held until refreshed
    expect((await holder.refresh()).isWorkingDay('2025-10-13')).toBe(false);

    const del = await request(admin, { method: 'DELETE', url: '/api/v1/calendar/days/2025-10-13' });
    expect(del.statusCode).toBe(204);
    expect((await deadlineOf('2025-09-30T10:00:00+08:00', 5)).deadlineDate).toBe('2025-10-14');
    expect((await auditOf('calendar.delete', '2025-10-13'))[0]?.details).toMatchObject({
      before: { kind: 'holiday', name: '台风停工' },
    });
    expect(await calendarVersion(db, district)).toBe(versionBefore);
    expect((await cache.get(db, district)).isWorkingDay('2025-10-13')).toBe(true);

    const again = await request(admin, { method: 'DELETE', url: '/api/v1/calendar/days/2025-10-13' });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.field).toBe('date');
  });

  it('refuses a clerk with 403 and changes nothing', async () => {
    const before = await calendarVersion(db, district);
    const put = await request(clerk, {
      method: 'PUT',
      url: '/api/v1/calendar/days/2025-10-13',
      payload: { kind: 'holiday', name: '台风停工' },
    });
    expect(put.statusCode).toBe(403);
    expect(put.json().error.code).toBe('forbidden');
    const del = await request(clerk, { method: 'DELETE', url: '/api/v1/calendar/days/2025-10-01' });
    expect(del.statusCode).toBe(403);
    expect(await calendarVersion(db, district)).toBe(before);
  });

  it('answers 400 naming the field for bad dates and days', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['2025-02-30', { kind: 'holiday', name: 'x' }, 'date'],
      ['2025-13-01', { kind: 'holiday', name: 'x' }, 'date'],
      ['20251001', { kind: 'holiday', name: 'x' }, 'date'],
      ['2025-10-15', { kind: 'workday', name: '周三上班' }, 'kind'], // a Wednesday is worked already
      ['2025-10-15', { kind: 'vacation', name: 'x' }, 'kind'],
      ['2025-10-15', { kind: 'holiday', name: '' }, 'name'],
    ];
    for (const [date, payload, field] of cases) {
      const res = await request(admin, { method: 'PUT', url: `/api/v1/calendar/days/${date}`, payload });
      expect(res.statusCode, `${date} ${JSON.stringify(payload)}`).toBe(400);
      expect(res.json().error.field, `${date} ${JSON.stringify(payload)}`).toBe(field);
    }
    const bad = await request(admin, { method: 'DELETE', url: '/api/v1/calendar/days/2025-02-29' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('date');

    for (const [query, field] of [
      ['start=2025-09-30&days=5', 'start'],
      ['start=2025-09-30T10:00:00Z&days=-1', 'days'],
      ['start=2025-09-30T10:00:00Z', 'days'],
    ]) {
      const res = await request(clerk, { method: 'GET', url: `/api/v1/calendar/deadline?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.field, query).toBe(field);
    }
  });
});
