/** Column order of every synthetic row; both the INSERT batches and the COPY streams use it. */
export const COLUMNS = {
  addresses: [
    'id',
    'district_code',
    'street_code',
    'community_code',
    'grid_code',
    'micro_grid_code',
    'road',
    'house_number',
    'full_text',
    'lng',
    'lat',
    'synthetic',
  ],
  houses: ['id', 'district_code', 'address_id', 'unit', 'usage', 'floor_area_m2', 'grid_code', 'synthetic'],
  persons: [
    'id',
    'district_code',
    'id_number_enc',
    'id_number_index',
    'id_number_masked',
    'name',
    'gender',
    'birth_date',
    'phone_masked',
    'phone_enc',
    'address_id',
    'grid_code',
    'synthetic',
    'created_at',
  ],
  enterprises: [
    'id',
    'district_code',
    'credit_code',
    'name',
    'kind',
    'legal_rep_person_id',
    'industry',
    'registered_on',
    'status',
    'address_id',
    'grid_code',
    'synthetic',
    'created_at',
  ],
} as const;

export type SyntheticTable = keyof typeof COLUMNS;

/** In foreign-key order: houses need addresses; persons need addresses; enterprises need both. */
export const TABLE_ORDER: readonly SyntheticTable[] = ['addresses', 'houses', 'persons', 'enterprises'];

export type Cell = string | number | boolean | null;
export type Row = Cell[];
