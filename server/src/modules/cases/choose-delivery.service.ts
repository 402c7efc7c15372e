import { TERMINAL_STATES } from '@yimen/shared/states';
import { recordAudit } from '../audit/audit.repo.ts';
import { DELIVERY_METHOD_ZH } from '../documents/render.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { isOwnCase } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { type StoredDelivery, storedDelivery } from './case-delivery.ts';
import { caseErrors } from './cases.errors.ts';
import { appendEvent, lockCase, updateCase } from './cases.repo.ts';
import type { DeliveryInput } from './cases.schemas.ts';
import { definitionOf } from './load-case.ts';

const MAIL_NEEDS = [
  ['recipient', '收件人', 'recipient'],
  ['phone', '收件人手机号', 'phone number'],
  ['address', '寄递地址', 'address'],
] as const;

/**
 * The applicant (on their own case) or a window clerk chooses how the result is delivered: at the window, by
 * EMS, or online — among the ways the item offers. Open until the case ends; the phone is kept encrypted.
 */
export async function chooseDelivery(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: DeliveryInput,
) {
  const actor = authorize(ctx, { roles: ['window_clerk', 'citizen', 'enterprise_agent'] });
  if (input.method === 'mail') {
    for (const [field, zh, en] of MAIL_NEEDS) {
      if (!input[field]?.trim()) {
        throw caseErrors.mailNeeds({ whatZh: zh, what: en }, { field });
      }
    }
  }
  await deps.db.transaction(async (tx) => {
    const c = await lockCase(tx, ctx.districtCode, caseId);
    if (!c) throw caseErrors.notFound();
    if (!actor.roles.includes('window_clerk') && !isOwnCase(actor, c)) {
      throw caseErrors.notYourCase();
    }
    if (TERMINAL_STATES.has(c.state))
      throw caseErrors.notInState({ caseNo: c.case_no, state: c.state, action: 'choose_delivery' });
    const def = await definitionOf(tx, c);
    if (!def.deliveryMethods.includes(input.method)) {
      const offered = def.deliveryMethods.map((m) => DELIVERY_METHOD_ZH[m]).join('、');
      throw caseErrors.deliveryNotOffered({
        methodZh: DELIVERY_METHOD_ZH[input.method],
        offeredZh: offered,
        method: input.method,
        offered: def.deliveryMethods.join(', '),
      });
    }
    const before = storedDelivery(c, def);
    const phone = input.phone?.trim();
    const delivery: StoredDelivery = {
      method: input.method,
      recipient: input.recipient?.trim() || null,
      phoneEnc: phone ? deps.pii.encrypt(phone) : null,
      phoneMasked: phone ? deps.pii.maskPhone(phone) : null,
      address: input.address?.trim() || null,
      // A pickup code already printed on the acceptance notice stays valid.
      ...(input.method === 'pickup' && before.pickupCode ? { pickupCode: before.pickupCode } : {}),
      chosenAt: deps.now().toISOString(),
    };
    await updateCase(tx, c.id, { delivery: delivery as unknown as Record<string, unknown> });
    await appendEvent(tx, ctx, c.id, {
      action: 'choose_delivery',
      details: {
        method: input.method,
        ...(before.method !== input.method ? { previous: before.method } : {}),
      },
    });
    await recordAudit(tx, ctx, {
      action: 'case.choose_delivery',
      targetType: 'case',
      targetId: c.case_no,
      details: { method: input.method },
    });
  });
}
