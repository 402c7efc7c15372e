import { describe, expect, it } from 'vitest';
import type { MajorClass, TaxonomyMinor } from '../../../api/governance.ts';
import {
  cleanKeywords,
  editorFieldOf,
  insertMinor,
  type MinorDraft,
  minorChanged,
  minorMatches,
  newMinor,
  nextMinorCode,
  parseProblemField,
  problemsByMinor,
  restoreMinors,
  toDocument,
} from './taxonomy-draft.ts';

const streetScene: MajorClass = { code: '06', name: '市容环境', nameEn: 'City appearance', kind: 'event' };
const utilities: MajorClass = {
  code: '01',
  name: '市政公用设施',
  nameEn: 'Public utilities',
  kind: 'component',
};

const minor = (code: string, overrides: Partial<TaxonomyMinor> = {}): TaxonomyMinor => ({
  ...newMinor(code.startsWith('01') ? utilities : { ...streetScene, code: code.slice(0, 2) }, code),
  name: `类别${code}`,
  nameEn: `Class ${code}`,
  ...overrides,
});
const draft = (code: string, key = code): MinorDraft => ({ key, minor: minor(code), isNew: false });

describe('the taxonomy while it is edited', () => {
  it('reads where a problem is', () => {
    expect(parseProblemField('minors.12.limits.dispose.amount')).toEqual({
      collection: 'minors',
      index: 12,
      path: 'limits.dispose.amount',
    });
    expect(parseProblemField('majors.3.code')).toEqual({ collection: 'majors', index: 3, path: 'code' });
    expect(parseProblemField('minors.4')).toEqual({ collection: 'minors', index: 4, path: '' });
    expect(parseProblemField('minors')).toBeNull();
  });

  it('puts each problem on the class it names, by the order the classes were sent', () => {
    const { byKey, other } = problemsByMinor(
      [
        { id: 'missing_name', field: 'minors.1.nameEn', message: '缺少英文名称' },
        { id: 'bad_amount', field: 'minors.1.limits.dispose.amount', message: '时限应为正数' },
        { id: 'bad_code', field: 'minors.0.code', message: '应为五位数字' },
        { id: 'duplicate_code', field: 'majors.2.code', message: '大类代码重复' },
        { id: 'bad_code', field: 'minors.9.code', message: '不在所发送的列表中' },
      ],
      ['a', 'b'],
    );
    expect(byKey).toEqual({
      a: [{ path: 'code', message: '应为五位数字' }],
      b: [
        { path: 'nameEn', message: '缺少英文名称' },
        { path: 'limits.dispose.amount', message: '时限应为正数' },
      ],
    });
    expect(other.map((p) => p.field)).toEqual(['majors.2.code', 'minors.9.code']);
  });

  it('shows a problem at the editor field it is about', () => {
    expect(editorFieldOf('nameEn')).toEqual(['nameEn']);
    expect(editorFieldOf('limits.dispose')).toEqual(['limits', 'dispose', 'amount']);
    expect(editorFieldOf('limits.verify.unit')).toEqual(['limits', 'verify', 'unit']);
    expect(editorFieldOf('limits.verify.amount')).toEqual(['limits', 'verify', 'amount']);
    expect(editorFieldOf('severityLimits.urgent.dispose.amount')).toBeNull();
    expect(editorFieldOf('kind')).toBeNull();
  });

  it('numbers a new class after the highest of its major', () => {
    const minors = [minor('06001'), minor('06028'), minor('01011')];
    expect(nextMinorCode(minors, '06')).toBe('06029');
    expect(nextMinorCode(minors, '01')).toBe('01012');
    expect(nextMinorCode(minors, '17')).toBe('17001');
    expect(nextMinorCode([minor('06999')], '06')).toBeNull();
  });

  it('starts a new class with its major’s kind and working limits for all four stages', () => {
    const created = newMinor(utilities, '01012');
    expect(created).toMatchObject({
      code: '01012',
      majorCode: '01',
      kind: 'component',
      defaultSeverity: 'general',
    });
    expect(Object.keys(created.limits).sort()).toEqual(['accept', 'dispatch', 'dispose', 'verify']);
    expect(created.limits.dispose).toEqual({ amount: 1, unit: 'working_days' });
  });

  it('files a new class with its major, and puts deleted ones back where they were', () => {
    const drafts = [draft('01001'), draft('06001'), draft('06002'), draft('07001')];
    const added = insertMinor(drafts, { key: 'new', minor: minor('06003'), isNew: true });
    expect(added.map((d) => d.minor.code)).toEqual(['01001', '06001', '06002', '06003', '07001']);
    expect(insertMinor(drafts, draft('17001')).at(-1)!.minor.code).toBe('17001');
    expect(insertMinor(drafts, draft('06000')).map((d) => d.minor.code)).toEqual([
      '01001',
      '06000',
      '06001',
      '06002',
      '07001',
    ]);
    const without = drafts.filter((d) => d.key !== '06002');
    expect(restoreMinors(without, [drafts[2]!]).map((d) => d.minor.code)).toEqual([
      '01001',
      '06001',
      '06002',
      '07001',
    ]);
    expect(restoreMinors(drafts, [drafts[2]!])).toHaveLength(4);
    expect(toDocument([utilities, streetScene], without).minors.map((m) => m.code)).toEqual([
      '01001',
      '06001',
      '07001',
    ]);
  });

  it('splits keywords typed in one go, and drops blanks and repeats', () => {
    expect(cleanKeywords(['坑洼, 裂缝，烂路', ' 坑洼 ', '地砖、盲道砖', ''])).toEqual([
      '坑洼',
      '裂缝',
      '烂路',
      '地砖',
      '盲道砖',
    ]);
  });

  it('notices a changed class and finds classes by code, name or keyword', () => {
    const saved = minor('06013', { name: '道路破损', nameEn: 'Damaged road', keywords: ['坑洼'] });
    expect(minorChanged({ ...saved }, saved)).toBe(false);
    expect(minorChanged({ ...saved, keywords: ['坑洼', '裂缝'] }, saved)).toBe(true);
    expect(minorChanged(saved, undefined)).toBe(true);
    expect(minorMatches(saved, '06013')).toBe(true);
    expect(minorMatches(saved, 'damaged')).toBe(true);
    expect(minorMatches(saved, '坑洼')).toBe(true);
    expect(minorMatches(saved, '垃圾')).toBe(false);
  });
});
