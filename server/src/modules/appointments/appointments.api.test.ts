import { makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { CST_OFFSET_MS } from '../calendar/shanghai-time.ts';

let t: TestApp;
let clerk: Session;
let code: string;
beforeAll(async () => {
  t = await buildTestApp({ YIMEN_APPOINTMENT_SLOT_CAPACITY: '2' });
  clerk = await t.login('clerk');
  const found = await t.request(null, {
    method: 'GET',
    url: `/api/v1/items?q=${encodeURIComponent('结婚登记')}`,
  });
  code = found.json().items.find((i: { name: string }) => i.name === '结婚登记').code;
});
afterAll(async () => t?.close());

let serial = 0;
async function citizen(): Promise<Session> {
  serial += 1;
  const phone = `1370013${String(7000 + serial).padStart(4, '0')}`;
  const idNumber = makeIdNumber('440604', '1991-01-01', 300 + serial);
  const res = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { idNumber, name: `预约 居民${serial}`, phone },
  });
  expect(res.statusCode).toBe(201);
  return t.loginCitizen(phone);
}

const slots = async () =>
  (
    await t.request(null, {
      method: 'GET',
      url: `/api/v1/items/${encodeURIComponent(code)}/appointment-slots`,
    })
  ).json();
const book = (who: Session, slotStart: string, key?: string) =>
  t.request(who, {
    method: 'POST',
    url: '/api/v1/appointments',
    payload: { itemCode: code, slotStart },
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
const localClock = (iso: string) =>
  new Date(new Date(iso).getTime() + CST_OFFSET_MS).toISOString().slice(11, 16);

describe('预约办理: booking a visit to the service centre', () => {
  it('offers half-hour slots of the coming open days, in opening hours, to anyone', async () => {
    const body = await slots();
    expect(body.itemName).toBe('结婚登记');
    expect(body.days).toHaveLength(5);
    const today = new Date(Date.now() + CST_OFFSET_MS).toISOString().slice(0, 10);
    for (const day of body.days) {
      expect(day.date > today).toBe(true);
      const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      expect(weekday).not.toBe(0); // the centre is closed on Sundays
      for (const slot of day.slots) {
        const clock = localClock(slot.start);
        expect((clock >= '09:00' && clock < '12:00') || (clock >= '14:00' && clock < '17:30')).toBe(true);
        expect(slot.remaining).toBe(2);
      }
    }
    expect(localClock(body.days[0].slots[0].start)).toBe('09:00');
  });

  it('books a slot once per key, tells the person in 我的消息 and by SMS, and fills the slot at its capacity', async () => {
    const first = (await slots()).days[0].slots[1].start;
    const a = await citizen();
    const booked = await book(a, first, 'book-visit-0001');
    expect(booked.statusCode).toBe(201);
    const appointment = booked.json().appointment;
    expect(appointment).toMatchObject({ state: 'booked', itemName: '结婚登记', slotStart: first });
    expect(appointment.bookingNo).toMatch(/^Y\d{4}-\d{4}-\d{4}$/);
    const retried = await book(a, first, 'book-visit-0001');
    expect(retried.statusCode).toBe(200);
    expect(retried.json().appointment.id).toBe(appointment.id);

    const messages = (await t.request(a, { method: 'GET', url: '/api/v1/me/messages' })).json().items;
    const told = messages.filter((m: { kind: string }) => m.kind === 'appointment_booked');
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(appointment.bookingNo);
    const sms = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM message_outbox WHERE channel = 'sms' AND kind = 'appointment_booked' AND body LIKE $1`,
      [`%${appointment.bookingNo}%`],
    );
    expect(sms.rows[0]?.n).toBe(1);

    // A second booking of the same item, even at another time, is refused: cancel the first to change it.
    const again = await book(a, (await slots()).days[1].slots[0].start, 'book-visit-0002');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('itemCode');
    expect(again.json().error.message).toContain(appointment.bookingNo);

    const b = await citizen();
    expect((await book(b, first)).statusCode).toBe(201);
    const c = await citizen();
    const full = await book(c, first);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.field).toBe('slotStart');
    const shown = (await slots()).days[0].slots[1];
    expect(shown.remaining).toBe(0);
  });

  it('refuses a time the centre does not offer, a malformed body and staff, with nothing booked', async () => {
    const a = await citizen();
    const first = (await slots()).days[0].slots[0].start;
    const night = new Date(new Date(first).getTime() - 6 * 3_600_000).toISOString(); // 03:00
    const closed = await book(a, night);
    expect(closed.statusCode).toBe(422);
    expect(closed.json().error.field).toBe('slotStart');
    const bad = await t.request(a, {
      method: 'POST',
      url: '/api/v1/appointments',
      payload: { itemCode: code },
    });
    expect(bad.statusCode).toBe(400);
    const staff = await book(clerk, first);
    expect(staff.statusCode).toBe(403);
    const mine = await t.request(a, { method: 'GET', url: '/api/v1/my/appointments' });
    expect(mine.json().items).toEqual([]);
  });

  it('lets only the person cancel their booking; someone else gets 404 and changes nothing', async () => {
    const a = await citizen();
    const other = await citizen();
    const slot = (await slots()).days[2].slots[3].start;
    const appointment = (await book(a, slot)).json().appointment;
    const refused = await t.request(other, {
      method: 'POST',
      url: `/api/v1/appointments/${appointment.id}/cancel`,
    });
    expect(refused.statusCode).toBe(404);
    expect(
      (await t.request(a, { method: 'GET', url: '/api/v1/my/appointments' })).json().items[0].state,
    ).toBe('booked');
    const cancelled = await t.request(a, {
      method: 'POST',
      url: `/api/v1/appointments/${appointment.id}/cancel`,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().appointment.state).toBe('cancelled');
    const twice = await t.request(a, {
      method: 'POST',
      url: `/api/v1/appointments/${appointment.id}/cancel`,
    });
    expect(twice.statusCode).toBe(409);
    // The slot is free again, and the item can be booked anew.
    expect((await slots()).days[2].slots[3].remaining).toBe(2);
    expect((await book(a, slot)).statusCode).toBe(201);
  });
});
