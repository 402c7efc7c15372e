import { api } from './client.ts';

export interface MessageItem {
  id: number;
  kind: string;
  body: string;
  createdAt: string;
  unread: boolean;
}

/** Query keys of 我的消息. */
export const messageKeys = {
  all: ['messages'] as const,
  mine: () => ['messages', 'mine'] as const,
};

export const listMyMessages = (signal?: AbortSignal) =>
  api.get<{ items: MessageItem[]; unread: number }>('/api/v1/me/messages', { limit: 30 }, signal);

export const markMessagesSeen = (upTo: number) => api.post<null>('/api/v1/me/messages/seen', { upTo });
