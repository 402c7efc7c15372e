import { errorResponses, NoBody } from '@yimen/shared/common';
import { MessageList, MessagesQuery, MessagesSeenBody } from '@yimen/shared/messages';
import type { App } from '../../http.ts';
import { listMyMessages, markMessagesSeen } from './messages.service.ts';

const tags = ['messages'];

/** 我的消息: the app messages the workflows address to a user, their roles or their department. */
export default async function messagesRoutes(app: App): Promise<void> {
  app.get(
    '/me/messages',
    {
      schema: {
        tags,
        summary:
          'The newest messages for the signed-in user (to them, their roles, their department), and how many are unread',
        querystring: MessagesQuery,
        response: { 200: MessageList, ...errorResponses },
      },
    },
    async (req) => listMyMessages(app.db, req.ctx, req.query.limit),
  );

  app.post(
    '/me/messages/seen',
    {
      schema: {
        tags,
        summary: 'Mark the messages up to an id as read',
        body: MessagesSeenBody,
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (req, reply) => {
      await markMessagesSeen(app.db, req.ctx, req.body.upTo);
      return reply.status(204).send(null);
    },
  );
}
