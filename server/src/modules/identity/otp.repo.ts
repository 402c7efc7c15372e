import type { Queryable } from '../../db/client.ts';

/** One-time codes sent to a phone in the last `seconds`. */
export async function countRecentOtps(db: Queryable, phone: string, seconds: number): Promise<number> {
  const r = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM otp_codes WHERE phone = $1 AND created_at > now() - make_interval(secs => $2::int)`,
    [phone, seconds],
  );
  return r.rows[0]?.n ?? 0;
}

export async function insertOtp(
  db: Queryable,
  o: { id: string; phone: string; codeHash: string; ttlSeconds: number },
): Promise<void> {
  await db.query(
    `INSERT INTO otp_codes (id, phone, code_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4::int))`,
    [o.id, o.phone, o.codeHash, o.ttlSeconds],
  );
}

/** The code's text message, through the outbox (there is no SMS gateway). */
export async function queueOtpSms(db: Queryable, districtCode: string, phone: string, body: string) {
  await db.query(
    `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'sms', $2, 'otp', $3)`,
    [districtCode, phone, body],
  );
}

/** The newest unused, unexpired code of a phone. */
export async function latestPendingOtp(db: Queryable, phone: string) {
  const r = await db.query<{ id: string; code_hash: string; attempts: number }>(
    `SELECT id, code_hash, attempts FROM otp_codes
      WHERE phone = $1 AND consumed_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1`,
    [phone],
  );
  return r.rows[0] ?? null;
}

export async function countOtpAttempt(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE otp_codes SET attempts = attempts + 1 WHERE id = $1', [id]);
}

export async function consumeOtp(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE otp_codes SET consumed_at = now() WHERE id = $1', [id]);
}
