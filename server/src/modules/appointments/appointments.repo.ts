import type { AppointmentState } from '@yimen/shared/appointments';
import type { Queryable } from '../../db/client.ts';
import { milestoneMessagesStatement } from '../messages/messages.repo.ts';

export interface AppointmentRow {
  id: string;
  booking_no: string;
  item_code: string;
  item_name: string;
  user_id: string;
  slot_start: Date;
  state: AppointmentState;
  created_at: Date;
  cancelled_at: Date | null;
}

const COLUMNS = 'id, booking_no, item_code, item_name, user_id, slot_start, state, created_at, cancelled_at';

/** How many visits are booked in each slot starting in [from, to). */
export async function bookedPerSlot(
  q: Queryable,
  districtCode: string,
  from: Date,
  to: Date,
): Promise<Map<number, number>> {
  const r = await q.query<{ slot_start: Date; n: number }>(
    `SELECT slot_start, count(*)::int AS n FROM appointments
      WHERE district_code = $1 AND state = 'booked' AND slot_start >= $2 AND slot_start < $3
      GROUP BY slot_start`,
    [districtCode, from, to],
  );
  return new Map(r.rows.map((row) => [row.slot_start.getTime(), row.n]));
}

export async function findByKey(q: Queryable, userId: string, key: string): Promise<AppointmentRow | null> {
  const r = await q.query<AppointmentRow>(
    `SELECT ${COLUMNS} FROM appointments WHERE user_id = $1 AND idempotency_key = $2`,
    [userId, key],
  );
  return r.rows[0] ?? null;
}

export async function findOpenForItem(
  q: Queryable,
  userId: string,
  itemCode: string,
): Promise<AppointmentRow | null> {
  const r = await q.query<AppointmentRow>(
    `SELECT ${COLUMNS} FROM appointments WHERE user_id = $1 AND item_code = $2 AND state = 'booked'`,
    [userId, itemCode],
  );
  return r.rows[0] ?? null;
}

/** Locks the slot for this booking (one booking of a slot at a time), then counts what it already holds. */
export async function lockSlot(q: Queryable, districtCode: string, start: Date): Promise<number> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `appointment:${districtCode}:${start.toISOString()}`,
  ]);
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM appointments WHERE district_code = $1 AND slot_start = $2 AND state = 'booked'`,
    [districtCode, start],
  );
  return r.rows[0]?.n ?? 0;
}

export interface NewAppointment {
  id: string;
  districtCode: string;
  bookingNo: string;
  itemCode: string;
  itemName: string;
  userId: string;
  slotStart: Date;
  idempotencyKey: string | null;
}

export async function insertAppointment(q: Queryable, a: NewAppointment): Promise<AppointmentRow> {
  const r = await q.query<AppointmentRow>(
    `INSERT INTO appointments (id, district_code, booking_no, item_code, item_name, user_id, slot_start, state, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'booked', $8) RETURNING ${COLUMNS}`,
    [a.id, a.districtCode, a.bookingNo, a.itemCode, a.itemName, a.userId, a.slotStart, a.idempotencyKey],
  );
  return r.rows[0]!;
}

export async function listOfUser(
  q: Queryable,
  districtCode: string,
  userId: string,
): Promise<AppointmentRow[]> {
  const r = await q.query<AppointmentRow>(
    `SELECT ${COLUMNS} FROM appointments WHERE district_code = $1 AND user_id = $2 ORDER BY slot_start DESC LIMIT 50`,
    [districtCode, userId],
  );
  return r.rows;
}

export async function lockAppointment(
  q: Queryable,
  districtCode: string,
  id: string,
): Promise<AppointmentRow | null> {
  const r = await q.query<AppointmentRow>(
    `SELECT ${COLUMNS} FROM appointments WHERE district_code = $1 AND id = $2 FOR UPDATE`,
    [districtCode, id],
  );
  return r.rows[0] ?? null;
}

export async function markCancelled(q: Queryable, id: string, at: Date): Promise<AppointmentRow> {
  const r = await q.query<AppointmentRow>(
    `UPDATE appointments SET state = 'cancelled', cancelled_at = $2 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, at],
  );
  return r.rows[0]!;
}

/**
 * The app message in 我的消息 and the text message of one step of a booking, written with it; at most once per
 * booking and step (the outbox drops a repeat).
 */
export async function queueNotice(
  q: Queryable,
  districtCode: string,
  notice: {
    appointmentId: string;
    step: AppointmentState;
    userId: string;
    phone: string | null;
    body: string;
  },
): Promise<void> {
  const milestone = `appointment:${notice.appointmentId}:${notice.step}`;
  const kind = `appointment_${notice.step}`;
  const statement = milestoneMessagesStatement(districtCode, [
    { channel: 'app', recipient: `user:${notice.userId}`, kind, body: notice.body, milestone },
    ...(notice.phone
      ? [{ channel: 'sms' as const, recipient: notice.phone, kind, body: notice.body, milestone }]
      : []),
  ]);
  if (statement) await q.query(statement.sql, statement.params);
}
