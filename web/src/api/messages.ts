import type { MessageList } from '@yimen/shared/messages';
import { api } from './client.ts';

/** Shapes of 我的消息: the server's contract (@yimen/shared/messages). */
export type { MessageItem } from '@yimen/shared/messages';

/** Query keys of 我的消息. */
export const messageKeys = {
  all: ['messages'] as const,
  mine: () => ['messages', 'mine'] as const,
};

export const listMyMessages = (signal?: AbortSignal) =>
  api.get<MessageList>('/api/v1/me/messages', { limit: 30 }, signal);

export const markMessagesSeen = (upTo: number) => api.post<null>('/api/v1/me/messages/seen', { upTo });
