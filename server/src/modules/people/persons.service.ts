import { randomUUID } from 'node:crypto';
import type { CreatePersonInput, PersonViewT } from '@yimen/shared/people';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordAudit, recordPersonAccess } from '../audit/audit.repo.ts';
import { authorize, coversArea, type RequestContext } from '../identity/actor.ts';
import { requireIdNumber } from './id-number.ts';
import { peopleErrors } from './people.errors.ts';
import {
  LIST_FIELDS,
  PERSON_READ_ROLES,
  PERSON_WRITE_ROLES,
  REVEAL_ROLES,
  shownFields,
} from './people.policy.ts';
import { maskedPersonView, personListItem, revealedPersonView } from './person-view.ts';
import {
  findPersonById,
  findPersonByIndex,
  insertPerson,
  optionalAddress,
  readPersonSecrets,
  searchPersons,
} from './persons.repo.ts';
import type { PiiCipher } from './pii-crypto.ts';

const duplicate = () => peopleErrors.personRegistered();

/**
 * Registers a person. Gender and birth date come from the ID number itself (GB 11643), never from input,
 * so they cannot disagree with it. The number is stored encrypted, blind-indexed and masked.
 */
export async function createPerson(db: Db, pii: PiiCipher, ctx: RequestContext, input: CreatePersonInput) {
  authorize(ctx, { roles: PERSON_WRITE_ROLES });
  const parsed = requireIdNumber(input.idNumber, 'idNumber');
  const id = randomUUID();
  const index = pii.blindIndex(parsed.idNumber);
  try {
    return await db.transaction(async (tx) => {
      const address = await optionalAddress(tx, ctx.districtCode, input.addressId);
      // Registering someone at an address is acting in that address's grid.
      authorize(ctx, { roles: PERSON_WRITE_ROLES, area: address?.grid_code ?? null });
      if (await findPersonByIndex(tx, ctx.districtCode, index)) throw duplicate();
      await insertPerson(tx, {
        id,
        districtCode: ctx.districtCode,
        idNumberEnc: pii.encrypt(parsed.idNumber),
        idNumberIndex: index,
        idNumberMasked: pii.maskIdNumber(parsed.idNumber),
        name: input.name.trim(),
        gender: parsed.gender,
        birthDate: parsed.birthDate,
        phoneMasked: input.phone ? pii.maskPhone(input.phone) : null,
        phoneEnc: input.phone ? pii.encrypt(input.phone) : null,
        addressId: address?.id ?? null,
        gridCode: address?.grid_code ?? null,
      });
      const row = await findPersonById(tx, ctx.districtCode, id);
      if (!row) throw peopleErrors.personNotReadBack();
      await recordAudit(tx, ctx, {
        action: 'person.create',
        targetType: 'person',
        targetId: id,
        // The masked form only: audit details are read by many and must not hold the number.
        details: {
          idNumberMasked: row.id_number_masked,
          hasPhone: Boolean(input.phone),
          addressId: address?.id ?? null,
        },
      });
      const view = maskedPersonView(row);
      await recordPersonAccess(tx, ctx, {
        personId: id,
        purpose: '登记人员信息 / person registered',
        fields: shownFields(false, view.phoneMasked !== null, view.address !== null),
      });
      return view;
    });
  } catch (err) {
    // Two clerks registering the same number at the same moment: the unique index decides.
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}

export interface ReadPurpose {
  purpose: string;
  caseRef?: string | undefined;
}

/**
 * Finds a person by full ID number through the blind index. A hit writes the access record; a miss is
 * audited too, since probing numbers is itself an act worth seeing.
 */
export async function lookupPerson(
  db: Db,
  pii: PiiCipher,
  ctx: RequestContext,
  q: ReadPurpose & { idNumber: string },
): Promise<PersonViewT> {
  authorize(ctx, { roles: PERSON_READ_ROLES });
  const parsed = requireIdNumber(q.idNumber, 'idNumber');
  const index = pii.blindIndex(parsed.idNumber);
  const found = await db.transaction(async (tx) => {
    const row = await findPersonByIndex(tx, ctx.districtCode, index);
    if (!row) {
      await recordAudit(tx, ctx, {
        action: 'person.lookup',
        targetType: 'person',
        outcome: 'failure',
        details: {
          idNumberMasked: pii.maskIdNumber(parsed.idNumber),
          purpose: q.purpose,
          caseRef: q.caseRef ?? null,
        },
      });
      return null;
    }
    authorize(ctx, { roles: PERSON_READ_ROLES, area: row.grid_code ?? ctx.districtCode });
    const view = maskedPersonView(row);
    await recordPersonAccess(tx, ctx, {
      personId: row.id,
      purpose: q.purpose,
      caseRef: q.caseRef ?? null,
      fields: shownFields(false, view.phoneMasked !== null, view.address !== null),
    });
    return view;
  });
  if (!found) throw peopleErrors.personNotFound({ field: 'idNumber' });
  return found;
}

/**
 * One person, masked unless a reveal is asked for by a window clerk or approver for a named case. The
 * person's grid must lie in the reader's jurisdiction; every read is recorded with the fields shown.
 */
export async function getPerson(
  db: Db,
  pii: PiiCipher,
  ctx: RequestContext,
  id: string,
  q: ReadPurpose & { reveal: boolean },
): Promise<PersonViewT> {
  authorize(ctx, { roles: PERSON_READ_ROLES });
  if (q.reveal) {
    authorize(ctx, { roles: REVEAL_ROLES });
    if (!q.caseRef) {
      throw peopleErrors.revealNeedsCase();
    }
  }
  return db.transaction(async (tx) => {
    const row = await findPersonById(tx, ctx.districtCode, id);
    if (!row) throw peopleErrors.personNotFound();
    authorize(ctx, { roles: PERSON_READ_ROLES, area: row.grid_code ?? ctx.districtCode });
    let view = maskedPersonView(row);
    if (q.reveal) {
      const secrets = await readPersonSecrets(tx, id);
      if (!secrets) throw peopleErrors.personNotFound();
      const phone = secrets.phone_enc ? pii.decrypt(secrets.phone_enc) : null;
      view = revealedPersonView(row, pii.decrypt(secrets.id_number_enc), phone);
    }
    await recordPersonAccess(tx, ctx, {
      personId: row.id,
      purpose: q.purpose,
      caseRef: q.caseRef ?? null,
      fields: shownFields(q.reveal, row.phone_masked !== null, view.address !== null),
    });
    return view;
  });
}

export interface PersonListRequest {
  q?: string | undefined;
  gridCode?: string | undefined;
  purpose: string;
  page: number;
  pageSize: number;
}

/**
 * Names and masked numbers within the reader's jurisdiction, by name prefix or area. Browsing the whole
 * population is not offered: one of q or gridCode is required. One audit entry records the search;
 * per-person access records are written when a record is opened.
 */
export async function listPersons(db: Db, ctx: RequestContext, req: PersonListRequest) {
  const actor = authorize(ctx, { roles: PERSON_READ_ROLES });
  if (!req.q && !req.gridCode) {
    throw peopleErrors.searchNeedsNameOrArea();
  }
  if (req.gridCode) authorize(ctx, { roles: PERSON_READ_ROLES, area: req.gridCode });
  const jurisdiction = actor.jurisdictionCode ?? ctx.districtCode;
  const within = req.gridCode ?? jurisdiction;
  return db.transaction(async (tx) => {
    const { rows, total } = await searchPersons(tx, {
      districtCode: ctx.districtCode,
      within,
      includeUnplaced: !req.gridCode && coversArea(jurisdiction, ctx.districtCode),
      namePrefix: req.q,
      limit: req.pageSize,
      offset: (req.page - 1) * req.pageSize,
    });
    await recordAudit(tx, ctx, {
      action: 'person.list',
      targetType: 'person',
      details: {
        q: req.q ?? null,
        gridCode: req.gridCode ?? null,
        purpose: req.purpose,
        page: req.page,
        shown: rows.length,
        total,
        fields: LIST_FIELDS,
      },
    });
    return { items: rows.map(personListItem), total };
  });
}
