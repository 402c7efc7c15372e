import { type Static, Type } from 'typebox';

/** The contract of 我的消息: the app messages addressed to a user, their roles or their department. */

/** The most one list answers. */
export const MESSAGES_MAX = 50;

export const MessagesQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: MESSAGES_MAX, default: 20 }) },
  { additionalProperties: false },
);

export const MessageItem = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
  unread: Type.Boolean(),
});
export type MessageItem = Static<typeof MessageItem>;

export const MessageList = Type.Object({ items: Type.Array(MessageItem), unread: Type.Integer() });
export type MessageList = Static<typeof MessageList>;

export const MessagesSeenBody = Type.Object(
  { upTo: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) },
  { additionalProperties: false },
);
