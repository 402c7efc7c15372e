import type { CaseAction } from '@yimen/shared/case-actions';
import type { CaseState } from '@yimen/shared/states';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import type { DocumentKind } from '../documents/render.ts';
import type { Deadlines } from './case-context.ts';
import type { StoredDelivery } from './case-delivery.ts';
import { documentStatements } from './case-documents.repo.ts';
import { type CorrectionRequest, documentData, WINDOW_ISSUER } from './case-documents.ts';
import type { Shortfall } from './case-view.ts';
import type { CaseRow, ChecklistRows } from './cases.repo.ts';

/** Working days the applicant has to bring or resubmit a correction (补正期限). */
export const CORRECTION_WORKING_DAYS = 5;

const ISSUES: Partial<Record<CaseAction, DocumentKind>> = {
  accept: 'acceptance_notice',
  prereview_accept: 'acceptance_notice',
  notify_incomplete: 'one_time_notice',
  refuse: 'refusal_notice',
  request_correction: 'correction_notice',
  node_return: 'correction_notice',
  complete_instant: 'certificate',
  seal: 'certificate',
};

/** The document an action issues on this case, if any: an instant item accepted on pre-review gets its result. */
export function issuedKind(action: CaseAction, c: CaseRow): DocumentKind | null {
  if (action === 'prereview_accept' && c.handling_type === 'instant') return 'certificate';
  return ISSUES[action] ?? null;
}

/** Every material marked missing or defective and every condition found unmet: what a correction must fix. */
export function checklistGaps(checklist: ChecklistRows, def: ItemDefinitionT): Shortfall {
  const marked = new Map(checklist.materials.map((m) => [m.material_id, m]));
  const unmet = new Set(checklist.conditions.filter((x) => x.met === false).map((x) => x.condition_id));
  return {
    materials: def.materials.flatMap((m) => {
      const row = marked.get(m.id);
      return row && (row.status === 'missing' || row.status === 'defective')
        ? [{ id: m.id, name: m.name, status: row.status, note: row.note }]
        : [];
    }),
    conditions: def.acceptConditions.filter((x) => unmet.has(x.id)).map((x) => ({ id: x.id, text: x.text })),
  };
}

export interface IssueBase {
  c: CaseRow;
  /** The case's checklist as read with it. */
  checklist: ChecklistRows;
  def: ItemDefinitionT;
  now: Date;
  districtCode: string;
  deadlines: Deadlines;
  /** The delivery as it stands after the action (pickup code or tracking number included). */
  delivery: StoredDelivery;
  /** The applicant's masked ID number or credit code, as documents print it. */
  applicantId: string;
  /** The name of the item's department, which issues the result. */
  departmentName: string | null;
}

/**
 * The notice or result an action issues (受理通知书, 一次性告知书, 补正通知书, 不予受理通知书, the result), if any: the
 * statements that record it, to be written with the transition.
 */
export function issueFor(
  action: CaseAction,
  base: IssueBase,
  out: { to: CaseState; details?: Record<string, unknown> },
) {
  const kind = issuedKind(action, base.c);
  if (!kind) return null;
  const { c, def } = base;
  const promised =
    typeof out.details?.promisedDueAt === 'string' ? new Date(out.details.promisedDueAt) : c.promised_due_at;
  const ic = { ...base, c: { ...c, promised_due_at: promised } };
  const correction: CorrectionRequest | undefined =
    kind === 'correction_notice'
      ? {
          gaps: checklistGaps(base.checklist, def),
          deadline: base.deadlines.addWorkingDays(base.now, CORRECTION_WORKING_DAYS),
          stage: action === 'node_return' ? 'department' : 'prereview',
        }
      : undefined;
  const data = documentData(kind, ic, {
    shortfall: out.details?.shortfall as Shortfall | undefined,
    reasons: out.details?.reasons as string[] | undefined,
    delivery: base.delivery,
    correction,
  });
  const issuer = kind === 'certificate' ? (base.departmentName ?? WINDOW_ISSUER) : WINDOW_ISSUER;
  return documentStatements({ ...ic, issuer }, kind, data);
}
