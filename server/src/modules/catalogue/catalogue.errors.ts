import { defineErrors } from '../../errors.ts';

/** The refusals of the service catalogue: items, their guides, import and search. */
export const catalogueErrors = defineErrors('catalogue', {
  itemNotFound: {
    code: 'not_found',
    zh: '未找到该事项',
    en: 'No item has this implementation code.',
    field: 'code',
  },
  /** A rule of the item's definition is broken (item-rules.ts and the schema say which, in both languages). */
  itemRuleBroken: { code: 'validation_failed', zh: '{zh}', en: '{en}' },
  noSuchVersion: {
    code: 'not_found',
    zh: '该事项没有第 {version} 版',
    en: 'This item has no published version {version}.',
    field: 'version',
  },
  notPublished: {
    code: 'not_found',
    zh: '该事项尚未发布',
    en: 'This item has not been published yet; its guide is not available.',
    field: 'code',
  },
  noBlankForm: {
    code: 'not_found',
    zh: '该材料没有空白表格',
    en: 'This material has no blank form to download.',
    field: 'materialId',
  },
  itemNotReadBack: { code: 'internal', zh: '事项无法读回', en: 'The item could not be read back.' },
  duplicateCode: {
    code: 'conflict',
    zh: '实施编码 {code} 已存在',
    en: 'An item with code "{code}" exists already.',
    field: 'implementationCode',
  },
  codeCannotChange: {
    code: 'validation_failed',
    zh: '实施编码不能修改（应为 {code}）；如需新编码请新建事项',
    en: 'The implementation code cannot change (expected "{code}"); create a new item for a new code.',
    field: 'implementationCode',
  },
  nothingToPublish: {
    code: 'conflict',
    zh: '草稿与现行第 {version} 版相同，无需发布',
    en: 'The draft equals the current version {version}; change it before publishing.',
  },
  alreadyRetired: {
    code: 'conflict',
    zh: '该事项已停用',
    en: 'This item is retired already.',
    field: 'code',
  },
  notAnExport: {
    code: 'validation_failed',
    zh: '不是事项库导出文件（format 应为 {format}）',
    en: 'Not a catalogue export: format must be "{format}".',
    field: 'format',
  },
  noItemsList: {
    code: 'validation_failed',
    zh: '缺少事项列表 items',
    en: 'The body needs an "items" array.',
    field: 'items',
  },
  importRowBroken: { code: 'validation_failed', zh: '事项 {who}：{zh}', en: 'Item {who}: {en}' },
  tooManyItems: {
    code: 'validation_failed',
    zh: '一次最多导入 {max} 个事项',
    en: 'At most {max} items per import.',
    field: 'items',
  },
  codeTwiceInFile: {
    code: 'validation_failed',
    zh: '实施编码 {code} 重复',
    en: 'The code "{code}" appears twice.',
  },
  createdMeanwhile: {
    code: 'conflict',
    zh: '导入期间有人新建了相同编码的事项，请重试',
    en: 'An item with one of these codes was created meanwhile; retry.',
  },
  workbookNoSheet: {
    code: 'validation_failed',
    zh: '缺少工作表「{sheet}」',
    en: 'The workbook has no sheet "{sheet}".',
  },
  workbookNoColumn: {
    code: 'validation_failed',
    zh: '工作表「{sheet}」缺少列「{column}」',
    en: 'Sheet "{sheet}" has no column "{column}".',
  },
  notAWorkbook: {
    code: 'validation_failed',
    zh: '文件不是有效的 Excel 工作簿（.xlsx）',
    en: 'The file is not a valid Excel workbook (.xlsx).',
    field: 'file',
  },
  workbookCodeMissing: {
    code: 'validation_failed',
    zh: '缺少实施编码',
    en: 'The implementation code is missing.',
  },
  workbookCodeTwice: {
    code: 'validation_failed',
    zh: '实施编码 {code} 重复',
    en: 'The implementation code "{code}" appears twice.',
  },
  workbookCodeNotInItems: {
    code: 'validation_failed',
    zh: '实施编码 {code} 不在「{sheet}」表中',
    en: 'The code "{code}" is not in sheet "{sheet}".',
  },
  workbookStageRenamed: {
    code: 'validation_failed',
    zh: '环节 {stage} 的名称前后不一致',
    en: 'Stage "{stage}" has a different name in an earlier row.',
  },
  emptyQuery: {
    code: 'validation_failed',
    zh: '请输入要查找的事项',
    en: 'Type what you are looking for.',
    field: 'q',
  },
  queryTooLong: {
    code: 'validation_failed',
    zh: '查询最多 {max} 个字',
    en: 'At most {max} characters.',
    field: 'q',
  },
});

/** A message written "中文 / English" as its two parts. */
export function splitBilingual(message: string): { zh: string; en: string } {
  const i = message.indexOf(' / ');
  return i < 0 ? { zh: message, en: message } : { zh: message.slice(0, i), en: message.slice(i + 3) };
}
