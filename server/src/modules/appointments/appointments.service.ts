import { randomInt, randomUUID } from 'node:crypto';
import { PUBLIC_ROLES } from '@yimen/shared/roles';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { createCalendarCache } from '../calendar/calendar.loader.ts';
import { CST_OFFSET_MS } from '../calendar/shanghai-time.ts';
import { getPublishedVersion } from '../catalogue/catalogue.repo.ts';
import { SERVICE_CENTRE } from '../catalogue/service-centre.ts';
import { formatChineseDateTime } from '../documents/chinese-date.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { accountPhone } from '../identity/identity.repo.ts';
import { appointmentErrors } from './appointments.errors.ts';
import {
  type AppointmentRow,
  bookedPerSlot,
  findByKey,
  findOpenForItem,
  insertAppointment,
  listOfUser,
  lockAppointment,
  lockSlot,
  markCancelled,
  queueNotice,
} from './appointments.repo.ts';
import { bookableDays, isBookableSlot, slotEnd } from './opening-hours.ts';

export interface AppointmentDeps {
  db: Db;
  now: () => Date;
  /** Visits one slot takes. */
  capacity: number;
}

/** Who books a visit: the public (citizens and enterprise agents). */
const BOOKERS = PUBLIC_ROLES;
const calendars = createCalendarCache();

/** 2026年12月8日 09:30–10:00, the way the centre's notices write a time. */
export const slotText = (start: Date): string =>
  `${formatChineseDateTime(start)}–${formatChineseDateTime(slotEnd(start)).slice(-5)}`;

export const view = (a: AppointmentRow) => ({
  id: a.id,
  bookingNo: a.booking_no,
  itemCode: a.item_code,
  itemName: a.item_name,
  slotStart: a.slot_start.toISOString(),
  slotEnd: slotEnd(a.slot_start).toISOString(),
  state: a.state,
  place: SERVICE_CENTRE.name,
  address: SERVICE_CENTRE.address,
  createdAt: a.created_at.toISOString(),
  cancelledAt: a.cancelled_at?.toISOString() ?? null,
});

async function publishedItem(deps: AppointmentDeps, ctx: RequestContext, code: string) {
  const item = await getPublishedVersion(deps.db, ctx.districtCode, code);
  if (item?.status !== 'published' || !item) throw appointmentErrors.itemNotBookable({ code });
  return item;
}

/** The bookable slots of the coming open days, each with the visits it can still take. Public. */
export async function listSlots(deps: AppointmentDeps, ctx: RequestContext, itemCode: string) {
  const item = await publishedItem(deps, ctx, itemCode);
  const calendar = await calendars.get(deps.db, ctx.districtCode);
  const days = bookableDays(calendar, deps.now());
  const all = days.flatMap((d) => d.slots);
  const booked =
    all.length > 0
      ? await bookedPerSlot(deps.db, ctx.districtCode, all[0]!, slotEnd(all[all.length - 1]!))
      : new Map<number, number>();
  return {
    itemCode: item.code,
    itemName: item.name,
    place: SERVICE_CENTRE.name,
    address: SERVICE_CENTRE.address,
    days: days.map((d) => ({
      date: d.date,
      slots: d.slots.map((start) => ({
        start: start.toISOString(),
        end: slotEnd(start).toISOString(),
        remaining: Math.max(0, deps.capacity - (booked.get(start.getTime()) ?? 0)),
      })),
    })),
  };
}

/**
 * Books a visit: one open booking per person and item, in a slot the centre offers that still has room. A retry
 * with the same Idempotency-Key gives the same booking. The booking and its notices commit together.
 */
