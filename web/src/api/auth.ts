import type { DemoOutboxT, Me, OtpSent } from '@yimen/shared/identity';
import { api } from './client.ts';

/** Query keys of the session: who is signed in, and the demo SMS outbox of a phone. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => ['auth', 'me'] as const,
  /** `version` counts the codes requested: each may have sent a message. */
  demoOutbox: (phone: string, version = 0) => ['auth', 'demo-outbox', phone, version] as const,
};

export const fetchMe = (signal?: AbortSignal) =>
  api.get<{ user: Me }>('/api/v1/auth/me', undefined, signal).then((r) => r.user);

export const login = (username: string, password: string) =>
  api.post<{ user: Me }>('/api/v1/auth/login', { username, password }).then((r) => r.user);

export const logout = () => api.post<void>('/api/v1/auth/logout');

export const requestOtp = (phone: string) => api.post<OtpSent>('/api/v1/auth/otp/request', { phone });

/** Every phone signs in as a citizen; it acts for an enterprise only while the enterprise authorizes it. */
export const verifyOtp = (phone: string, code: string) =>
  api.post<{ user: Me }>('/api/v1/auth/otp/verify', { phone, code }).then((r) => r.user);

/** Demo mode only: the messages an SMS gateway would have sent. */
export const fetchDemoOutbox = (phone: string, signal?: AbortSignal) =>
  api.get<DemoOutboxT>('/api/v1/demo/outbox', { phone }, signal).then((r) => r.messages);
