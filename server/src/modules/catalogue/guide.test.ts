import { describe, expect, it } from 'vitest';
import { buildCommitmentItem, buildItem } from '../../../test/factories.ts';
import { buildGuideSections } from './guide.ts';

const names: Record<string, string> = { cab: '禅城区民政局', hcb: '禅城区住房城乡建设和水利局' };
const dept = (id: string) => names[id] ?? id;

describe('办事指南 sections', () => {
  it('follows the order of a published guide', () => {
    const headings = buildGuideSections(buildItem(), dept).map((s) => s.heading);
    expect(headings).toEqual([
      '基本信息',
      '办理地点',
      '受理条件',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费',
      '结果',
      '送达方式',
      '设定依据',
    ]);
  });

  it('prints materials as table rows in Chinese and names departments', () => {
    const def = buildCommitmentItem();
    def.materials[1] = { ...def.materials[1]!, necessity: 'conditional', condition: '委托他人办理的' };
    const sections = buildGuideSections(def, dept);
    const materials = sections.find((s) => s.key === 'materials')!;
    expect(materials.columns).toContain('材料名称');
    expect(materials.rows![0]).toEqual(['1', '居民身份证', '原件', '纸质', '必要', '申请人自备', '1', '']);
    expect(materials.rows![1]![4]).toBe('按情形提交：委托他人办理的');
    const basic = sections.find((s) => s.key === 'basic')!;
    expect(basic.fields).toContainEqual({ label: '实施主体', value: '禅城区住房城乡建设和水利局' });
    expect(basic.fields).toContainEqual({ label: '办件类型', value: '承诺件' });
    const process = sections.find((s) => s.key === 'process')!;
    expect(process.rows!.map((r) => r[1])).toEqual([
      '综合窗口',
      '禅城区住房城乡建设和水利局',
      '禅城区民政局',
      '禅城区住房城乡建设和水利局',
      '综合窗口',
    ]);
    const limits = sections.find((s) => s.key === 'limits')!;
    expect(limits.fields).toEqual([
      { label: '法定办结时限', value: '20 个工作日' },
      { label: '承诺办结时限', value: '10 个工作日' },
    ]);
  });

  it('says an instant item is completed on the spot and free of charge', () => {
    const sections = buildGuideSections(buildItem(), dept);
    expect(sections.find((s) => s.key === 'process')!.note).toContain('当场办结');
    expect(sections.find((s) => s.key === 'fees')!.items).toEqual(['不收费']);
    expect(sections.find((s) => s.key === 'limits')!.fields![1]!.value).toBe('即时办结');
  });
});
