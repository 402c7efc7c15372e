import { api } from './client.ts';
import type { Me, OutboxMessage } from './types.ts';

export const fetchMe = () => api.get<{ user: Me }>('/api/v1/auth/me').then((r) => r.user);

export const login = (username: string, password: string) =>
  api.post<{ user: Me }>('/api/v1/auth/login', { username, password }).then((r) => r.user);

export const logout = () => api.post<void>('/api/v1/auth/logout');

export const requestOtp = (phone: string) =>
  api.post<{ expiresInSeconds: number; demoOutbox: boolean }>('/api/v1/auth/otp/request', { phone });

/** Every phone signs in as a citizen; it acts for an enterprise only while the enterprise authorizes it. */
export const verifyOtp = (phone: string, code: string) =>
  api.post<{ user: Me }>('/api/v1/auth/otp/verify', { phone, code }).then((r) => r.user);

/** Demo mode only: the messages an SMS gateway would have sent. */
export const fetchDemoOutbox = (phone: string) =>
  api.get<{ messages: OutboxMessage[] }>('/api/v1/demo/outbox', { phone }).then((r) => r.messages);
