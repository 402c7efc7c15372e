import type { GuideSectionT } from '@yimen/shared/catalogue';
import { ITEM_TYPES, type ItemDefinitionT, type MaterialT, SERVICE_OBJECTS } from './item-definition.ts';
import { LABELS } from './labels.ts';
import { needsAllPartiesInPerson, offeredOnline, SERVICE_CENTRE } from './service-centre.ts';

const days = (n: number) => (n === 0 ? '即时办结' : `${n} 个工作日`);

function materialRow(m: MaterialT, i: number): string[] {
  const necessity =
    m.necessity === 'conditional' ? `按情形提交：${m.condition ?? ''}` : LABELS.necessity[m.necessity];
  const notes = [
    m.sourceNote,
    m.blankForm && `空白表格：${m.blankForm}`,
    m.sample && `示例样表：${m.sample}`,
    m.note,
  ]
    .filter(Boolean)
    .join('；');
  return [
    String(i + 1),
    m.name,
    LABELS.originalOrCopy[m.originalOrCopy],
    LABELS.form[m.form],
    necessity,
    LABELS.source[m.source],
    String(m.copies),
    notes,
  ];
}

/**
 * Turns an item definition into the sections of a guide page, in the order of a published 办事指南.
 * `departmentName` resolves department ids to names (the id itself when unknown).
 */
export function buildGuideSections(
  def: ItemDefinitionT,
  departmentName: (id: string) => string,
): GuideSectionT[] {
  const handling = def.handlingKind ? `（${LABELS.handlingKind[def.handlingKind]}）` : '';
  const basic: GuideSectionT = {
    key: 'basic',
    heading: '基本信息',
    kind: 'fields',
    fields: [
      { label: '事项名称', value: def.name },
      { label: '基本编码', value: def.basicCode },
      { label: '实施编码', value: def.implementationCode },
      { label: '事项类型', value: ITEM_TYPES[def.itemType as keyof typeof ITEM_TYPES] ?? def.itemType },
      { label: '事项层级', value: `${LABELS.level[def.level]}${handling}` },
      {
        label: '服务对象',
        value: def.serviceObjects.map((s) => SERVICE_OBJECTS[s as keyof typeof SERVICE_OBJECTS]).join('、'),
      },
      { label: '实施主体', value: departmentName(def.departmentId) },
      { label: '办件类型', value: LABELS.handlingType[def.handlingType] },
      { label: '网上办理深度', value: LABELS.onlineDepth[def.onlineDepth as 1 | 2 | 3 | 4] },
      { label: '到办事现场次数', value: `${def.visitsRequired} 次` },
      { label: '通办范围', value: LABELS.scope[def.scope] },
      ...(def.trustFirst ? [{ label: '审批方式', value: '先信任后审批（按申请人承诺受理，事后核查）' }] : []),
    ],
  };
  const inPerson = needsAllPartiesInPerson(def);
  const online = inPerson
    ? '不可网上办理：须申请各方本人共同到现场办理'
    : offeredOnline(def)
      ? `可网上办理（${LABELS.onlineDepth[def.onlineDepth as 3 | 4]}）`
      : `不可网上提交申请（${LABELS.onlineDepth[def.onlineDepth as 1 | 2]}），请到现场办理`;
  const where: GuideSectionT = {
    key: 'where',
    heading: '办理地点',
    kind: 'fields',
    fields: [
      { label: '办理地点', value: SERVICE_CENTRE.name },
      { label: '地址', value: SERVICE_CENTRE.address },
      { label: '办公时间', value: SERVICE_CENTRE.hours },
      { label: '咨询电话', value: SERVICE_CENTRE.phone },
      { label: '办理窗口', value: SERVICE_CENTRE.windows },
      { label: '网上办理', value: online },
      { label: '到现场次数', value: `${def.visitsRequired} 次` },
    ],
    ...(inPerson ? { note: '本事项须申请各方本人共同到现场办理，不提供网上申请。' } : {}),
  };
  const conditions: GuideSectionT = {
    key: 'conditions',
    heading: '受理条件',
    kind: 'list',
    items: def.acceptConditions.map((c) => c.text),
    ...(def.verifications.length
      ? {
          note: `窗口将向有关部门核验：${def.verifications.map((v) => v.description).join('；')}。无需您另行提交证明。`,
        }
      : {}),
  };
  const materials: GuideSectionT = {
    key: 'materials',
    heading: '申请材料',
    kind: 'table',
    columns: ['序号', '材料名称', '材料类型', '材料形式', '必要性', '来源渠道', '份数', '备注'],
    rows: def.materials.map(materialRow),
  };
  const process: GuideSectionT =
    def.stages.length === 0
      ? {
          key: 'process',
          heading: '办理流程',
          kind: 'list',
          items: ['申请', '窗口受理', '当场办结'],
          note: '即办件：材料齐全、符合条件的，窗口当场办结。',
        }
      : {
          key: 'process',
          heading: '办理流程',
          kind: 'table',
          columns: ['环节', '办理部门', '时限', '审查要点'],
          rows: [
            ['窗口受理', '综合窗口', '即时', '核对申请材料'],
            ...def.stages.flatMap((s) =>
              s.nodes.map((n) => [
                `${s.name} · ${n.name}`,
                departmentName(n.departmentId),
                days(n.limitDays),
                n.checklist.map((c) => c.text).join('；'),
              ]),
            ),
            ['办结', '综合窗口', '即时', '核对审批结果并出件'],
          ],
        };
  const limits: GuideSectionT = {
    key: 'limits',
    heading: '办理时限',
    kind: 'fields',
    fields: [
      { label: '法定办结时限', value: days(def.legalLimitDays) },
      { label: '承诺办结时限', value: days(def.promisedLimitDays) },
    ],
  };
  const fees: GuideSectionT =
    def.fees.length === 0
      ? { key: 'fees', heading: '收费', kind: 'list', items: ['不收费'] }
      : {
          key: 'fees',
          heading: '收费',
          kind: 'table',
          columns: ['收费项目', '金额（元）', '收费依据'],
          rows: def.fees.map((f) => [f.name, f.amountYuan.toFixed(2), f.basis ?? '']),
        };
  const result: GuideSectionT = {
    key: 'result',
    heading: '结果',
    kind: 'fields',
    fields: [
      { label: '结果名称', value: def.result.name },
      { label: '结果类型', value: LABELS.resultType[def.result.type] },
    ],
  };
  const delivery: GuideSectionT = {
    key: 'delivery',
    heading: '送达方式',
    kind: 'list',
    items: def.deliveryMethods.map((d) => LABELS.delivery[d]),
  };
  const basis: GuideSectionT = { key: 'basis', heading: '设定依据', kind: 'list', items: def.legalBasis };
  return [basic, where, conditions, materials, process, limits, fees, result, delivery, basis];
}
