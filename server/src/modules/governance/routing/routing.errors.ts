import { defineErrors } from '../../../errors.ts';

/** The refusals of the taxonomy and responsibility-list editors. */
export const routingErrors = defineErrors('routing', {
  taxonomyProblems: {
    code: 'validation_failed',
    zh: '事件分类有 {count} 处问题',
    en: 'The taxonomy has {count} problem(s).',
  },
  classesInUse: {
    code: 'unprocessable',
    zh: '以下类别已有事件使用，不能删除：{zhList}',
    en: 'Events are filed under {enList}: those classes cannot be removed.',
    field: 'minors',
  },
  ruleNoClass: {
    code: 'validation_failed',
    zh: '第 {n} 条：没有类别 {classPattern}',
    en: 'Rule {n}: no class {classPattern}.',
  },
  ruleNoArea: {
    code: 'validation_failed',
    zh: '第 {n} 条：没有区域 {areaCode}',
    en: 'Rule {n}: no street, community or grid {areaCode}.',
  },
  ruleBadDays: {
    code: 'validation_failed',
    zh: '第 {n} 条：星期须为 1–7 且不重复',
    en: 'Rule {n}: days are 1 (Monday) to 7, each once.',
  },
  ruleBadHours: {
    code: 'validation_failed',
    zh: '第 {n} 条：时段须为 HH:MM 且起止不同',
    en: 'Rule {n}: from and to are HH:MM and differ.',
  },
  ruleNoUnit: {
    code: 'validation_failed',
    zh: '第 {n} 条：没有单位 {unitId}',
    en: 'Rule {n}: no unit {unitId}.',
  },
  ruleUserNotInUnit: {
    code: 'validation_failed',
    zh: '第 {n} 条：该人员不在此单位',
    en: 'Rule {n}: that person is not an active member of the unit.',
  },
  noClass: {
    code: 'validation_failed',
    zh: '没有类别 {classCode}',
    en: 'No class {classCode}.',
    field: 'classCode',
  },
  outsideDistrict: {
    code: 'unprocessable',
    zh: '该位置不在本区范围内',
    en: 'This place is outside the district.',
    field: 'lng',
  },
});
