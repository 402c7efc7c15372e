import {
  AppointmentEnvelope,
  AppointmentIdParams,
  AppointmentList,
  AppointmentSlots,
  BookAppointmentBody,
} from '@yimen/shared/appointments';
import { IdempotencyHeaders } from '@yimen/shared/cases';
import { ItemCodeParams } from '@yimen/shared/catalogue';
import { errorResponses, withConflict } from '@yimen/shared/common';
import type { App } from '../../http.ts';
import { publicRateLimit, publicResponses } from '../catalogue/public-cache.ts';
import {
  type AppointmentDeps,
  bookAppointment,
  cancelAppointment,
  listSlots,
  myAppointments,
} from './appointments.service.ts';

const tags = ['appointments'];

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
          200: AppointmentSlots,
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
        body: BookAppointmentBody,
        response: { 200: AppointmentEnvelope, 201: AppointmentEnvelope, ...withConflict },
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
        response: { 200: AppointmentList, ...errorResponses },
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
        params: AppointmentIdParams,
        response: { 200: AppointmentEnvelope, ...withConflict },
      },
    },
    async (req) => ({ appointment: await cancelAppointment(deps(), req.ctx, req.params.id) }),
  );
}
