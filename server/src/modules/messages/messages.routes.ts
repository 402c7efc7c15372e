import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { listMyMessages, MESSAGES_MAX, markMessagesSeen } from './messages.service.ts';

const tags = ['messages'];

const MessageView = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
  unread: Type.Boolean(),
});

/** 我的消息: the app messages the workflows address to a user, their roles or their department. */
export default async function messagesRoutes(app: App): Promise<void> {
  app.get(
    '/me/messages',
    {
      schema: {
        tags,
        summary:
          'The newest messages for the signed-in user (to them, their roles, their department), and how many are unread',
        querystring: Type.Object(
          { limit: Type.Integer({ minimum: 1, maximum: MESSAGES_MAX, default: 20 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(MessageView), unread: Type.Integer() }),
          ...errorResponses,
        },
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
        body: Type.Object(
          { upTo: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await markMessagesSeen(app.db, req.ctx, req.body.upTo);
      return reply.status(204).send(null);
    },
  );
}