export async function bookAppointment(
  deps: AppointmentDeps,
  ctx: RequestContext,
  input: { itemCode: string; slotStart: string; idempotencyKey?: string | undefined },
): Promise<{ appointment: ReturnType<typeof view>; created: boolean }> {
  const actor = authorize(ctx, { roles: BOOKERS });
  if (input.idempotencyKey) {
    const earlier = await findByKey(deps.db, actor.id, input.idempotencyKey);
    if (earlier) return { appointment: view(earlier), created: false };
  }
  const item = await publishedItem(deps, ctx, input.itemCode);
  const start = new Date(input.slotStart);
  const calendar = await calendars.get(deps.db, ctx.districtCode);
  if (!isBookableSlot(calendar, deps.now(), start)) throw appointmentErrors.slotNotBookable();
  const open = await findOpenForItem(deps.db, actor.id, item.code);
  if (open)
    throw appointmentErrors.alreadyBookedAt({ slot: slotText(open.slot_start), bookingNo: open.booking_no });
  const phone = await accountPhone(deps.db, actor.id);
  try {
    const row = await deps.db.transaction(async (tx) => {
      const taken = await lockSlot(tx, ctx.districtCode, start);
      if (taken >= deps.capacity) throw appointmentErrors.slotFull();
      const booked = await insertAppointment(tx, {
        id: randomUUID(),
        districtCode: ctx.districtCode,
        bookingNo: bookingNumber(start),
        itemCode: item.code,
        itemName: item.name,
        userId: actor.id,
        slotStart: start,
        idempotencyKey: input.idempotencyKey ?? null,
      });
      await queueNotice(tx, ctx.districtCode, {
        appointmentId: booked.id,
        step: 'booked',
        userId: actor.id,
        phone,
        body: `【一门】您已预约 ${slotText(start)} 到${SERVICE_CENTRE.name}办理“${item.name}”，预约号 ${booked.booking_no}。请携带申请材料按时到综合窗口取号。`,
      });
      await recordAudit(tx, ctx, {
        action: 'appointment.book',
        targetType: 'appointment',
        targetId: booked.booking_no,
        details: { itemCode: item.code, slotStart: start.toISOString() },
      });
      return booked;
    });
    return { appointment: view(row), created: true };
  } catch (error) {
    // Two requests at once for the same item: the unique index keeps one booking, the other hears why.
    if (isUniqueViolation(error)) {
      const again = input.idempotencyKey ? await findByKey(deps.db, actor.id, input.idempotencyKey) : null;
      if (again) return { appointment: view(again), created: false };
      throw appointmentErrors.alreadyBooked();
    }
    throw error;
  }
}

/** 预约号: the slot's day and time and four random digits, e.g. Y1208-0930-4821. */
function bookingNumber(start: Date): string {
  const s = new Date(start.getTime() + CST_OFFSET_MS).toISOString();
  return `Y${s.slice(5, 7)}${s.slice(8, 10)}-${s.slice(11, 13)}${s.slice(14, 16)}-${String(randomInt(10_000)).padStart(4, '0')}`;
}

export async function myAppointments(deps: AppointmentDeps, ctx: RequestContext) {
  const actor = authorize(ctx, { roles: BOOKERS });
  return (await listOfUser(deps.db, ctx.districtCode, actor.id)).map(view);
}

/** Cancels one's own booking before its time; anyone else's is a 404, as if it did not exist. */
export async function cancelAppointment(deps: AppointmentDeps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, { roles: BOOKERS });
  const phone = await accountPhone(deps.db, actor.id);
  const row = await deps.db.transaction(async (tx) => {
    const found = await lockAppointment(tx, ctx.districtCode, id);
    if (!found || found.user_id !== actor.id) throw appointmentErrors.noSuchBooking();
    if (found.state === 'cancelled') throw appointmentErrors.cancelledAlready();
    if (found.slot_start.getTime() <= deps.now().getTime()) throw appointmentErrors.begunAlready();
    const cancelled = await markCancelled(tx, found.id, deps.now());
    await queueNotice(tx, ctx.districtCode, {
      appointmentId: found.id,
      step: 'cancelled',
      userId: actor.id,
      phone,
      body: `【一门】您 ${slotText(found.slot_start)} 办理“${found.item_name}”的预约（${found.booking_no}）已取消。`,
    });
    await recordAudit(tx, ctx, {
      action: 'appointment.cancel',
      targetType: 'appointment',
      targetId: found.booking_no,
    });
    return cancelled;
  });
  return view(row);
}
