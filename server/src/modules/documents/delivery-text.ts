import type { Contact, Delivery, ReceivedMaterial } from './document-types.ts';
import { MATERIAL_FORM_ZH, ORIGINAL_OR_COPY_ZH } from './document-types.ts';

/** Sentences shared by several documents. */

/** 结果送达方式 as one sentence the applicant can act on. */
export function deliveryText(delivery: Delivery, issuer: string): string {
  switch (delivery.method) {
    case 'pickup': {
      const code = delivery.pickupCode ? `及取件码 ${delivery.pickupCode} ` : '';
      return `窗口领取，办结后凭身份证件${code}到${delivery.address ?? issuer}领取。`;
    }
    case 'mail':
      if (!delivery.address) throw new Error('mail delivery needs an address');
      return `EMS免费寄递，寄至${delivery.address}；寄出后以短信告知邮件号。`;
    case 'online':
      return '网上送达，办结后电子结果推送至你的政务服务账户，可在线查看、下载。';
  }
}

export const DELIVERY_METHOD_ZH: Record<Delivery['method'], string> = {
  pickup: '窗口领取',
  mail: 'EMS寄递',
  online: '网上送达',
};

/** 材料形式 column: 纸质原件, 纸质复印件, 电子 … */
export function materialFormText(m: ReceivedMaterial): string {
  if (m.form === 'electronic') return '电子';
  return `${MATERIAL_FORM_ZH[m.form]}${m.originalOrCopy ? ORIGINAL_OR_COPY_ZH[m.originalOrCopy] : ''}`;
}

/** One line per way to reach the office, printed beside the seal. */
export function contactLines(contact?: Contact): string[] {
  if (!contact) return [];
  const lines = [`联系电话：${contact.phone}`];
  if (contact.office) lines.push(`办理地点：${contact.office}`);
  if (contact.address) lines.push(`地址：${contact.address}`);
  return lines;
}
