import { ITEM_TYPES, SERVICE_OBJECTS } from '../item-definition.ts';
import { LABELS } from '../labels.ts';

/**
 * The workbook layout shared by export and import: one sheet per list of the item definition, each row tied
 * to its item by 实施编码. Columns are found by their Chinese header, so a person may reorder them; each column
 * names the path it fills inside the definition (or inside one list entry), which is also how a validation error
 * is traced back to a cell.
 */

export type CellKind =
  | 'text' // string; empty = absent
  | 'int'
  | 'number'
  | 'bool' // 是 / 否
  | 'enum' // a Chinese label or the stored value
  | 'lines' // string[], one entry per line
  | 'enumLines' // enum[], one label per line
  | 'checklist'; // {id, text}[], one "id: text" per line

export interface Column {
  header: string;
  path: string;
  kind: CellKind;
  labels?: Readonly<Record<string, string>>;
  width?: number;
  /** Written for people to read (status, version); ignored by the import. */
  exportOnly?: boolean;
  /** A list the definition may leave out: an empty cell leaves it out rather than giving an empty list. */
  optional?: boolean;
}

export type ListName = 'acceptConditions' | 'materials' | 'verifications' | 'fees' | 'nodes';

export interface SheetSpec {
  name: string;
  /** Absent for the item sheet; otherwise the definition list its rows fill. */
  list?: ListName;
  columns: Column[];
}

export const CODE_HEADER = '实施编码';
const code: Column = { header: CODE_HEADER, path: 'implementationCode', kind: 'text', width: 24 };

const DELIVERY = { pickup: '窗口领取', mail: '邮寄送达', online: '网上推送' } as const;

export const ITEM_SHEET: SheetSpec = {
  name: '事项',
  columns: [
    code,
    { header: '事项名称', path: 'name', kind: 'text', width: 32 },
    { header: '基本编码', path: 'basicCode', kind: 'text', width: 22 },
    { header: '事项层级', path: 'level', kind: 'enum', labels: LABELS.level },
    { header: '上级编码', path: 'parentCode', kind: 'text', width: 22 },
    { header: '业务办理项类型', path: 'handlingKind', kind: 'enum', labels: LABELS.handlingKind },
    { header: '事项类型', path: 'itemType', kind: 'enum', labels: ITEM_TYPES },
    { header: '服务对象', path: 'serviceObjects', kind: 'enumLines', labels: SERVICE_OBJECTS },
    { header: '实施主体（部门编码）', path: 'departmentId', kind: 'text' },
    { header: '办件类型', path: 'handlingType', kind: 'enum', labels: LABELS.handlingType },
    { header: '法定办结时限（工作日）', path: 'legalLimitDays', kind: 'int' },
    { header: '承诺办结时限（工作日）', path: 'promisedLimitDays', kind: 'int' },
    { header: '网上办理深度', path: 'onlineDepth', kind: 'int' },
    { header: '到办事现场次数', path: 'visitsRequired', kind: 'int' },
    { header: '通办范围', path: 'scope', kind: 'enum', labels: LABELS.scope },
    { header: '先信任后审批', path: 'trustFirst', kind: 'bool' },
    { header: '结果名称', path: 'result.name', kind: 'text', width: 24 },
    { header: '结果类型', path: 'result.type', kind: 'enum', labels: LABELS.resultType },
    { header: '送达方式', path: 'deliveryMethods', kind: 'enumLines', labels: DELIVERY },
    { header: '设定依据', path: 'legalBasis', kind: 'lines', width: 40 },
    { header: '关键词', path: 'keywords', kind: 'lines' },
    { header: '来源', path: 'source', kind: 'text', width: 30 },
    { header: '状态', path: '@status', kind: 'text', exportOnly: true },
    { header: '现行版本', path: '@version', kind: 'int', exportOnly: true },
  ],
};

export const CHILD_SHEETS: SheetSpec[] = [
  {
    name: '受理条件',
    list: 'acceptConditions',
    columns: [
      code,
      { header: '条件编码', path: 'id', kind: 'text' },
      { header: '受理条件', path: 'text', kind: 'text', width: 60 },
    ],
  },
  {
    name: '申请材料',
    list: 'materials',
    columns: [
      code,
      { header: '材料编码', path: 'id', kind: 'text', width: 20 },
      { header: '材料名称', path: 'name', kind: 'text', width: 36 },
      { header: '材料类型', path: 'originalOrCopy', kind: 'enum', labels: LABELS.originalOrCopy },
      { header: '材料形式', path: 'form', kind: 'enum', labels: LABELS.form },
      { header: '必要性', path: 'necessity', kind: 'enum', labels: LABELS.necessity },
      { header: '提交情形', path: 'condition', kind: 'text', width: 30 },
      { header: '来源渠道', path: 'source', kind: 'enum', labels: LABELS.source },
      { header: '来源说明', path: 'sourceNote', kind: 'text' },
      { header: '份数', path: 'copies', kind: 'int' },
      { header: '空白表格', path: 'blankForm', kind: 'text' },
      { header: '示例样表', path: 'sample', kind: 'text' },
      { header: '备注', path: 'note', kind: 'text', width: 30 },
    ],
  },
  {
    name: '办理流程',
    list: 'nodes',
    columns: [
      code,
      { header: '环节编码', path: 'stage.id', kind: 'text' },
      { header: '环节名称', path: 'stage.name', kind: 'text' },
      { header: '节点编码', path: 'id', kind: 'text' },
      { header: '节点名称', path: 'name', kind: 'text' },
      { header: '办理部门（部门编码）', path: 'departmentId', kind: 'text' },
      { header: '节点时限（工作日）', path: 'limitDays', kind: 'int' },
      { header: '审查要点', path: 'checklist', kind: 'checklist', width: 60 },
    ],
  },
  {
    name: '核验',
    list: 'verifications',
    columns: [
      code,
      { header: '核验编码', path: 'id', kind: 'text' },
      { header: '核验事项', path: 'predicate', kind: 'text', width: 20 },
      { header: '核验系统', path: 'system', kind: 'text' },
      { header: '说明', path: 'description', kind: 'text', width: 40 },
      { header: '期望结果', path: 'expected', kind: 'bool' },
      { header: '核验对象', path: 'subject', kind: 'enum', labels: LABELS.subject },
      { header: '证明的受理条件（条件编码）', path: 'provesCondition', kind: 'text', width: 24 },
      {
        header: '免交的材料（材料编码，每行一个）',
        path: 'replacesMaterials',
        kind: 'lines',
        width: 28,
        optional: true,
      },
    ],
  },
  {
    name: '收费',
    list: 'fees',
    columns: [
      code,
      { header: '收费项目', path: 'name', kind: 'text', width: 24 },
      { header: '金额（元）', path: 'amountYuan', kind: 'number' },
      { header: '收费依据', path: 'basis', kind: 'text', width: 40 },
    ],
  },
];

/** Reads a dotted path of plain objects. */
export function getPath(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Writes a dotted path, creating intermediate objects. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[keys.at(-1)!] = value;
}
