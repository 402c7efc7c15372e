import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { RequestContext } from './actor.ts';
import {
  countRecentLoginFailures,
  deleteSession,
  findUserByPhone,
  findUserByUsername,
  insertSession,
  toActor,
} from './identity.repo.ts';
import { loadMe, type MeView, maskPhone } from './me.ts';
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
    await tx.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()', [userId]);
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
  if (!user) throw new AppError('internal', 'The account vanished while signing in.');
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
    throw new AppError(
      'rate_limited',
      `该账号连续登录失败过多，请 ${LOCKOUT_MINUTES} 分钟后再试 / Too many failed sign-ins for this account; try again in ${LOCKOUT_MINUTES} minutes.`,
    );
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
    throw new AppError('invalid_credentials', '用户名或密码错误 / Wrong username or password.', 'password');
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
  const recent = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM otp_codes WHERE phone = $1 AND created_at > now() - make_interval(secs => $2::int)`,
    [phone, OTP_RESEND_SECONDS],
  );
  if ((recent.rows[0]?.n ?? 0) > 0) {
    throw new AppError(
      'rate_limited',
      `验证码已发送，请 ${OTP_RESEND_SECONDS} 秒后再试 / A code was just sent; wait ${OTP_RESEND_SECONDS} seconds.`,
      'phone',
    );
  }
  const code = newOtpCode();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO otp_codes (id, phone, code_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4::int))`,
      [randomUUID(), phone, otpHash(phone, code), OTP_TTL_SECONDS],
    );
    await tx.query(
      `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'sms', $2, 'otp', $3)`,
      [
        ctx.districtCode,
        phone,
        `【一门】您的验证码是 ${code}，${OTP_TTL_SECONDS / 60} 分钟内有效，请勿告诉他人。`,
      ],
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
  const pending = await db.query<{ id: string; code_hash: string; attempts: number }>(
    `SELECT id, code_hash, attempts FROM otp_codes
      WHERE phone = $1 AND consumed_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1`,
    [input.phone],
  );
  const otp = pending.rows[0];
  const fail = async (reason: string, message: string) => {
    await recordAudit(db, ctx, {
      action: 'auth.otp_verify',
      targetType: 'phone',
      targetId: maskPhone(input.phone),
      outcome: 'failure',
      details: { reason },
    });
    return new AppError('invalid_credentials', message, 'code');
  };
  if (!otp)
    throw await fail(
      'no_code',
      '验证码已过期或未发送，请重新获取 / The code expired or was never sent; request a new one.',
    );
  if (otp.attempts >= OTP_MAX_ATTEMPTS)
    throw await fail(
      'too_many_attempts',
      '验证码错误次数过多，请重新获取 / Too many wrong codes; request a new one.',
    );
  if (otp.code_hash !== otpHash(input.phone, input.code)) {
    await db.query('UPDATE otp_codes SET attempts = attempts + 1 WHERE id = $1', [otp.id]);
    throw await fail('wrong_code', '验证码错误 / The code is wrong.');
  }
  const userId = await db.transaction(async (tx) => {
    await tx.query('UPDATE otp_codes SET consumed_at = now() WHERE id = $1', [otp.id]);
    const existing = await findUserByPhone(tx, input.phone);
    if (existing) {
      if (!existing.active) throw new AppError('forbidden', '该账号已停用 / This account is disabled.');
      return existing.id;
    }
    // Every phone signs in as a citizen. It acts as an enterprise agent only while an enterprise's legal
    // representative authorizes it (read per request), never because it asked to at sign-in.
    const id = randomUUID();
    await tx.query(
      `INSERT INTO users (id, district_code, kind, phone, display_name, roles) VALUES ($1, $2, 'citizen', $3, $4, '{citizen}')`,
      [id, ctx.districtCode, input.phone, maskPhone(input.phone)],
    );
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
