import { describe, expect, it } from 'vitest';
import type { CaseMaterial, CaseNode, CaseView } from '../../api/cases.ts';
import {
  allReceivedChanges,
  applyChanges,
  canWaive,
  noNodesNote,
  stageStatus,
  stagesOf,
  undecidedSituational,
} from './checklist.ts';

const material = (id: string, necessity: CaseMaterial['necessity'], status: CaseMaterial['status']) =>
  ({
    id,
    name: id,
    necessity,
    condition: null,
    originalOrCopy: 'original',
    form: 'paper',
    copies: 1,
    status,
    note: null,
  }) satisfies CaseMaterial;

const node = (nodeId: string, stageIndex: number, state: CaseNode['state']) =>
  ({ nodeId, stageIndex, stageName: `stage ${stageIndex}`, state }) as CaseNode;

describe('the window checklist', () => {
  it('"all received" ticks only the required materials still outstanding', () => {
    const changes = allReceivedChanges([
      material('id_card', 'required', 'pending'),
      material('form', 'required', 'defective'),
      material('proof', 'required', 'received'),
      material('new_address', 'conditional', 'pending'),
      material('photo', 'optional', 'pending'),
    ]);
    expect(changes.materials).toEqual([
      { id: 'id_card', status: 'received' },
      { id: 'form', status: 'received' },
    ]);
  });

  it('"all received" with the situation answered receives what applies and waives the rest with the reason', () => {
    const materials = [
      material('id_card', 'required', 'pending'),
      material('new_address', 'conditional', 'pending'),
      material('marriage', 'conditional', 'missing'),
      material('decided', 'conditional', 'waived'),
      material('photo', 'optional', 'pending'),
    ];
    expect(undecidedSituational(materials).map((m) => m.id)).toEqual(['new_address', 'marriage']);
    const changes = allReceivedChanges(materials, {
      applies: new Set(['new_address']),
      notApplicable: (m) => `不适用：${m.name}`,
    });
    expect(changes.materials).toEqual([
      { id: 'id_card', status: 'received' },
      { id: 'new_address', status: 'received' },
      { id: 'marriage', status: 'waived', note: '不适用：marriage' },
    ]);
  });

  it('lets only conditional and optional materials be waived', () => {
    expect(canWaive(material('a', 'required', 'pending'))).toBe(false);
    expect(canWaive(material('b', 'conditional', 'pending'))).toBe(true);
    expect(canWaive(material('c', 'optional', 'pending'))).toBe(true);
  });

  it('shows a tick before the server answers', () => {
    const before = {
      checklist: {
        materials: [material('id_card', 'required', 'pending')],
        conditions: [{ id: 'resident', text: '本区居民', met: null }],
      },
    } as unknown as CaseView;
    const after = applyChanges(before, {
      materials: [{ id: 'id_card', status: 'defective', note: '已过期' }],
      conditions: [{ id: 'resident', met: true }],
    });
    expect(after.checklist.materials[0]).toMatchObject({ status: 'defective', note: '已过期' });
    expect(after.checklist.conditions[0]!.met).toBe(true);
    expect(before.checklist.conditions[0]!.met).toBeNull();
  });
});

describe('department stages', () => {
  it('groups parallel nodes by stage, in order', () => {
    const stages = stagesOf([
      node('final', 1, 'waiting'),
      node('housing', 0, 'active'),
      node('civil', 0, 'approved'),
    ]);
    expect(stages.map((s) => s.nodes.map((n) => n.nodeId))).toEqual([['housing', 'civil'], ['final']]);
  });

  it('reports a stage as running, done, refused or not started', () => {
    expect(stageStatus([node('a', 0, 'active'), node('b', 0, 'approved')])).toBe('process');
    expect(stageStatus([node('a', 0, 'approved'), node('b', 0, 'approved')])).toBe('finish');
    expect(stageStatus([node('a', 0, 'returned'), node('b', 0, 'active')])).toBe('error');
    expect(stageStatus([node('a', 1, 'waiting')])).toBe('wait');
  });
});

describe('a case without department nodes', () => {
  const at = '2026-03-02T02:00:00.000Z';
  it('says an instant item has none, and a commitment item gets them on acceptance', () => {
    expect(noNodesNote({ handlingType: 'instant', acceptedAt: null, state: 'checking' })).toBe(
      'case.noProcess',
    );
    expect(noNodesNote({ handlingType: 'commitment', acceptedAt: null, state: 'checking' })).toBe(
      'case.processOnAcceptance',
    );
    expect(noNodesNote({ handlingType: 'commitment', acceptedAt: null, state: 'prereview' })).toBe(
      'case.processOnAcceptance',
    );
    expect(noNodesNote({ handlingType: 'commitment', acceptedAt: null, state: 'refused' })).toBe(
      'case.processNotReached',
    );
    expect(noNodesNote({ handlingType: 'commitment', acceptedAt: at, state: 'awaiting_seal' })).toBe(
      'case.noDepartmentNodes',
    );
  });
});
