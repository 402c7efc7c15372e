import { randomUUID } from 'node:crypto';
import { type CaseAction, TRANSITIONS } from '@yimen/shared/case-actions';
import type { CaseState } from '@yimen/shared/states';
import { retryStale, runGuarded, SqlValue, type Statement } from '../../db/statement.ts';
import { auditStatement } from '../audit/audit.repo.ts';
import type { ItemDefinitionT } from '../catalogue/item-definition.ts';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
import { issuedKind, issueFor } from './action-documents.ts';
import { authorizeCaseParty } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { deliveryOnIssue, storedDelivery } from './case-delivery.ts';
import { caseMessagesStatement } from './case-messages.ts';
import { shortfallOf } from './case-view.ts';
import { caseErrors } from './cases.errors.ts';
import {
  type CaseRow,
  type CaseSnapshot,
  caseGuardStatement,
  closePauseStatement,
  eventStatement,
  type NodeRow,
  nodesInsertStatement,
  nodeUpdateStatement,
  openPauseStatement,
  readCaseForAction,
} from './cases.repo.ts';
import { definitionOf } from './load-case.ts';
import { blockingVerifications } from './verifications.service.ts';

export interface ActionInput {
  comment?: string | undefined;
  /** Reasons for a refusal, rejection or return: each one is a line of the notice. */
  reasons?: string[] | undefined;
  /** The department node a decision is about (node_approve, node_reject, node_return). */
  nodeId?: string | undefined;
  /** Ticks of the node's standard checklist, recorded with the decision. */
  checked?: string[] | undefined;
}

interface Step extends CaseSnapshot {
  deps: CaseDeps;
  ctx: RequestContext;
  actor: Actor;
  def: ItemDefinitionT;
  input: ActionInput;
  now: Date;
  /** Case fields the step changes; written together with the new state in one UPDATE. */
  pending: Partial<CaseRow>;
  /** Changes to the case's nodes and pauses, written in the same statement as the case row (one per row). */
  writes: Statement[];
}

/** Queues a change to a node, to be written with the case row. */
function setNode(s: Step, id: string, fields: Partial<NodeRow>) {
  const statement = nodeUpdateStatement(id, fields);
  if (statement) s.writes.push(statement);
}

/**
 * Actions that decide on the case row and its nodes alone: they issue no document, check no material or
 * verification and end no pause, so their read leaves the rest out (readCaseForAction's `nodes` scope).
 */
const NODES_ONLY: ReadonlySet<CaseAction> = new Set(['node_approve', 'node_reject', 'suspend']);

type Outcome = { to: CaseState; details?: Record<string, unknown>; nodeId?: string };

/** Only a visit to a window counts: online steps keep the count that measures 只跑一次 and 零跑动. */
const visitsAfter = (s: Step) => (s.c.channel === 'window' ? s.c.visits + 1 : s.c.visits);

const needReasons = (input: ActionInput) => {
  if (!input.reasons?.length) {
    throw caseErrors.reasonsMissing();
  }
  return input.reasons;
};

function requireComplete(s: Step) {
  // Trust first (先信任后审批): the case proceeds on declared facts; the cross-check comes afterwards.
  const blocking = s.c.trust_first ? [] : blockingVerifications(s.verifications);
  if (blocking.length) {
    throw caseErrors.verificationsOutstanding({ count: blocking.length }, { details: { blocking } });
  }
  const shortfall = shortfallOf(s.def, s.checklist);
  if (shortfall.materials.length || shortfall.conditions.length) {
    throw caseErrors.checklistIncomplete(
      { materials: shortfall.materials.length, conditions: shortfall.conditions.length },
      { details: { shortfall } },
    );
  }
}

