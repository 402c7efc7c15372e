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
import type { App } from '../../http.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../plugins/auth.ts';
import {
  currentUser,
  demoOutbox,
  login,
  logout,
  requestOtp,
  type SignedIn,
  verifyOtp,
} from './auth.service.ts';

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
    async (req) => ({ user: await currentUser(app.db, req.ctx) }),
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
    async (req) => ({ messages: await demoOutbox(app.db, config, req.query.phone) }),
  );
}
