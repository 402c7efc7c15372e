import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import {
  DELIVERY_METHOD_ZH,
  type Delivery,
  type DocumentKind,
  newEmsTrackingNumber,
  newPickupCode,
} from '../documents/render.ts';
import type { CaseRow } from './cases.repo.ts';

/**
 * How the result reaches the applicant (送达方式), as kept in cases.delivery. The phone is personal data: stored
 * encrypted (pii cipher) beside its masked form; screens and documents only ever get the masked one.
 */
export interface StoredDelivery {
  method: Delivery['method'];
  recipient?: string | null;
  phoneEnc?: string | null;
  phoneMasked?: string | null;
  address?: string | null;
  /** 取件码, set when a document that names it is issued (acceptance notice or result). */
  pickupCode?: string;
  /** Simulated EMS number (UPU S10), set when the result is issued for mail. */
  trackingNo?: string;
  /** When the applicant or a clerk chose; absent while the default applies. */
  chosenAt?: string;
}

/** Window pickup unless the item does not offer it; mail is never a default (it needs an address). */
export function defaultDeliveryMethod(def: ItemDefinitionT): Delivery['method'] {
  return def.deliveryMethods.includes('pickup') || !def.deliveryMethods.includes('online')
    ? 'pickup'
    : 'online';
}

export function storedDelivery(c: CaseRow, def: ItemDefinitionT): StoredDelivery {
  const d = c.delivery as StoredDelivery | null;
  return d?.method ? d : { method: defaultDeliveryMethod(def) };
}

export function deliveryView(c: CaseRow, def: ItemDefinitionT) {
  const d = storedDelivery(c, def);
  return {
    method: d.method,
    chosen: Boolean(d.chosenAt),
    recipient: d.recipient ?? null,
    phoneMasked: d.phoneMasked ?? null,
    address: d.address ?? null,
    ...(d.pickupCode ? { pickupCode: d.pickupCode } : {}),
    ...(d.trackingNo ? { trackingNo: d.trackingNo } : {}),
  };
}

/**
 * The delivery once `kind` is issued: a pickup code for collection (printed on the acceptance notice, so it is
 * kept from then on), an EMS tracking number when the result is mailed. Null when nothing changes.
 */
export function deliveryOnIssue(
  c: CaseRow,
  def: ItemDefinitionT,
  kind: DocumentKind | null,
): StoredDelivery | null {
  const d = storedDelivery(c, def);
  if (kind === 'acceptance_notice' || kind === 'certificate') {
    if (d.method === 'pickup' && !d.pickupCode) return { ...d, pickupCode: newPickupCode() };
  }
  if (kind === 'certificate' && d.method === 'mail' && !d.trackingNo) {
    return { ...d, trackingNo: newEmsTrackingNumber() };
  }
  return null;
}

/** The delivery as the acceptance notice prints it (documents/delivery-text.ts). */
export function noticeDelivery(d: StoredDelivery): Delivery {
  if (d.method === 'mail') {
    const to = [d.recipient, d.phoneMasked].filter(Boolean).join(' ');
    return { method: 'mail', address: to ? `${d.address ?? ''}（${to}）` : (d.address ?? '') };
  }
  if (d.method === 'pickup')
    return { method: 'pickup', ...(d.pickupCode ? { pickupCode: d.pickupCode } : {}) };
  return { method: 'online' };
}

/** What a result's data records of its delivery: the method and the code or number it travels under. */
export function resultDelivery(d: StoredDelivery) {
  return {
    method: d.method,
    text: DELIVERY_METHOD_ZH[d.method],
    ...(d.pickupCode ? { pickupCode: d.pickupCode } : {}),
    ...(d.trackingNo ? { trackingNo: d.trackingNo } : {}),
  };
}
