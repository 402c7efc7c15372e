import type { PersonViewT } from '@yimen/shared/people';
import type { PersonListRow, PersonRow } from './persons.repo.ts';

const iso = (v: Date | string): string => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** The masked view: what any authorised reader sees. */
export function maskedPersonView(row: PersonRow): PersonViewT {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    // The year only: the full date is part of the ID number that the mask hides.
    birthYear: Number(row.birth_date.slice(0, 4)),
    idNumberMasked: row.id_number_masked,
    phoneMasked: row.phone_masked,
    address: row.address_id && row.address_text ? { id: row.address_id, text: row.address_text } : null,
    gridCode: row.grid_code,
    synthetic: row.synthetic,
    createdAt: iso(row.created_at),
    revealed: false,
  };
}

/** The revealed view: the masked view plus the full ID number, birth date and phone. */
export function revealedPersonView(row: PersonRow, idNumber: string, phone: string | null): PersonViewT {
  return { ...maskedPersonView(row), revealed: true, idNumber, birthDate: row.birth_date, phone };
}

export const personListItem = (row: PersonListRow) => ({
  id: row.id,
  name: row.name,
  gender: row.gender,
  idNumberMasked: row.id_number_masked,
  gridCode: row.grid_code,
});
