import { defineErrors } from '../../../errors.ts';

/** The refusals of an event's steps (核实, 派遣, 处置, 核查, 合并, 评价 …). */
export const eventActionErrors = defineErrors('event-actions', {
  reasonsMissing: {
    code: 'validation_failed',
    zh: '请填写理由',
    en: 'Give at least one reason.',
    field: 'reasons',
  },
  notYourGrid: {
    code: 'out_of_jurisdiction',
    zh: '该事件不在您的网格内',
    en: 'This event is outside your grid.',
  },
  notYourUnit: {
    code: 'out_of_jurisdiction',
    zh: '该事件不是派给您单位的',
    en: 'This event was not dispatched to your unit.',
  },
  notTheReporter: { code: 'forbidden', zh: '只有上报人可以评价', en: 'Only the reporter rates the outcome.' },
  outsideDistrict: {
    code: 'internal',
    zh: '事件 {eventNo} 不在本区范围内',
    en: 'Event {eventNo} lies outside the district.',
  },
  unknownClass: {
    code: 'validation_failed',
    zh: '请选择正确的事件类别',
    en: 'Choose a known class.',
    field: 'classCode',
  },
  sameClass: { code: 'unprocessable', zh: '类别没有变化', en: 'The class is the same.', field: 'classCode' },
  disposalNoteMissing: {
    code: 'validation_failed',
    zh: '请填写处置情况',
    en: 'Say what was done.',
    field: 'note',
  },
  mergeTargetMissing: {
    code: 'validation_failed',
    zh: '请指明重复的原事件',
    en: 'Say which event this duplicates.',
    field: 'into',
  },
  mergeTargetNotFound: {
    code: 'not_found',
    zh: '没有该原事件',
    en: 'No such event to merge into.',
    field: 'into',
  },
  mergeTargetClosed: {
    code: 'unprocessable',
    zh: '原事件已办结，不能合并',
    en: 'That event is no longer open.',
    field: 'into',
  },
  ratingOutOfRange: {
    code: 'validation_failed',
    zh: '评价须为 1 到 5 星',
    en: 'Rate from 1 to 5.',
    field: 'rating',
  },
  alreadyRated: { code: 'conflict', zh: '已经评价过了', en: 'Already rated.', field: 'rating' },
  changedMeanwhile: {
    code: 'conflict',
    zh: '事件正由他人同时处理，请刷新后重试',
    en: 'Someone else is changing this event right now; reload and try again.',
    field: 'action',
  },
  notNow: {
    code: 'conflict',
    zh: '事件 {eventNo} 当前状态（{state}）不能执行此操作',
    en: 'Event {eventNo} is {state}; "{action}" is not allowed now.',
    field: 'action',
  },
});
