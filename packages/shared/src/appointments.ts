import { type Static, Type } from 'typebox';
import { ItemCodeParams } from './catalogue.ts';
import { NullableTime, Time } from './common.ts';

/** The contract of 预约办理: an item's open visits, a booking, one's own bookings. */

export const APPOINTMENT_STATES = ['booked', 'cancelled'] as const;
export type AppointmentState = (typeof APPOINTMENT_STATES)[number];

export const Appointment = Type.Object({
  id: Type.String({ format: 'uuid' }),
  bookingNo: Type.String(),
  itemCode: Type.String(),
  itemName: Type.String(),
  slotStart: Time,
  slotEnd: Time,
  state: Type.Enum([...APPOINTMENT_STATES]),
  place: Type.String(),
  address: Type.String(),
  createdAt: Time,
  cancelledAt: NullableTime,
});
export type Appointment = Static<typeof Appointment>;

export const AppointmentEnvelope = Type.Object({ appointment: Appointment });
export const AppointmentList = Type.Object({ items: Type.Array(Appointment) });

/** The half-hour visits of the coming open days, with the room each has left. */
export const AppointmentSlots = Type.Object({
  itemCode: Type.String(),
  itemName: Type.String(),
  place: Type.String(),
  address: Type.String(),
  days: Type.Array(
    Type.Object({
      date: Type.String({ format: 'date' }),
      slots: Type.Array(Type.Object({ start: Time, end: Time, remaining: Type.Integer({ minimum: 0 }) })),
    }),
  ),
});
export type AppointmentSlots = Static<typeof AppointmentSlots>;

export const BookAppointmentBody = Type.Object(
  {
    itemCode: ItemCodeParams.properties.code,
    slotStart: Type.String({ format: 'date-time', description: 'the start of an offered slot' }),
  },
  { additionalProperties: false },
);
export type BookAppointmentInput = Static<typeof BookAppointmentBody>;

export const AppointmentIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
