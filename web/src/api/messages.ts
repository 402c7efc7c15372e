import { api } from './client.ts';

export interface MessageItem {
  id: number;
  kind: string;
  body: string;
  createdAt: string;
  unread: boolean;
}

export const listMyMessages = (signal?: AbortSignal) =>
  api.get<{ items: MessageItem[]; unread: number }>('/api/v1/me/messages', { limit: 30 }, signal);

export const markMessagesSeen = (upTo: number) => api.post<null>('/api/v1/me/messages/seen', { upTo });
