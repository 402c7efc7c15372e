import {
  blockingVerifications,
  type CaseAction,
  type CaseMaterial,
  type CaseNode,
  type CaseView,
  type ChecklistChanges,
  TERMINAL_STATES,
} from '../../api/cases.ts';

/** Materials brought only in some situations (按情形) that the clerk has not decided yet: 全部收到 asks about them. */
export const undecidedSituational = (materials: readonly CaseMaterial[]): CaseMaterial[] =>
  materials.filter((m) => m.necessity === 'conditional' && m.status !== 'received' && m.status !== 'waived');

/**
 * "全部收到": every required material not yet received is marked received; of the situational ones not yet decided,
 * those whose situation applies are received and the others waived with `notApplicable`'s reason. Optional
 * materials the clerk decides.
 */
export function allReceivedChanges(
  materials: readonly CaseMaterial[],
  situation?: { applies: ReadonlySet<string>; notApplicable: (m: CaseMaterial) => string },
): ChecklistChanges {
  // Without the clerk's answer about the situation, the situational materials stay as they are.
  const undecided = new Set(situation ? undecidedSituational(materials).map((m) => m.id) : []);
  return {
    materials: materials.flatMap((m): NonNullable<ChecklistChanges['materials']> => {
      if (m.necessity === 'required' && m.status !== 'received')
        return [{ id: m.id, status: 'received' as const }];
      if (!undecided.has(m.id)) return [];
      return situation?.applies.has(m.id)
        ? [{ id: m.id, status: 'received' as const }]
        : [{ id: m.id, status: 'waived' as const, note: situation?.notApplicable(m) ?? '' }];
    }),
  };
}

/** Nothing is missing and no condition unconfirmed: the one-time notice has nothing to say. */
export const shortfallEmpty = (c: Pick<CaseView, 'shortfall'>): boolean =>
  c.shortfall.materials.length === 0 && c.shortfall.conditions.length === 0;

/** Jump verifications that hold completion or acceptance: none when the item trusts first (告知承诺). */
export const blockingCount = (c: CaseView): number => (c.trustFirst ? 0 : blockingVerifications(c).length);

/**
 * What the window may decide now, as the server would: 办结出证/受理 only with a complete checklist and every
 * verification answered as required; the one-time notice only when something is missing.
 */
export function windowButtonDisabled(c: CaseView, action: CaseAction, busy: boolean): boolean {
  if (action === 'complete_instant' || action === 'accept')
    return busy || !shortfallEmpty(c) || blockingCount(c) > 0;
  if (action === 'notify_incomplete') return busy || shortfallEmpty(c);
  return false;
}

/** Only a material the applicant need not always bring can be waived (免). */
export const canWaive = (material: CaseMaterial): boolean => material.necessity !== 'required';

/** Shows a change at once while the server records it; the server's answer replaces the case afterwards. */
export function applyChanges(c: CaseView, changes: ChecklistChanges): CaseView {
  const materials = new Map((changes.materials ?? []).map((m) => [m.id, m]));
  const conditions = new Map((changes.conditions ?? []).map((x) => [x.id, x.met]));
  return {
    ...c,
    checklist: {
      materials: c.checklist.materials.map((m) => {
        const change = materials.get(m.id);
        return change ? { ...m, status: change.status, note: change.note ?? null } : m;
      }),
      conditions: c.checklist.conditions.map((x) =>
        conditions.has(x.id) ? { ...x, met: conditions.get(x.id)! } : x,
      ),
    },
  };
}

/** Department nodes grouped by stage, in order; the nodes of one stage run in parallel. */
export function stagesOf(nodes: readonly CaseNode[]): { index: number; name: string; nodes: CaseNode[] }[] {
  const stages = new Map<number, { index: number; name: string; nodes: CaseNode[] }>();
  for (const node of nodes) {
    const stage = stages.get(node.stageIndex) ?? { index: node.stageIndex, name: node.stageName, nodes: [] };
    stage.nodes.push(node);
    stages.set(node.stageIndex, stage);
  }
  return [...stages.values()].sort((a, b) => a.index - b.index);
}

/** How a stage is going, for its step: any refusal wins, then work in progress, then all agreed. */
export function stageStatus(nodes: readonly CaseNode[]): 'wait' | 'process' | 'finish' | 'error' {
  if (nodes.some((n) => n.state === 'rejected' || n.state === 'returned')) return 'error';
  if (nodes.some((n) => n.state === 'active')) return 'process';
  if (nodes.length > 0 && nodes.every((n) => n.state === 'approved')) return 'finish';
  return 'wait';
}

/**
 * What the process card says while a case has no department nodes: an instant item never has any; a commitment
 * item's stages start when the case is accepted (or never, if it closed before that).
 */
export function noNodesNote(
  c: Pick<CaseView, 'handlingType' | 'acceptedAt' | 'state'>,
): 'case.noProcess' | 'case.processOnAcceptance' | 'case.processNotReached' | 'case.noDepartmentNodes' {
  if (c.handlingType === 'instant') return 'case.noProcess';
  if (c.acceptedAt !== null) return 'case.noDepartmentNodes';
  return TERMINAL_STATES.has(c.state) ? 'case.processNotReached' : 'case.processOnAcceptance';
}
