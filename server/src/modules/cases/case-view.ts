import { actionsFrom, type CaseAction, TRANSITIONS } from '@yimen/shared/case-actions';
import type { CaseViewT, ShortfallT } from '@yimen/shared/case-view';
import type { Queryable } from '../../db/client.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import type { Actor } from '../identity/actor.ts';
import { isCaseParty } from './case-access.ts';
import { deliveryView } from './case-delivery.ts';
import { listCaseFiles } from './case-files.repo.ts';
import { type CaseRow, type NodeRow, readChecklist, readEvents, readNodes } from './cases.repo.ts';
import { openFlagsOf } from './cross-check.service.ts';
import { fileView } from './upload-material-file.service.ts';
import { readVerifications } from './verifications.repo.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What the standard checklist still lacks: the exact list a one-time notice (一次性告知) gives the applicant. */
export type Shortfall = ShortfallT;

export function shortfallOf(
  def: ItemDefinitionT,
  checklist: Awaited<ReturnType<typeof readChecklist>>,
): Shortfall {
  const status = new Map(checklist.materials.map((m) => [m.material_id, m]));
  const met = new Map(checklist.conditions.map((c) => [c.condition_id, c.met]));
  return {
    materials: def.materials
      .filter((m) => {
        const s = status.get(m.id)?.status ?? 'pending';
        if (m.necessity === 'optional') return false;
        return !(s === 'received' || s === 'waived');
      })
      .map((m) => ({
        id: m.id,
        name: m.name,
        status: status.get(m.id)?.status ?? 'pending',
        note: status.get(m.id)?.note ?? null,
      })),
    conditions: def.acceptConditions
      .filter((c) => met.get(c.id) !== true)
      .map((c) => ({ id: c.id, text: c.text })),
  };
}

/** The actions this actor may take on this case now (the UI shows exactly these). */
export function availableActions(c: CaseRow, nodes: NodeRow[], actor: Actor): CaseAction[] {
  return actionsFrom(c.state).filter((a) => {
    const t = TRANSITIONS[a];
    if (!actor.roles.some((r) => (t.roles as readonly string[]).includes(r))) return false;
    if (a === 'complete_instant') return c.handling_type === 'instant';
    if (a === 'accept') return c.handling_type === 'commitment';
    return isCaseParty(actor, a, c, nodes);
  });
}

export async function caseView(
  q: Queryable,
  c: CaseRow,
  def: ItemDefinitionT,
  actor: Actor,
): Promise<CaseViewT> {
  const [checklist, nodes, events, verifications, applicantFlags, files] = await Promise.all([
    readChecklist(q, c.id),
    readNodes(q, c.id),
    readEvents(q, c.id),
    readVerifications(q, c.id),
    openFlagsOf(q, c),
    listCaseFiles(q, c.id),
  ]);
  const status = new Map(checklist.materials.map((m) => [m.material_id, m]));
  const met = new Map(checklist.conditions.map((x) => [x.condition_id, x.met]));
  return {
    id: c.id,
    caseNo: c.case_no,
    state: c.state,
    channel: c.channel,
    handlingType: c.handling_type,
    item: { code: c.item_code, version: c.item_version, name: c.item_name, departmentId: c.department_id },
    applicant: {
      kind: c.applicant_kind,
      name: c.applicant_name,
      personId: c.person_id,
      enterpriseId: c.enterprise_id,
    },
    trustFirst: c.trust_first,
    flagged: c.flagged,
    /** Unresolved follow-up flags from this applicant's earlier trust-first cases (先信任后审批). */
    applicantFlags,
    windowNo: c.window_no,
    acceptedAt: iso(c.accepted_at),
    promisedDueAt: iso(c.promised_due_at),
    completedAt: iso(c.completed_at),
    closedReason: c.closed_reason,
    visits: c.visits,
    createdAt: c.created_at.toISOString(),
    checklist: {
      materials: def.materials.map((m) => ({
        id: m.id,
        name: m.name,
        necessity: m.necessity,
        condition: m.condition ?? null,
        originalOrCopy: m.originalOrCopy,
        form: m.form,
        copies: m.copies,
        status: status.get(m.id)?.status ?? 'pending',
        note: status.get(m.id)?.note ?? null,
      })),
      conditions: def.acceptConditions.map((x) => ({ id: x.id, text: x.text, met: met.get(x.id) ?? null })),
    },
    shortfall: shortfallOf(def, checklist),
    /** Files of the materials (not removed ones); each names its checklist material. */
    files: files.map((f) => ({ ...fileView(f), uploadedByYou: f.uploaded_by === actor.id })),
    delivery: deliveryView(c, def),
    verifications: verifications.map((v) => ({
      id: v.verification_id,
      system: v.system,
      predicate: v.predicate,
      description: def.verifications.find((x) => x.id === v.verification_id)?.description ?? v.predicate,
      expected: v.expected,
      state: v.state,
      answer: v.answer,
      noRecord: v.no_record,
      attempts: v.attempts,
      lastError: v.last_error,
      answeredAt: iso(v.answered_at),
    })),
    nodes: nodes.map((n) => ({
      id: n.id,
      nodeId: n.node_id,
      name: n.node_name,
      stageIndex: n.stage_index,
      stageName: n.stage_name,
      departmentId: n.department_id,
      state: n.state,
      limitDays: n.limit_days,
      activatedAt: iso(n.activated_at),
      dueAt: iso(n.due_at),
      decidedAt: iso(n.decided_at),
      comment: n.comment,
      overdue: n.overdue_at !== null,
      escalated: n.escalated_at !== null,
      checklist: (def.stages[n.stage_index]?.nodes.find((x) => x.id === n.node_id)?.checklist ?? []).map(
        (e) => ({
          id: e.id,
          text: e.text,
          checked: n.checklist[e.id]?.checked ?? false,
        }),
      ),
    })),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      actor: e.actor_name,
      action: e.action,
      from: e.from_state,
      to: e.to_state,
      nodeId: e.node_id,
      details: e.details,
    })),
    actions: availableActions(c, nodes, actor),
  };
}
