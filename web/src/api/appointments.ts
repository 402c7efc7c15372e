import { api } from './client.ts';

export interface Appointment {
  id: string;
  bookingNo: string;
  itemCode: string;
  itemName: string;
  slotStart: string;
  slotEnd: string;
  state: 'booked' | 'cancelled';
  place: string;
  address: string;
  createdAt: string;
  cancelledAt: string | null;
}

export interface AppointmentSlots {
  itemCode: string;
  itemName: string;
  place: string;
  address: string;
  days: { date: string; slots: { start: string; end: string; remaining: number }[] }[];
}

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
