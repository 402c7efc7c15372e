import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import type { DocumentKind } from '../documents/render.ts';
import { noticeDelivery, resultDelivery, type StoredDelivery } from './case-delivery.ts';
import type { Shortfall } from './case-view.ts';
import type { CaseRow, ChecklistRows } from './cases.repo.ts';

/** The window that issues notices; results carry the approving department's name. */
export const WINDOW_ISSUER = '佛山市禅城区行政服务中心';
const CONTACT = {
  phone: '0757-83030000',
  office: '禅城区行政服务中心综合窗口',
  address: '佛山市禅城区岭南大道北111号',
};

export interface IssueContext {
  c: CaseRow;
  def: ItemDefinitionT;
  now: Date;
  /** The applicant's masked ID number or the enterprise's credit code. */
  applicantId: string;
  /** The case's checklist at the moment of issue: a receipt lists what it says was received or waived. */
  checklist?: ChecklistRows;
}

/** Why a waived material need not be brought, when the clerk (or a verification) gave no reason. */
export const WAIVED_WITHOUT_NOTE = '依规定免于提交';

/** The materials the checklist marks received, and those it marks waived with the reason, in the item's order. */
export function receivedAndWaived(def: ItemDefinitionT, checklist: ChecklistRows | undefined) {
  const marked = new Map((checklist?.materials ?? []).map((m) => [m.material_id, m]));
  const statusOf = (id: string) => marked.get(id)?.status;
  return {
    received: def.materials
      .filter((m) => statusOf(m.id) === 'received')
      .map((m) => ({ name: m.name, copies: m.copies, originalOrCopy: m.originalOrCopy, form: m.form })),
    waived: def.materials
      .filter((m) => statusOf(m.id) === 'waived')
      .map((m) => ({ name: m.name, reason: marked.get(m.id)?.note || WAIVED_WITHOUT_NOTE })),
  };
}

/** What a correction notice (补正通知书) lists besides the reasons: the gaps on the checklist, and by when. */
export interface CorrectionRequest {
  /** Materials marked missing or defective and conditions found unmet. */
  gaps: Shortfall;
  deadline: Date;
  /** Who asked: the window's online pre-review, or a department node. */
  stage: 'prereview' | 'department';
}

/** Data of each kind of document, from the case at the moment of issue (base fields are added on issue). */
export function documentData(
  kind: DocumentKind,
  ic: IssueContext,
  extra: {
    shortfall?: Shortfall | undefined;
    reasons?: string[] | undefined;
    delivery: StoredDelivery;
    correction?: CorrectionRequest | undefined;
  },
) {
  const { c, def, now } = ic;
  const applicant = { applicantName: c.applicant_name, applicantIdMasked: ic.applicantId };
  const deficiencies = (shortfall?: Shortfall) =>
    (shortfall?.materials ?? []).map((m) => ({
      name: m.name,
      problem: m.status === 'defective' ? ('defective' as const) : ('missing' as const),
      reason: m.note ?? (m.status === 'defective' ? '材料不符合要求' : '未提交该材料'),
      bring: `请补齐${m.name}`,
    }));
  switch (kind) {
    case 'acceptance_notice': {
      const { received, waived } = receivedAndWaived(def, ic.checklist);
      return {
        ...applicant,
        itemName: def.name,
        acceptedAt: now,
        promisedDate: c.promised_due_at ?? now,
        promisedWorkingDays: def.promisedLimitDays,
        materials: received,
        waivedMaterials: waived,
        delivery: noticeDelivery(extra.delivery),
        contact: CONTACT,
      };
    }
    case 'one_time_notice':
      return {
        ...applicant,
        itemName: def.name,
        appliedAt: c.created_at,
        deficiencies: deficiencies(extra.shortfall),
        unmetConditions: (extra.shortfall?.conditions ?? []).map((x) => x.text),
        contact: CONTACT,
      };
    case 'correction_notice':
      return {
        ...applicant,
        itemName: def.name,
        submittedAt: c.created_at,
        channel: c.channel,
        reviewStage: extra.correction?.stage === 'department' ? '部门审查' : '网上预审',
        reasons: extra.reasons ?? [],
        deficiencies: deficiencies(extra.correction?.gaps),
        unmetConditions: (extra.correction?.gaps.conditions ?? []).map((x) => x.text),
        deadline: extra.correction?.deadline ?? now,
        contact: CONTACT,
      };
    case 'refusal_notice':
      return {
        ...applicant,
        itemName: def.name,
        appliedAt: c.created_at,
        reasons: extra.reasons ?? [],
        reviewBody: '佛山市禅城区人民政府',
        court: '佛山市禅城区人民法院',
        contact: CONTACT,
      };
    default:
      return {
        resultName: def.result.name,
        certificateNo: `${c.case_no}`,
        holderName: c.applicant_name,
        holderIdMasked: ic.applicantId,
        itemName: def.name,
        particulars: [{ label: '办件编号', value: c.case_no }],
        // Not printed on the result itself; kept so the record says how it went out.
        delivery: resultDelivery(extra.delivery),
      };
  }
}
