import type { EnterpriseViewT } from '@yimen/shared/people';
import type { EnterpriseListRow, EnterpriseRow } from './enterprises.repo.ts';

export const enterpriseListItem = (row: EnterpriseListRow) => ({
  id: row.id,
  creditCode: row.credit_code,
  name: row.name,
  kind: row.kind,
  industry: row.industry,
  registeredOn: row.registered_on,
  status: row.status,
  gridCode: row.grid_code,
});

/** The enterprise record; of its legal representative (a natural person) only the name and masked number. */
export function enterpriseView(row: EnterpriseRow): EnterpriseViewT {
  return {
    ...enterpriseListItem(row),
    address: row.address_id && row.address_text ? { id: row.address_id, text: row.address_text } : null,
    legalRep:
      row.legal_rep_person_id && row.legal_rep_name && row.legal_rep_masked
        ? {
            personId: row.legal_rep_person_id,
            name: row.legal_rep_name,
            idNumberMasked: row.legal_rep_masked,
          }
        : null,
    synthetic: row.synthetic,
    createdAt: (row.created_at instanceof Date ? row.created_at : new Date(row.created_at)).toISOString(),
  };
}