/** Creates the department nodes of every stage; the first stage starts now. */
function startStages(s: Step): void {
  const rows = s.def.stages.flatMap((stage, stageIndex) =>
    stage.nodes.map((node) => {
      const active = stageIndex === 0;
      return {
        id: randomUUID(),
        case_id: s.c.id,
        stage_index: stageIndex,
        stage_name: stage.name,
        node_id: node.id,
        node_name: node.name,
        department_id: node.departmentId,
        limit_days: node.limitDays,
        state: active ? ('active' as const) : ('waiting' as const),
        activated_at: active ? s.now : null,
        due_at: active ? s.deps.deadlines.addWorkingDays(s.now, node.limitDays) : null,
      };
    }),
  );
  if (rows.length) s.writes.push(nodesInsertStatement(rows));
}

function activeNodeFor(s: Step): NodeRow {
  const nodeId = s.input.nodeId;
  if (!nodeId) throw caseErrors.nodeMissing();
  const node = s.nodes.find((n) => n.node_id === nodeId);
  if (!node) throw caseErrors.noSuchNode({ nodeId });
  if (node.state !== 'active') {
    throw caseErrors.nodeNotActive({ nodeName: node.node_name, nodeId, state: node.state });
  }
  // Approval power stays with the department: only its own approvers decide its node.
  authorize(s.ctx, { roles: ['department_approver'], department: node.department_id });
  if (s.actor.departmentId !== node.department_id) {
    throw caseErrors.nodeOfAnotherDepartment();
  }
  return node;
}

function checklistTicks(s: Step, node: NodeRow) {
  const entries = s.def.stages[node.stage_index]?.nodes.find((n) => n.id === node.node_id)?.checklist ?? [];
  const known = new Set(entries.map((e) => e.id));
  const ticks: NodeRow['checklist'] = { ...node.checklist };
  for (const [i, id] of (s.input.checked ?? []).entries()) {
    if (!known.has(id)) {
      throw caseErrors.noSuchNodeCheck({ id }, { field: `checked.${i}` });
    }
    ticks[id] = { checked: true, by: s.actor.id, at: s.now.toISOString() };
  }
  return { ticks, unchecked: entries.filter((e) => !ticks[e.id]?.checked).map((e) => e.id) };
}

/** Opens a pause: the case's clock stands still from now until the pause ends. */
function pause(s: Step, reason: 'correction' | 'suspension') {
  s.writes.push(openPauseStatement(s.c.id, randomUUID(), reason, s.now));
}

/** Ends the running pause, if there is one; answers how long the clock stood still. */
function endPause(s: Step): { from: Date; to: Date } | null {
  if (!s.pausedSince) return null;
  s.writes.push(closePauseStatement(s.c.id, s.now));
  return { from: s.pausedSince, to: s.now };
}

