import type { EventSummary } from '../../api/governance.ts';

let sequence = 0;

/** An event summary for tests: a dispatched 暴露垃圾 in 祖庙街道; override what the test is about. */
export function eventFactory(overrides: Partial<EventSummary> = {}): EventSummary {
  sequence += 1;
  const n = String(sequence).padStart(5, '0');
  return {
    id: `00000000-0000-4000-8000-0000000${n}`,
    eventNo: `44060420261202E${n}`,
    channel: 'citizen',
    state: 'dispatched',
    classCode: '06010',
    className: '暴露垃圾',
    classNameEn: 'Exposed refuse',
    severity: 'general',
    description: '路边垃圾没人清理',
    address: null,
    lng: 113.107,
    lat: 23.037,
    streetCode: '440604012',
    communityCode: '440604012001',
    gridCode: '440604012001001',
    gridName: '朝安东社区第1网格',
    unitId: 'uml',
    unitName: '禅城区城市管理和综合执法局',
    componentId: null,
    component: null,
    unitNameEn: null,
    gridWorkerId: null,
    routing: { reason: { zh: '责任清单第 13 条', en: 'Rule 13' }, fallback: false, ruleId: 'r-13' },
    classification: { chosen: '06010', by: 'classifier', suggestions: [] },
    reporter: { anonymous: false, name: null },
    reporterPhone: null,
    duplicateOf: null,
    supervisedAt: null,
    reworkCount: 0,
    sendbackCount: 0,
    reportedAt: '2026-12-02T08:00:00Z',
    registeredAt: null,
    dispatchedAt: '2026-12-02T08:00:00Z',
    disposedAt: null,
    closedAt: null,
    acceptDueAt: '2026-12-02T10:00:00Z',
    disposeDueAt: '2026-12-04T08:00:00Z',
    verifyDueAt: null,
    overdueAt: null,
    rating: null,
    ...overrides,
  };
}
