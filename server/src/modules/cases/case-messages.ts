import type { CaseAction } from '@yimen/shared/case-actions';
import type { CaseState } from '@yimen/shared/states';
import type { Queryable } from '../../db/client.ts';
import type { Statement } from '../../db/statement.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import { formatChineseDate } from '../documents/chinese-date.ts';
import { milestoneMessagesStatement, type OutboxMessage } from '../messages/messages.repo.ts';
import type { PiiCipher } from '../people/pii-crypto.ts';
import { CORRECTION_WORKING_DAYS, checklistGaps } from './action-documents.ts';
import type { Deadlines } from './case-context.ts';
import type { StoredDelivery } from './case-delivery.ts';
import { caseRecipientRow } from './case-messages.repo.ts';
import type { Shortfall } from './case-view.ts';
import type { CaseSnapshot } from './cases.repo.ts';

/**
 * The milestones an applicant is told of: 受理, 补正 (or, at a window, 一次性告知), the decision (准予 / 不予受理 /
 * 不予许可), the result ready, and the invitation to rate. Each reaches the applicant once in 我的消息 and once by SMS.
 */
export type CaseMilestone = 'accepted' | 'correction' | 'incomplete' | 'decided' | 'result' | 'rating';

interface Told {
  milestone: CaseMilestone;
  body: string;
}

export interface MilestoneInput {
  action: CaseAction;
  snapshot: CaseSnapshot;
  def: ItemDefinitionT;
  out: { to: CaseState; details?: Record<string, unknown> };
  now: Date;
  deadlines: Deadlines;
  /** The delivery after the action, with its pickup code or EMS number. */
  delivery: StoredDelivery;
}

function resultReady(d: StoredDelivery): string {
  if (d.method === 'mail' && d.trackingNo) return `结果已通过 EMS 寄出，运单号 ${d.trackingNo}`;
  if (d.method === 'pickup' && d.pickupCode) return `请凭取件码 ${d.pickupCode} 到窗口领取结果`;
  return '结果可在「我的办件」中查看下载';
}

const joined = (lines: string[]) =>
  lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('；');

/** What the applicant is told after an action, in the order it happens; nothing for the other actions. */
export function milestonesOf(m: MilestoneInput): Told[] {
  const { c } = m.snapshot;
  const of = `您申请的「${c.item_name}」（办件编号 ${c.case_no}）`;
  const reasons = (m.out.details?.reasons as string[] | undefined) ?? [];
  const finished = (): Told[] => [
    { milestone: 'result', body: `【一门】${of}已办结，${resultReady(m.delivery)}。` },
    {
      milestone: 'rating',
      body: `【一门】${of}已办结，欢迎在「我的办件」中对本次办理进行评价（好差评）。`,
    },
  ];
  switch (m.action) {
    case 'accept':
    case 'prereview_accept': {
      if (m.out.to === 'completed') return finished();
      const promised = m.out.details?.promisedDueAt;
      const by =
        typeof promised === 'string' ? `，承诺于 ${formatChineseDate(new Date(promised))} 前办结` : '';
      return [{ milestone: 'accepted', body: `【一门】${of}已受理${by}。` }];
    }
    case 'complete_instant':
      return finished();
    case 'request_correction':
    case 'node_return': {
      const gaps = checklistGaps(m.snapshot.checklist, m.def);
      const asked = joined([
        ...gaps.materials.map((g) => (g.note ? `${g.name}（${g.note}）` : g.name)),
        ...gaps.conditions.map((g) => g.text),
        ...reasons,
      ]);
      const deadline = formatChineseDate(m.deadlines.addWorkingDays(m.now, CORRECTION_WORKING_DAYS));
      return [
        {
          milestone: 'correction',
          body: `【一门】${of}需要补正：${asked}。请于 ${deadline} 前补正。`,
        },
      ];
    }
    case 'notify_incomplete': {
      const shortfall = m.out.details?.shortfall as Shortfall;
      const missing = joined([
        ...shortfall.materials.map((x) => x.name),
        ...shortfall.conditions.map((x) => x.text),
      ]);
      return [
        {
          milestone: 'incomplete',
          body: `【一门】${of}材料不齐，暂未受理，请备齐后再来办理：${missing}。`,
        },
      ];
    }
    case 'refuse':
      return [{ milestone: 'decided', body: `【一门】${of}不予受理：${joined(reasons)}。` }];
    case 'node_reject':
      return [{ milestone: 'decided', body: `【一门】${of}经审查不予许可：${joined(reasons)}。` }];
    case 'node_approve':
      return m.out.to === 'awaiting_seal'
        ? [{ milestone: 'decided', body: `【一门】${of}经审查准予许可，正在制作结果。` }]
        : [];
    case 'seal':
      return finished();
    default:
      return [];
  }
}

/**
 * Who hears of a case: the account that filed it online, or else the verified account of the person it is for
 * (我的办件 shows them that case too), in 我的消息; and by SMS the phone of that account, or else the phone the
 * population register holds for the person. An enterprise's case is told to its agent — the one who applied
 * online or stood at the window — never to every account of the enterprise.
 */
async function recipientsOf(db: Queryable, pii: PiiCipher, snapshot: CaseSnapshot) {
  const { c } = snapshot;
  const person = c.enterprise_id ? c.agent_person_id : c.person_id;
  const row = await caseRecipientRow(db, c.applicant_user_id, person, !c.enterprise_id);
  const phone = row?.phone ?? (row?.phone_enc ? pii.decrypt(row.phone_enc) : null);
  return { user: row?.user_id ?? null, phone };
}

/** The insert of the applicant's messages for an action's milestones (app and SMS), or null when none. */
export async function caseMessagesStatement(
  db: Queryable,
  pii: PiiCipher,
  districtCode: string,
  m: MilestoneInput,
): Promise<Statement | null> {
  const told = milestonesOf(m);
  if (!told.length) return null;
  const { user, phone } = await recipientsOf(db, pii, m.snapshot);
  const id = m.snapshot.c.id;
  // A correction can be asked for again after a resubmission: the case's version names each round.
  const milestone = (t: Told) =>
    `case:${id}:${t.milestone}${t.milestone === 'correction' ? `:${m.snapshot.c.row_version}` : ''}`;
  const messages: OutboxMessage[] = told.flatMap((t) => [
    ...(user
      ? [
          {
            channel: 'app' as const,
            recipient: `user:${user}`,
            kind: 'case_update',
            body: t.body,
            milestone: milestone(t),
          },
        ]
      : []),
    ...(phone
      ? [
          {
            channel: 'sms' as const,
            recipient: phone,
            kind: 'case_update',
            body: t.body,
            milestone: milestone(t),
          },
        ]
      : []),
  ]);
  return milestoneMessagesStatement(districtCode, messages);
}
