import { describe, expect, it } from 'vitest';
import { days, hours, stageLimits } from './minor-rows.ts';
import type { MajorClass, MinorClass, Taxonomy } from './taxonomy.types.ts';
import { validateTaxonomy } from './validate-taxonomy.ts';

const buildMinor = (overrides: Partial<MinorClass> = {}): MinorClass => ({
  code: '06010',
  name: '暴露垃圾',
  nameEn: 'Exposed refuse',
  majorCode: '06',
  kind: 'event',
  defaultSeverity: 'general',
  keywords: ['垃圾'],
  limits: stageLimits('general', days(1)),
  ...overrides,
});

const MAJORS: MajorClass[] = [
  { code: '03', name: '市容环卫设施', nameEn: 'Sanitation facilities', kind: 'component' },
  { code: '06', name: '市容环境', nameEn: 'City appearance and environment', kind: 'event' },
];
const bin = buildMinor({ code: '03002', name: '垃圾箱', majorCode: '03', kind: 'component' });
const buildTaxonomy = (...minors: MinorClass[]): Taxonomy => ({ majors: MAJORS, minors: [bin, ...minors] });
const idsOf = (t: Taxonomy) => validateTaxonomy(t).map((p) => `${p.id} ${p.field}`);

describe('validateTaxonomy: what an administrator can get wrong', () => {
  it('accepts a sound taxonomy', () => {
    expect(validateTaxonomy(buildTaxonomy(buildMinor({ components: ['03002'] })))).toEqual([]);
  });

  it('finds a duplicate minor code', () => {
    expect(idsOf(buildTaxonomy(buildMinor(), buildMinor({ name: '又一个' })))).toEqual([
      'duplicate_code minors.2.code',
    ]);
  });

  it('finds a duplicate major code', () => {
    const t = { majors: [...MAJORS, MAJORS[1]!], minors: [bin] };
    expect(idsOf(t)).toEqual(['duplicate_code majors.2.code']);
  });

  it('finds a minor code that does not start with its major', () => {
    expect(idsOf(buildTaxonomy(buildMinor({ code: '07010' })))).toEqual(['code_not_in_major minors.1.code']);
  });

  it('finds an unknown major', () => {
    expect(idsOf(buildTaxonomy(buildMinor({ code: '09010', majorCode: '09' })))).toEqual([
      'unknown_major minors.1.majorCode',
    ]);
  });

  it('finds malformed codes', () => {
    expect(idsOf(buildTaxonomy(buildMinor({ code: '6010' })))).toEqual(['bad_code minors.1.code']);
  });

  it('finds a minor whose kind differs from its major', () => {
    expect(idsOf(buildTaxonomy(buildMinor({ kind: 'component' })))).toEqual(['kind_mismatch minors.1.kind']);
  });

  it('finds a missing stage limit', () => {
    const { verify: _, ...threeStages } = stageLimits('general', days(1));
    const minor = buildMinor({ limits: threeStages as MinorClass['limits'] });
    const problems = validateTaxonomy(buildTaxonomy(minor));
    expect(problems.map((p) => `${p.id} ${p.field}`)).toEqual(['missing_limit minors.1.limits.verify']);
    expect(problems[0]!.message).toContain('verify');
  });

  it('finds limits missing altogether', () => {
    const minor = { ...buildMinor(), limits: undefined } as unknown as MinorClass;
    expect(idsOf(buildTaxonomy(minor))).toHaveLength(4);
  });

  it.each([0, -2, Number.NaN])('finds a non-positive or non-numeric amount (%s)', (amount) => {
    const minor = buildMinor({
      limits: { ...stageLimits('general', days(1)), dispose: { amount, unit: 'working_days' } },
    });
    expect(idsOf(buildTaxonomy(minor))).toEqual(['bad_amount minors.1.limits.dispose.amount']);
  });

  it('finds an unknown unit and a bad per-severity limit', () => {
    const minor = buildMinor({
      limits: {
        ...stageLimits('general', days(1)),
        accept: { amount: 1, unit: 'minutes' as 'working_hours' },
      },
      severityLimits: { urgent: { dispose: hours(0) } },
    });
    expect(idsOf(buildTaxonomy(minor))).toEqual([
      'bad_unit minors.1.limits.accept.unit',
      'bad_amount minors.1.severityLimits.urgent.dispose.amount',
    ]);
  });

  it('finds names, severity and keywords left empty', () => {
    const minor = buildMinor({ name: ' ', defaultSeverity: 'high' as 'urgent', keywords: [''] });
    expect(idsOf(buildTaxonomy(minor))).toEqual([
      'missing_name minors.1.name',
      'bad_severity minors.1.defaultSeverity',
      'bad_keywords minors.1.keywords',
    ]);
  });

  it('finds an event that refers to a component class that does not exist or is an event', () => {
    expect(idsOf(buildTaxonomy(buildMinor({ components: ['03009', '06010'] })))).toEqual([
      'unknown_component minors.1.components.0',
      'unknown_component minors.1.components.1',
    ]);
  });

  it('writes messages in Chinese and English', () => {
    const [problem] = validateTaxonomy(buildTaxonomy(buildMinor({ code: '07010' })));
    expect(problem!.message).toBe(
      "小类代码 07010 应以所属大类代码 06 开头 / Minor code 07010 must start with its major's code 06.",
    );
  });
});