const handlers: Record<CaseAction, (s: Step) => Outcome> = {
  complete_instant(s) {
    if (s.c.handling_type !== 'instant')
      throw caseErrors.notInState({ caseNo: s.c.case_no, state: '承诺件', action: 'complete_instant' });
    requireComplete(s);
    Object.assign(s.pending, { completed_at: s.now, accepted_at: s.now, visits: visitsAfter(s) });
    return { to: 'completed' };
  },
  accept(s) {
    if (s.c.handling_type !== 'commitment')
      throw caseErrors.notInState({ caseNo: s.c.case_no, state: '即办件', action: 'accept' });
    requireComplete(s);
    const promised = s.deps.deadlines.addWorkingDays(s.now, s.def.promisedLimitDays);
    Object.assign(s.pending, { accepted_at: s.now, promised_due_at: promised, visits: visitsAfter(s) });
    startStages(s);
    return { to: 'in_progress', details: { promisedDueAt: promised.toISOString() } };
  },
  notify_incomplete(s) {
    const shortfall = shortfallOf(s.def, s.checklist);
    if (!shortfall.materials.length && !shortfall.conditions.length) {
      throw caseErrors.nothingMissing();
    }
    Object.assign(s.pending, { closed_reason: 'incomplete', visits: visitsAfter(s) });
    return { to: 'incomplete', details: { shortfall } };
  },
  refuse(s) {
    const reasons = needReasons(s.input);
    Object.assign(s.pending, { closed_reason: reasons.join('；') });
    return { to: 'refused', details: { reasons } };
  },
  prereview_accept(s) {
    // An instant item applied for online is completed on pre-review; the result goes out online.
    return s.c.handling_type === 'instant' ? handlers.complete_instant(s) : handlers.accept(s);
  },
  request_correction(s) {
    const reasons = needReasons(s.input);
    pause(s, 'correction');
    return { to: 'correction', details: { reasons } };
  },
  resubmit(s) {
    const paused = endPause(s);
    if (!s.c.accepted_at) return { to: 'prereview' };
    // Back into the workflow: the returned node resumes, and every running deadline moves by the pause.
    const days = paused ? s.deps.deadlines.workingDaysBetween(paused.from, paused.to) : 0;
    for (const n of s.nodes) {
      if (n.state !== 'returned' && n.state !== 'active') continue;
      setNode(s, n.id, {
        ...(n.state === 'returned' ? { state: 'active' as const } : {}),
        ...(n.due_at && days > 0 ? { due_at: s.deps.deadlines.addWorkingDays(n.due_at, days) } : {}),
      });
    }
    if (s.c.promised_due_at && days > 0) {
      Object.assign(s.pending, {
        promised_due_at: s.deps.deadlines.addWorkingDays(s.c.promised_due_at, days),
      });
    }
    return { to: 'in_progress', details: { pausedWorkingDays: days } };
  },
  node_approve(s) {
    const node = activeNodeFor(s);
    const { ticks, unchecked } = checklistTicks(s, node);
    if (unchecked.length) {
      throw caseErrors.nodeChecklistUnticked({ details: { unchecked } });
    }
    setNode(s, node.id, {
      state: 'approved',
      decided_at: s.now,
      decided_by: s.actor.id,
      comment: s.input.comment ?? null,
      checklist: ticks,
    });
    const stage = s.nodes.filter((n) => n.stage_index === node.stage_index && n.id !== node.id);
    const next = s.nodes.filter((n) => n.stage_index === node.stage_index + 1);
    const stageDone = stage.every((n) => n.state === 'approved');
    // The last approval of a stage starts the next one.
    if (stageDone) {
      for (const n of next) {
        setNode(s, n.id, {
          state: 'active',
          activated_at: s.now,
          due_at: s.deps.deadlines.addWorkingDays(s.now, n.limit_days),
        });
      }
    }
    if (!stageDone) return { to: 'in_progress', nodeId: node.node_id };
    if (!next.length) return { to: 'awaiting_seal', nodeId: node.node_id };
    return { to: 'in_progress', nodeId: node.node_id, details: { nextStage: next[0]!.stage_name } };
  },
  node_reject(s) {
    const node = activeNodeFor(s);
    const reasons = needReasons(s.input);
    const { ticks } = checklistTicks(s, node);
    setNode(s, node.id, {
      state: 'rejected',
      decided_at: s.now,
      decided_by: s.actor.id,
      comment: reasons.join('；'),
      checklist: ticks,
    });
    for (const n of s.nodes)
      if (n.id !== node.id && (n.state === 'active' || n.state === 'waiting'))
        setNode(s, n.id, { state: 'cancelled' });
    Object.assign(s.pending, { closed_reason: reasons.join('；') });
    return { to: 'rejected', nodeId: node.node_id, details: { reasons } };
  },
  node_return(s) {
    const node = activeNodeFor(s);
    const reasons = needReasons(s.input);
    setNode(s, node.id, { state: 'returned', comment: reasons.join('；') });
    pause(s, 'correction');
    return { to: 'correction', nodeId: node.node_id, details: { reasons } };
  },
  suspend(s) {
    const reasons = needReasons(s.input);
    pause(s, 'suspension');
    return { to: 'suspended', details: { reasons } };
  },
  resume(s) {
    // Same as a resubmission after a correction: the pause ends and running deadlines move by it.
    return { ...handlers.resubmit(s), to: 'in_progress' };
  },
  seal(s) {
    Object.assign(s.pending, { completed_at: s.now });
    return { to: 'completed' };
  },
  withdraw(s) {
    endPause(s);
    for (const n of s.nodes)
      if (n.state === 'active' || n.state === 'waiting' || n.state === 'returned')
        setNode(s, n.id, { state: 'cancelled' });
    Object.assign(s.pending, { closed_reason: s.input.comment ?? 'withdrawn' });
    return { to: 'withdrawn' };
  },
};

