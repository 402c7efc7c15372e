import type { Queryable } from '../../db/client.ts';

export interface EnterpriseRow {
  id: string;
  credit_code: string;
  name: string;
  kind: string;
  industry: string;
  registered_on: string;
  status: string;
  grid_code: string | null;
  address_id: string | null;
  address_text: string | null;
  legal_rep_person_id: string | null;
  legal_rep_name: string | null;
  legal_rep_masked: string | null;
  synthetic: boolean;
  created_at: Date | string;
}

// The legal representative's masked number and name only: never the encrypted or indexed columns.
const SELECT_ENTERPRISE = `
  SELECT e.id, e.credit_code, e.name, e.kind, e.industry, e.registered_on::text AS registered_on, e.status,
         e.grid_code, e.address_id, a.full_text AS address_text, e.legal_rep_person_id,
         p.name AS legal_rep_name, p.id_number_masked AS legal_rep_masked, e.synthetic, e.created_at
    FROM enterprises e
    LEFT JOIN addresses a ON a.id = e.address_id
    LEFT JOIN persons p ON p.id = e.legal_rep_person_id`;

export async function findEnterpriseById(
  q: Queryable,
  districtCode: string,
  id: string,
): Promise<EnterpriseRow | null> {
  const r = await q.query<EnterpriseRow>(`${SELECT_ENTERPRISE} WHERE e.district_code = $1 AND e.id = $2`, [
    districtCode,
    id,
  ]);
  return r.rows[0] ?? null;
}

export async function creditCodeTaken(
  q: Queryable,
  districtCode: string,
  creditCode: string,
): Promise<boolean> {
  const r = await q.query('SELECT 1 FROM enterprises WHERE district_code = $1 AND credit_code = $2', [
    districtCode,
    creditCode,
  ]);
  return r.rows.length > 0;
}

export interface NewEnterprise {
  id: string;
  districtCode: string;
  creditCode: string;
  name: string;
  kind: string;
  industry: string;
  registeredOn: string;
  legalRepPersonId: string | null;
  addressId: string | null;
  gridCode: string | null;
}

export async function insertEnterprise(q: Queryable, e: NewEnterprise): Promise<void> {
  await q.query(
    `INSERT INTO enterprises (id, district_code, credit_code, name, kind, industry, registered_on, legal_rep_person_id,
                              address_id, grid_code)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [
      e.id,
      e.districtCode,
      e.creditCode,
      e.name,
      e.kind,
      e.industry,
      e.registeredOn,
      e.legalRepPersonId,
      e.addressId,
      e.gridCode,
    ],
  );
}

export interface EnterpriseFilter {
  districtCode: string;
  creditCode?: string | undefined;
  nameContains?: string | undefined;
  within?: string | undefined;
  limit: number;
  offset: number;
}

export type EnterpriseListRow = Omit<
  EnterpriseRow,
  | 'address_id'
  | 'address_text'
  | 'legal_rep_person_id'
  | 'legal_rep_name'
  | 'legal_rep_masked'
  | 'synthetic'
  | 'created_at'
>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchEnterprises(
  q: Queryable,
  f: EnterpriseFilter,
): Promise<{ rows: EnterpriseListRow[]; total: number }> {
  const params: unknown[] = [f.districtCode];
  const where = ['district_code = $1'];
  if (f.creditCode) {
    params.push(f.creditCode);
    where.push(`credit_code = $${params.length}`);
  }
  if (f.nameContains) {
    params.push(`%${escapeLike(f.nameContains)}%`);
    where.push(`name LIKE $${params.length}`);
  }
  if (f.within) {
    params.push(`${escapeLike(f.within)}%`);
    where.push(`grid_code LIKE $${params.length}`);
  }
  const sqlWhere = where.join(' AND ');
  const total = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM enterprises WHERE ${sqlWhere}`,
    params,
  );
  const rows = await q.query<EnterpriseListRow>(
    `SELECT id, credit_code, name, kind, industry, registered_on::text AS registered_on, status, grid_code
       FROM enterprises WHERE ${sqlWhere}
      ORDER BY name, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export async function findEnterpriseByCreditCode(
  q: Queryable,
  districtCode: string,
  creditCode: string,
): Promise<EnterpriseRow | null> {
  const r = await q.query<EnterpriseRow>(
    `${SELECT_ENTERPRISE} WHERE e.district_code = $1 AND e.credit_code = $2`,
    [districtCode, creditCode],
  );
  return r.rows[0] ?? null;
}
