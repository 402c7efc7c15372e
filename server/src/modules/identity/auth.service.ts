import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { RequestContext } from './actor.ts';
import { identityErrors } from './identity.errors.ts';
import {
  countRecentLoginFailures,
  deleteExpiredSessionsOfUser,
  deleteSession,
  findUserByPhone,
  findUserByUsername,
  insertCitizen,
  insertSession,
  recentMessagesTo,
  toActor,
} from './identity.repo.ts';
import { loadMe, type MeView, maskPhone } from './me.ts';
import {
  consumeOtp,
  countOtpAttempt,
  countRecentOtps,
  insertOtp,
  latestPendingOtp,
  queueOtpSms,
} from './otp.repo.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { newOtpCode, newSecret, sha256 } from './secrets.ts';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
export const OTP_TTL_SECONDS = 300;
const OTP_MAX_ATTEMPTS = 5;
const OTP_RESEND_SECONDS = 60;

export interface SignedIn {
  user: MeView;
  /** Raw session token for the cookie; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
}

async function openSession(db: Db, config: Config, ctx: RequestContext, userId: string, action: string) {
  const sessionToken = newSecret();
  const csrfToken = newSecret(18);
  await db.transaction(async (tx) => {
    // Expired sessions of this user go as a new one starts, so the table does not grow without bound.
    await deleteExpiredSessionsOfUser(tx, userId);
    await insertSession(tx, {
      id: sha256(sessionToken),
      userId,
      csrfToken,
      ttlHours: config.sessionTtlHours,
      ip: ctx.ip,
    });
    await recordAudit(tx, ctx, { action, targetType: 'user', targetId: userId });
  });
  const user = await loadMe(db, userId);
  if (!user) throw identityErrors.accountVanished();
  return { user, sessionToken, csrfToken };
}

/** Staff sign-in. Wrong username and wrong password look the same and cost the same time. */
export async function login(
  db: Db,
  config: Config,
  ctx: RequestContext,
  input: { username: string; password: string },
): Promise<SignedIn> {
  const username = input.username.trim().toLowerCase();
  if ((await countRecentLoginFailures(db, username, LOCKOUT_MINUTES)) >= LOCKOUT_FAILURES) {
    await recordAudit(db, ctx, {
      action: 'auth.login',
      targetType: 'username',
      targetId: username,
      outcome: 'denied',
      details: { reason: 'locked' },
    });
    throw identityErrors.accountLocked({ minutes: LOCKOUT_MINUTES });
  }
  const user = await findUserByUsername(db, username);
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok || !user.active || user.kind === 'citizen') {
    await recordAudit(db, ctx, {
      action: 'auth.login',
      targetType: 'username',
      targetId: username,
      outcome: 'failure',
      details: { reason: !user ? 'unknown_user' : !user.active ? 'inactive' : 'wrong_password' },
    });
    throw identityErrors.wrongPassword();
  }
  return openSession(db, config, { ...ctx, actor: toActor(user, 'session') }, user.id, 'auth.login');
}

export async function logout(db: Db, ctx: RequestContext, sessionToken: string | undefined): Promise<void> {
  if (!sessionToken) return;
  await db.transaction(async (tx) => {
    await deleteSession(tx, sha256(sessionToken));
    if (ctx.actor)
      await recordAudit(tx, ctx, { action: 'auth.logout', targetType: 'user', targetId: ctx.actor.id });
  });
}

const otpHash = (phone: string, code: string) => sha256(`${phone}:${code}`);

/** Sends a one-time code to a phone. There is no SMS gateway: the message goes to the outbox. */
export async function requestOtp(
  db: Db,
  ctx: RequestContext,
  phone: string,
): Promise<{ expiresInSeconds: number }> {
  if ((await countRecentOtps(db, phone, OTP_RESEND_SECONDS)) > 0) {
    throw identityErrors.otpTooSoon({ seconds: OTP_RESEND_SECONDS });
  }
  const code = newOtpCode();
  await db.transaction(async (tx) => {
    await insertOtp(tx, {
      id: randomUUID(),
      phone,
      codeHash: otpHash(phone, code),
      ttlSeconds: OTP_TTL_SECONDS,
    });
    await queueOtpSms(
      tx,
      ctx.districtCode,
      phone,
      `【一门】您的验证码是 ${code}，${OTP_TTL_SECONDS / 60} 分钟内有效，请勿告诉他人。`,
    );
    await recordAudit(tx, ctx, {
      action: 'auth.otp_request',
      targetType: 'phone',
      targetId: maskPhone(phone),
    });
  });
  return { expiresInSeconds: OTP_TTL_SECONDS };
}

/** Verifies a one-time code and signs the citizen in, creating the account on first use. */
export async function verifyOtp(
  db: Db,
  config: Config,
  ctx: RequestContext,
  input: { phone: string; code: string },
): Promise<SignedIn> {
  const otp = await latestPendingOtp(db, input.phone);
  const fail = async (reason: string, refusal: AppError) => {
    await recordAudit(db, ctx, {
      action: 'auth.otp_verify',
      targetType: 'phone',
      targetId: maskPhone(input.phone),
      outcome: 'failure',
      details: { reason },
    });
    return refusal;
  };
  if (!otp) throw await fail('no_code', identityErrors.otpMissing());
  if (otp.attempts >= OTP_MAX_ATTEMPTS)
    throw await fail('too_many_attempts', identityErrors.otpTooManyAttempts());
  if (otp.code_hash !== otpHash(input.phone, input.code)) {
    await countOtpAttempt(db, otp.id);
    throw await fail('wrong_code', identityErrors.otpWrong());
  }
  const userId = await db.transaction(async (tx) => {
    await consumeOtp(tx, otp.id);
    const existing = await findUserByPhone(tx, input.phone);
    if (existing) {
      if (!existing.active) throw identityErrors.accountDisabled();
      return existing.id;
    }
    // Every phone signs in as a citizen. It acts as an enterprise agent only while an enterprise's legal
    // representative authorizes it (read per request), never because it asked to at sign-in.
    const id = randomUUID();
    await insertCitizen(tx, {
      id,
      districtCode: ctx.districtCode,
      phone: input.phone,
      displayName: maskPhone(input.phone),
    });
    await recordAudit(tx, ctx, {
      action: 'user.register',
      targetType: 'user',
      targetId: id,
      details: { role: 'citizen' },
    });
    return id;
  });
  return openSession(db, config, ctx, userId, 'auth.otp_login');
}

/** The signed-in user as the web client shows it. */
export async function currentUser(db: Db, ctx: RequestContext): Promise<MeView> {
  if (!ctx.actor) throw identityErrors.notSignedIn();
  const user = await loadMe(db, ctx.actor.id);
  if (!user) throw identityErrors.notSignedIn();
  return user;
}

/** Demo only: the last text messages to a phone, standing in for the SMS gateway. */
export async function demoOutbox(db: Db, config: Pick<Config, 'demo'>, phone: string) {
  if (!config.demo) throw identityErrors.demoOutboxOff();
  const messages = await recentMessagesTo(db, phone);
  return messages.map((m) => ({
    id: m.id,
    recipient: m.recipient,
    kind: m.kind,
    body: m.body,
    createdAt: m.created_at.toISOString(),
  }));
}