/**
 * Takes one action of the case state machine: checks the table (state, role), the party (applicant, node
 * department), runs the action's step, and records the transition on the timeline and in the audit trail.
 * The case is read without a lock and everything is written in one statement that holds only if nobody
 * changed the case in between (its row version); otherwise the action reads again and decides afresh.
 */
export async function takeAction(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  action: CaseAction,
  input: ActionInput,
) {
  const t = TRANSITIONS[action];
  const actor = authorize(ctx, { roles: t.roles });
  await deps.deadlines.refresh();
  return retryStale(async () => {
    const now = deps.now();
    const snapshot = await readCaseForAction(
      deps.db,
      ctx.districtCode,
      caseId,
      NODES_ONLY.has(action) ? 'nodes' : 'full',
    );
    if (!snapshot) throw caseErrors.notFound();
    const { c } = snapshot;
    if (!(t.from as readonly CaseState[]).includes(c.state))
      throw caseErrors.notInState({ caseNo: c.case_no, state: c.state, action });
    authorizeCaseParty(actor, action, c, snapshot.nodes);
    const def = await definitionOf(deps.db, c);
    const step: Step = { ...snapshot, deps, ctx, actor, def, input, now, pending: {}, writes: [] };
    const out = handlers[action](step);
    const { pending } = step;
    // Issuing the acceptance notice or the result settles the pickup code or the EMS tracking number.
    const settled = deliveryOnIssue(c, def, issuedKind(action, c));
    if (settled) pending.delivery = settled as unknown as Record<string, unknown>;
    const delivery = settled ?? storedDelivery(c, def);
    const told = await caseMessagesStatement(deps.db, deps.pii, ctx.districtCode, {
      action,
      snapshot,
      def,
      out,
      now,
      deadlines: deps.deadlines,
      delivery,
    });
    const issued = issueFor(
      action,
      {
        c,
        checklist: snapshot.checklist,
        def,
        now,
        districtCode: ctx.districtCode,
        deadlines: deps.deadlines,
        delivery,
        applicantId: snapshot.applicantId,
        departmentName: snapshot.departmentName,
      },
      out,
    );
    const details = {
      ...(input.comment ? { comment: input.comment } : {}),
      ...(out.details ?? {}),
    };
    // The timeline keeps the document's number, which is drawn in the same statement.
    const event = eventStatement(ctx, c.id, {
      at: now,
      action,
      from: c.state,
      to: out.to,
      nodeId: out.nodeId ?? null,
      details: issued
        ? new SqlValue(
            "$1::jsonb || jsonb_build_object('document', $2::jsonb || jsonb_build_object('documentNo', $3))",
            [
              JSON.stringify(details),
              JSON.stringify({ kind: issued.kind, id: issued.id, verificationCode: issued.verificationCode }),
              issued.documentNo,
            ],
          )
        : details,
    });
    const audit = auditStatement(ctx, {
      action: `case.${action}`,
      targetType: 'case',
      targetId: c.case_no,
      details: { from: c.state, to: out.to, ...(out.nodeId ? { node: out.nodeId } : {}) },
    });
    // The case row (if still as read), its nodes and pauses, the document, the timeline entry, the applicant's
    // messages and the audit record: one statement.
    const guard = caseGuardStatement(c.id, c.row_version, {
      ...pending,
      ...(out.to !== c.state ? { state: out.to } : {}),
    });
    await runGuarded(deps.db, guard, [...step.writes, ...(issued?.statements ?? []), event, told, audit]);
    return { from: c.state, to: out.to };
  }, caseErrors.changedMeanwhile);
}
