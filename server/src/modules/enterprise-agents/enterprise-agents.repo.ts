import type { Queryable } from '../../db/client.ts';

export interface AuthorizationRow {
  id: string;
  enterprise_id: string;
  credit_code: string;
  agent_phone: string;
  all_items: boolean;
  item_codes: string[];
  valid_until: Date;
  granted_by: string;
  created_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
}

const columns = (t = '') =>
  [
    'id',
    'enterprise_id',
    'credit_code',
    'agent_phone',
    'all_items',
    'item_codes',
    'valid_until',
    'granted_by',
    'created_at',
    'revoked_at',
    'revoked_by',
  ]
    .map((c) => t + c)
    .join(', ');

/** Active: not revoked and not yet expired (`t`: the table's alias with its dot, or nothing). */
const active = (t = '') => `${t}revoked_at IS NULL AND ${t}valid_until > now()`;

export async function listAuthorizationsOfEnterprise(
  q: Queryable,
  districtCode: string,
  enterpriseId: string,
): Promise<AuthorizationRow[]> {
  const r = await q.query<AuthorizationRow>(
    `SELECT ${columns()} FROM enterprise_agent_authorizations
      WHERE district_code = $1 AND enterprise_id = $2 ORDER BY created_at DESC, id LIMIT 500`,
    [districtCode, enterpriseId],
  );
  return r.rows;
}

export async function insertAuthorization(
  q: Queryable,
  a: {
    districtCode: string;
    id: string;
    enterpriseId: string;
    creditCode: string;
    agentPhone: string;
    allItems: boolean;
    itemCodes: string[];
    validUntil: Date;
    grantedBy: string;
    attestation: string;
  },
): Promise<AuthorizationRow> {
  const r = await q.query<AuthorizationRow>(
    `INSERT INTO enterprise_agent_authorizations
       (district_code, id, enterprise_id, credit_code, agent_phone, all_items, item_codes, valid_until, granted_by,
        attestation)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING ${columns()}`,
    [
      a.districtCode,
      a.id,
      a.enterpriseId,
      a.creditCode,
      a.agentPhone,
      a.allItems,
      a.itemCodes,
      a.validUntil,
      a.grantedBy,
      a.attestation,
    ],
  );
  return r.rows[0]!;
}

/** Revokes an authorization that is not revoked yet; null when there is none such for the enterprise. */
export async function revokeAuthorization(
  q: Queryable,
  districtCode: string,
  enterpriseId: string,
  id: string,
  revokedBy: string,
): Promise<AuthorizationRow | null> {
  const r = await q.query<AuthorizationRow>(
    `UPDATE enterprise_agent_authorizations SET revoked_at = now(), revoked_by = $4
      WHERE district_code = $1 AND enterprise_id = $2 AND id = $3 AND revoked_at IS NULL
      RETURNING ${columns()}`,
    [districtCode, enterpriseId, id, revokedBy],
  );
  return r.rows[0] ?? null;
}

/** The enterprises a phone may act for right now (any item), for the per-request actor. */
export async function activeEnterprisesOfAgent(
  q: Queryable,
  districtCode: string,
  phone: string,
): Promise<string[]> {
  const r = await q.query<{ enterprise_id: string }>(
    `SELECT DISTINCT enterprise_id FROM enterprise_agent_authorizations
      WHERE district_code = $1 AND agent_phone = $2 AND ${active()}`,
    [districtCode, phone],
  );
  return r.rows.map((x) => x.enterprise_id);
}

/** Whether any enterprise authorizes this phone now. */
export async function isActiveAgent(q: Queryable, phone: string | null): Promise<boolean> {
  if (!phone) return false;
  const r = await q.query(
    `SELECT 1 FROM enterprise_agent_authorizations WHERE agent_phone = $1 AND ${active()} LIMIT 1`,
    [phone],
  );
  return r.rows.length > 0;
}

/** The active authorizations of a phone, with the enterprise's name, for the agent's own list. */
export async function activeAuthorizationsOfAgent(
  q: Queryable,
  districtCode: string,
  phone: string,
): Promise<Array<AuthorizationRow & { enterprise_name: string }>> {
  const r = await q.query<AuthorizationRow & { enterprise_name: string }>(
    `SELECT ${columns('a.')}, e.name AS enterprise_name
       FROM enterprise_agent_authorizations a JOIN enterprises e ON e.id = a.enterprise_id
      WHERE a.district_code = $1 AND a.agent_phone = $2 AND ${active('a.')}
      ORDER BY e.name, a.created_at`,
    [districtCode, phone],
  );
  return r.rows;
}

/** The active authorization under which the account may file an application for the enterprise's item. */
export async function authorizationCovering(
  q: Queryable,
  districtCode: string,
  userId: string,
  enterpriseId: string,
  itemCode: string,
): Promise<AuthorizationRow | null> {
  const r = await q.query<AuthorizationRow>(
    `SELECT ${columns('a.')}
       FROM enterprise_agent_authorizations a JOIN users u ON u.phone = a.agent_phone
      WHERE a.district_code = $1 AND u.id = $2 AND a.enterprise_id = $3
        AND ${active('a.')} AND (a.all_items OR $4 = ANY(a.item_codes))
      ORDER BY a.valid_until DESC LIMIT 1`,
    [districtCode, userId, enterpriseId, itemCode],
  );
  return r.rows[0] ?? null;
}

/** The enterprises the register may confirm this person represents: the platform's record names them. */
export async function enterprisesNamingRepresentative(
  q: Queryable,
  districtCode: string,
  personId: string,
): Promise<Array<{ id: string; credit_code: string; name: string }>> {
  const r = await q.query<{ id: string; credit_code: string; name: string }>(
    `SELECT id, credit_code, name FROM enterprises
      WHERE district_code = $1 AND legal_rep_person_id = $2 ORDER BY name LIMIT 50`,
    [districtCode, personId],
  );
  return r.rows;
}

/** The verified person of a portal account (null before real-name verification) and their encrypted ID number. */
export async function verifiedPersonOf(
  q: Queryable,
  userId: string,
): Promise<{ person_id: string; id_number_enc: string } | null> {
  const r = await q.query<{ person_id: string; id_number_enc: string }>(
    'SELECT u.person_id, p.id_number_enc FROM users u JOIN persons p ON p.id = u.person_id WHERE u.id = $1',
    [userId],
  );
  return r.rows[0] ?? null;
}

/** Published item codes among `codes`, to refuse an authorization for an item that does not exist. */
export async function knownItemCodes(
  q: Queryable,
  districtCode: string,
  codes: string[],
): Promise<Set<string>> {
  const r = await q.query<{ code: string }>(
    `SELECT code FROM items WHERE district_code = $1 AND code = ANY($2::text[]) AND status = 'published'`,
    [districtCode, codes],
  );
  return new Set(r.rows.map((x) => x.code));
}
