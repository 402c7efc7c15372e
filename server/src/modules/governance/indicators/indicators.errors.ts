import { defineErrors } from '../../../errors.ts';

/** The refusals of the indicators. */
export const indicatorErrors = defineErrors('indicators', {
  fromAfterTo: {
    code: 'validation_failed',
    zh: '开始日期不能晚于结束日期',
    en: 'from must not be after to.',
    field: 'from',
  },
});
