import { defineErrors } from '../../errors.ts';

/** The refusals of the working-day calendar. */
export const calendarErrors = defineErrors('calendar', {
  invalidDate: {
    code: 'validation_failed',
    zh: '日期 "{date}" 无效，请使用 YYYY-MM-DD（{min}–{max} 年）',
    en: '"{date}" is not a date YYYY-MM-DD between {min} and {max}.',
    field: 'date',
  },
  workdayAlready: {
    code: 'validation_failed',
    zh: '{date} 是周一至周五，本来就是工作日；如要取消假日，请删除该日',
    en: '{date} is a Monday–Friday and a working day already; to undo a holiday, delete the day instead.',
    field: 'kind',
  },
  dayNotReadBack: {
    code: 'internal',
    zh: '日历日期未能读回',
    en: 'The calendar day could not be read back.',
  },
  noSuchDay: { code: 'not_found', zh: '未找到该记录', en: 'Calendar day not found', field: 'date' },
  invalidStart: {
    code: 'validation_failed',
    zh: '开始时间无效',
    en: '"{start}" is not a date-time.',
    field: 'start',
  },
});
