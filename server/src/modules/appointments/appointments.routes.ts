import { ItemCodeParams } from '@yimen/shared/catalogue';
import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { IdempotencyHeaders } from '../cases/cases.schemas.ts';
import { publicRateLimit, publicResponses } from '../catalogue/public-cache.ts';
import {
  type AppointmentDeps,
  bookAppointment,
  cancelAppointment,
  listSlots,
  myAppointments,
} from './appointments.service.ts';

const tags = ['appointments'];
const withConflict = { ...errorResponses, 409: Type.Ref('ErrorBody') };

const Appointment = Type.Object({
  id: Type.String({ format: 'uuid' }),
  bookingNo: Type.String(),
  itemCode: Type.String(),
  itemName: Type.String(),
  slotStart: Type.String({ format: 'date-time' }),
  slotEnd: Type.String({ format: 'date-time' }),
  state: Type.Union([Type.Literal('booked'), Type.Literal('cancelled')]),
  place: Type.String(),
  address: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  cancelledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const Envelope = Type.Object({ appointment: Appointment });

/** 预约办理: book a visit to the service centre for an item, see one's bookings, cancel one. */
export default async function appointmentRoutes(app: App): Promise<void> {
  const deps = (): AppointmentDeps => ({
    db: app.db,
    now: app.clock,
    capacity: app.config.appointmentSlotCapacity,
  });

  app.get(
    '/items/:code/appointment-slots',
    {
      config: { rateLimit: publicRateLimit(app) },
      schema: {
        tags,
        summary: 'The half-hour visits of the coming open days that can still be booked for an item; public',
        params: ItemCodeParams,
        response: {
          200: Type.Object({
            itemCode: Type.String(),
            itemName: Type.String(),
            place: Type.String(),
            address: Type.String(),
            days: Type.Array(
              Type.Object({
                date: Type.String({ format: 'date' }),
                slots: Type.Array(
                  Type.Object({
                    start: Type.String({ format: 'date-time' }),
                    end: Type.String({ format: 'date-time' }),
                    remaining: Type.Integer({ minimum: 0 }),
                  }),
                ),
              }),
            ),
          }),
          ...publicResponses,
        },
      },
    },
    async (req) => listSlots(deps(), req.ctx, req.params.code),
  );

  app.post(
    '/appointments',
    {
      schema: {
        tags,
        summary:
          'Book a visit (citizens and enterprise agents): one open booking per item, in a slot with room',
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            itemCode: ItemCodeParams.properties.code,
            slotStart: Type.String({ format: 'date-time', description: 'the start of an offered slot' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Envelope, 201: Envelope, ...withConflict },
      },
    },
    async (req, reply) => {
      const { appointment, created } = await bookAppointment(deps(), req.ctx, {
        ...req.body,
        idempotencyKey: req.headers['idempotency-key'],
      });
      return reply.status(created ? 201 : 200).send({ appointment });
    },
  );

  app.get(
    '/my/appointments',
    {
      schema: {
        tags,
        summary: "The signed-in person's bookings, latest visit first",
        response: { 200: Type.Object({ items: Type.Array(Appointment) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await myAppointments(deps(), req.ctx) }),
  );

  app.post(
    '/appointments/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel one of one’s own bookings before its time',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: Envelope, ...withConflict },
      },
    },
    async (req) => ({ appointment: await cancelAppointment(deps(), req.ctx, req.params.id) }),
  );
}
