import type { Appointment, AppointmentSlots } from '@yimen/shared/appointments';
import { api } from './client.ts';

/** Shapes of 预约办理: the server's contract (@yimen/shared/appointments). */
export type { Appointment, AppointmentSlots } from '@yimen/shared/appointments';

/** Query keys of 预约办理: an item's open slots and the applicant's own appointments. */
export const appointmentKeys = {
  all: ['appointments'] as const,
  slots: (code: string) => ['appointments', 'slots', code] as const,
  mine: () => ['appointments', 'mine'] as const,
};

export const getAppointmentSlots = (code: string, signal?: AbortSignal) =>
  api.get<AppointmentSlots>(`/api/v1/items/${encodeURIComponent(code)}/appointment-slots`, undefined, signal);

/** One key per choice of slot: a double click or a retry books once. */
export const bookAppointment = (itemCode: string, slotStart: string, idempotencyKey: string) =>
  api
    .post<{ appointment: Appointment }>(
      '/api/v1/appointments',
      { itemCode, slotStart },
      { 'idempotency-key': idempotencyKey },
    )
    .then((r) => r.appointment);

export const listMyAppointments = (signal?: AbortSignal) =>
  api.get<{ items: Appointment[] }>('/api/v1/my/appointments', undefined, signal).then((r) => r.items);

export const cancelAppointment = (id: string) =>
  api.post<{ appointment: Appointment }>(`/api/v1/appointments/${id}/cancel`).then((r) => r.appointment);
