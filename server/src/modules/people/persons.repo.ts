import type { Queryable } from '../../db/client.ts';
import { peopleErrors } from './people.errors.ts';

/**
 * A person as read for display. The encrypted ID number and phone are deliberately absent: they are read
 * one at a time by readPersonSecrets, only when a reveal has been authorised.
 */
export interface PersonRow {
  id: string;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  id_number_masked: string;
  phone_masked: string | null;
  address_id: string | null;
  address_text: string | null;
  grid_code: string | null;
  synthetic: boolean;
  created_at: Date | string;
}

const SELECT_PERSON = `
  SELECT p.id, p.name, p.gender, p.birth_date::text AS birth_date, p.id_number_masked, p.phone_masked,
         p.address_id, a.full_text AS address_text, p.grid_code, p.synthetic, p.created_at
    FROM persons p
    LEFT JOIN addresses a ON a.id = p.address_id`;

export async function findPersonById(
  q: Queryable,
  districtCode: string,
  id: string,
): Promise<PersonRow | null> {
  const r = await q.query<PersonRow>(`${SELECT_PERSON} WHERE p.district_code = $1 AND p.id = $2`, [
    districtCode,
    id,
  ]);
  return r.rows[0] ?? null;
}

export async function findPersonByIndex(
  q: Queryable,
  districtCode: string,
  index: string,
): Promise<PersonRow | null> {
  const r = await q.query<PersonRow>(
    `${SELECT_PERSON} WHERE p.district_code = $1 AND p.id_number_index = $2`,
    [districtCode, index],
  );
  return r.rows[0] ?? null;
}

export async function readPersonSecrets(
  q: Queryable,
  id: string,
): Promise<{ id_number_enc: string; phone_enc: string | null } | null> {
  const r = await q.query<{ id_number_enc: string; phone_enc: string | null }>(
    'SELECT id_number_enc, phone_enc FROM persons WHERE id = $1',
    [id],
  );
  return r.rows[0] ?? null;
}

export interface NewPerson {
  id: string;
  districtCode: string;
  idNumberEnc: string;
  idNumberIndex: string;
  idNumberMasked: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  phoneMasked: string | null;
  phoneEnc: string | null;
  addressId: string | null;
  gridCode: string | null;
}

export async function insertPerson(q: Queryable, p: NewPerson): Promise<void> {
  await q.query(
    `INSERT INTO persons (id, district_code, id_number_enc, id_number_index, id_number_masked, name, gender, birth_date,
                          phone_masked, phone_enc, address_id, grid_code)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [
      p.id,
      p.districtCode,
      p.idNumberEnc,
      p.idNumberIndex,
      p.idNumberMasked,
      p.name,
      p.gender,
      p.birthDate,
      p.phoneMasked,
      p.phoneEnc,
      p.addressId,
      p.gridCode,
    ],
  );
}

export interface PersonFilter {
  districtCode: string;
  /** Only persons whose grid lies in this area (the actor's jurisdiction or a narrower filter). */
  within: string;
  /** Persons with no grid yet are shown only to district-wide officials. */
  includeUnplaced: boolean;
  namePrefix?: string;
  limit: number;
  offset: number;
}

export interface PersonListRow {
  id: string;
  name: string;
  gender: 'M' | 'F';
  id_number_masked: string;
  grid_code: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchPersons(
  q: Queryable,
  f: PersonFilter,
): Promise<{ rows: PersonListRow[]; total: number }> {
  const params: unknown[] = [f.districtCode, `${escapeLike(f.within)}%`];
  const where = [
    'district_code = $1',
    f.includeUnplaced ? '(grid_code LIKE $2 OR grid_code IS NULL)' : 'grid_code LIKE $2',
  ];
  if (f.namePrefix) {
    params.push(`${escapeLike(f.namePrefix)}%`);
    where.push(`name LIKE $${params.length}`);
  }
  const sqlWhere = where.join(' AND ');
  const total = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM persons WHERE ${sqlWhere}`,
    params,
  );
  const rows = await q.query<PersonListRow>(
    `SELECT id, name, gender, id_number_masked, grid_code FROM persons WHERE ${sqlWhere}
      ORDER BY name, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export interface AddressRef {
  id: string;
  grid_code: string;
  full_text: string;
}

export async function findAddress(
  q: Queryable,
  districtCode: string,
  id: string,
): Promise<AddressRef | null> {
  const r = await q.query<AddressRef>(
    'SELECT id, grid_code, full_text FROM addresses WHERE district_code = $1 AND id = $2',
    [districtCode, id],
  );
  return r.rows[0] ?? null;
}

/** The address a new record is registered at, when one is given; an unknown id is the caller's mistake (422). */
export async function optionalAddress(
  q: Queryable,
  districtCode: string,
  id: string | undefined,
): Promise<AddressRef | null> {
  if (!id) return null;
  const address = await findAddress(q, districtCode, id);
  if (!address) throw peopleErrors.noSuchAddress({ id });
  return address;
}
