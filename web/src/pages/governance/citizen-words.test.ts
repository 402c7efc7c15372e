import { describe, expect, it } from 'vitest';
import type { EventLogEntry } from '../../api/governance.ts';
import { citizenStep, collapsePhotos } from './citizen-words.ts';

const entry = (action: string, details: Record<string, unknown> = {}): EventLogEntry => ({
  at: '2026-12-02T08:00:00Z',
  actor: '处置员 罗俊',
  action,
  from: null,
  to: 'dispatched',
  details,
});

describe('the timeline in the reporter’s words', () => {
  it('tells where the report went and why, in the reader’s language', () => {
    const routing = { zh: '责任清单第 13 条 → 城管局', en: 'Rule 13 → uml' };
    expect(citizenStep(entry('report', { routing }), 'zh')).toMatchObject({
      step: 'report',
      detail: '责任清单第 13 条 → 城管局',
    });
    expect(citizenStep(entry('send_back', { reasons: ['不属本单位'], routing }), 'en').detail).toBe(
      '不属本单位',
    );
  });

  it('quotes the unit’s note on the disposal and the reasons of a rejection', () => {
    expect(citizenStep(entry('dispose', { note: '已清运' }), 'zh').detail).toBe('已清运');
    expect(citizenStep(entry('reject', { reasons: ['现场无此问题', '已自行处理'] }), 'zh').detail).toBe(
      '现场无此问题；已自行处理',
    );
  });

  it('keeps the supervisor’s internal note out, and names unknown steps generically', () => {
    expect(citizenStep(entry('supervise', { note: '请加快' }), 'zh').detail).toBeNull();
    expect(citizenStep(entry('escalate'), 'zh')).toMatchObject({ step: 'other', to: 'dispatched' });
  });

  it('tells several photos added in a row as one step', () => {
    const steps = collapsePhotos([
      entry('report'),
      entry('photo'),
      entry('photo'),
      entry('confirm'),
      entry('photo'),
    ]);
    expect(steps.map((s) => [s.action, s.photos])).toEqual([
      ['report', undefined],
      ['photo', 2],
      ['confirm', undefined],
      ['photo', 1],
    ]);
  });

  it('carries the rating given', () => {
    expect(citizenStep(entry('rate', { rating: 4 }), 'zh').rating).toBe(4);
  });
});
