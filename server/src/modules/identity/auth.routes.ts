import { errorResponse, errorResponses, NoBody } from '@yimen/shared/common';
import {
  DemoOutbox,
  DemoOutboxQuery,
  LoginBody,
  OtpRequestBody,
  OtpSent,
  OtpVerifyBody,
  UserEnvelope,
} from '@yimen/shared/identity';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../errors.ts';
import type { App } from '../../http.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../plugins/auth.ts';
import { login, logout, requestOtp, type SignedIn, verifyOtp } from './auth.service.ts';
import { loadMe } from './me.ts';

const tags = ['auth'];

export default async function authRoutes(app: App): Promise<void> {
  const { config } = app;
  const loginLimit = { max: config.loginRateLimit, timeWindow: '1 minute' };

  function setSessionCookies(reply: FastifyReply, s: SignedIn) {
    const base = {
      path: '/',
      sameSite: 'strict' as const,
      secure: config.secureCookies,
      maxAge: config.sessionTtlHours * 3600,
    };
    reply.setCookie(SESSION_COOKIE, s.sessionToken, { ...base, httpOnly: true });
    reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...base, httpOnly: false });
  }

  app.post(
    '/auth/login',
    {
      config: { rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Staff sign-in with username and password; sets the session and CSRF cookies',
        body: LoginBody,
        response: { 200: UserEnvelope, ...errorResponses, 429: errorResponse },
      },
    },
    async (req, reply) => {
      const signedIn = await login(app.db, config, req.ctx, req.body);
      setSessionCookies(reply, signedIn);
      return { user: signedIn.user };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Sign out: ends the session',
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (req, reply) => {
      await logout(app.db, req.ctx, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: UserEnvelope, ...errorResponses } } },
    async (req) => {
      const actor = req.ctx.actor;
      if (!actor) throw new AppError('unauthenticated', '请先登录 / Please sign in.');
      const user = await loadMe(app.db, actor.id);
      if (!user) throw new AppError('unauthenticated', '请先登录 / Please sign in.');
      return { user };
    },
  );

  app.post(
    '/auth/otp/request',
    {
      config: { rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Send a one-time sign-in code to a mobile number (citizens and enterprise agents)',
        body: OtpRequestBody,
        response: {
          202: OtpSent,
          ...errorResponses,
          429: errorResponse,
        },
      },
    },
    async (req, reply) => {
      const { expiresInSeconds } = await requestOtp(app.db, req.ctx, req.body.phone);
      return reply.status(202).send({ expiresInSeconds, demoOutbox: config.demo });
    },
  );

  app.post(
    '/auth/otp/verify',
    {
      config: { rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Sign in with the one-time code; creates the account on first use',
        body: OtpVerifyBody,
        response: { 200: UserEnvelope, ...errorResponses, 429: errorResponse },
      },
    },
    async (req, reply) => {
      const signedIn = await verifyOtp(app.db, config, req.ctx, req.body);
      setSessionCookies(reply, signedIn);
      return { user: signedIn.user };
    },
  );

  // Stands in for the SMS gateway in the demo only: a real deployment never exposes codes.
  app.get(
    '/demo/outbox',
    {
      schema: {
        tags,
        summary: 'Demo only: messages that would have been sent by SMS to a phone',
        querystring: DemoOutboxQuery,
        response: { 200: DemoOutbox, ...errorResponses },
      },
    },
    async (req) => {
      if (!config.demo)
        throw new AppError(
          'not_found',
          '演示短信收件箱仅在演示模式下可用 / The demo outbox exists only in demo mode.',
        );
      const r = await app.db.query<{
        id: number;
        recipient: string;
        kind: string;
        body: string;
        created_at: Date;
      }>(
        `SELECT id::int AS id, recipient, kind, body, created_at FROM message_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 10`,
        [req.query.phone],
      );
      return {
        messages: r.rows.map((m) => ({
          id: m.id,
          recipient: m.recipient,
          kind: m.kind,
          body: m.body,
          createdAt: m.created_at.toISOString(),
        })),
      };
    },
  );
}
