import type { Queryable } from '../../db/client.ts';

/**
 * Who hears of a case, as stored: the account that filed it, or else (when `alsoThePersonsAccount`) the first active
 * account verified as the same person; that account's phone, and the phone the register holds for the person.
 */
export async function caseRecipientRow(
  q: Queryable,
  applicantUserId: string | null,
  personId: string | null,
  alsoThePersonsAccount: boolean,
): Promise<{ user_id: string | null; phone: string | null; phone_enc: string | null } | null> {
  const r = await q.query<{ user_id: string | null; phone: string | null; phone_enc: string | null }>(
    `WITH account AS (
       SELECT u.id, u.phone FROM users u WHERE u.id = $1
       UNION ALL
       (SELECT u.id, u.phone FROM users u
          JOIN persons mine ON mine.id = u.person_id
          JOIN persons same ON same.district_code = mine.district_code AND same.id_number_index = mine.id_number_index
         WHERE $1::uuid IS NULL AND $3::boolean AND same.id = $2 AND u.active
         ORDER BY u.created_at LIMIT 1))
     SELECT (SELECT id FROM account) AS user_id, (SELECT phone FROM account) AS phone,
            (SELECT phone_enc FROM persons WHERE id = $2) AS phone_enc`,
    [applicantUserId, personId, alsoThePersonsAccount],
  );
  return r.rows[0] ?? null;
}
