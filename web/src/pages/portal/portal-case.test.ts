import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseFile } from '../../api/cases.ts';
import {
  applicantKindOf,
  canUpload,
  caseCounts,
  correctionRequest,
  filesByMaterial,
  givenRating,
  isMainlandMobile,
  newestFirst,
} from './portal-case.ts';

const event = (action: string, details: Record<string, unknown> | null = null, at = '2026-03-02T01:00:00Z') =>
  ({ at, actor: '窗口 张三', action, from: null, to: null, nodeId: null, details }) satisfies CaseEvent;

const file = (id: string, materialId: string, uploadedAt: string): CaseFile => ({
  id,
  materialId,
  fileName: `${id}.pdf`,
  contentType: 'application/pdf',
  size: 1000,
  uploadedAt,
});

describe('the applicant’s case', () => {
  it('offers uploads in pre-review and correction, and only when the server lists files', () => {
    expect(canUpload({ state: 'prereview', files: [] })).toBe(true);
    expect(canUpload({ state: 'correction', files: [] })).toBe(true);
    expect(canUpload({ state: 'in_progress', files: [] })).toBe(false);
    expect(canUpload({ state: 'prereview' })).toBe(false);
  });

  it('takes the reasons of the latest correction request, from the window or a department', () => {
    const timeline = [
      event('open'),
      event('request_correction', { reasons: ['申请表缺少签名'] }),
      event('resubmit'),
      event('node_return', { reasons: ['收入证明已过期', 42] }),
      event('checklist'),
    ];
    expect(correctionRequest(timeline)?.reasons).toEqual(['收入证明已过期']);
    expect(correctionRequest(timeline.slice(0, 3))?.event.action).toBe('request_correction');
    expect(correctionRequest([event('open')])).toBeNull();
  });

  it('reads the rating from the record, keeping known indicators only', () => {
    expect(givenRating([event('seal')])).toBeNull();
    expect(
      givenRating([event('rate', { level: 2, indicators: ['efficiency', 'unknown'], rectificationId: 'r' })]),
    ).toEqual({ level: 2, indicators: ['efficiency'], at: '2026-03-02T01:00:00Z' });
    expect(givenRating([event('rate', { level: 9, indicators: [] })])).toBeNull();
  });

  it('groups files by material, oldest first', () => {
    const grouped = filesByMaterial([
      file('b', 'm1', '2026-03-02T02:00:00Z'),
      file('c', 'm2', '2026-03-02T01:30:00Z'),
      file('a', 'm1', '2026-03-02T01:00:00Z'),
    ]);
    expect(grouped.get('m1')?.map((f) => f.id)).toEqual(['a', 'b']);
    expect(grouped.get('m2')?.map((f) => f.id)).toEqual(['c']);
    expect(filesByMaterial(undefined).size).toBe(0);
  });

  it('accepts mainland mobile numbers only', () => {
    expect(isMainlandMobile('13800138000')).toBe(true);
    expect(isMainlandMobile('138 0013 8000')).toBe(true);
    expect(isMainlandMobile('12800138000')).toBe(false);
    expect(isMainlandMobile('1380013800')).toBe(false);
    expect(isMainlandMobile('+852 9123 4567')).toBe(false);
  });

  it('lets an enterprise agent apply for an enterprise and a citizen for themselves', () => {
    expect(applicantKindOf(['enterprise_agent'])).toBe('enterprise');
    expect(applicantKindOf(['citizen'])).toBe('person');
  });

  it('lists the newest case first and counts what needs the applicant', () => {
    const items = [
      { createdAt: '2026-03-01T00:00:00Z', state: 'completed' as const },
      { createdAt: '2026-03-03T00:00:00Z', state: 'correction' as const },
      { createdAt: '2026-03-02T00:00:00Z', state: 'in_progress' as const },
      { createdAt: '2026-02-01T00:00:00Z', state: 'withdrawn' as const },
    ];
    expect(newestFirst(items).map((x) => x.state)).toEqual([
      'correction',
      'in_progress',
      'completed',
      'withdrawn',
    ]);
    expect(caseCounts(items)).toEqual({ running: 2, completed: 1, correction: 1 });
  });
});
