import { defineErrors } from '../../errors.ts';

/** The refusals of 在线监察. */
export const supervisionErrors = defineErrors('supervision', {
  periodBackwards: {
    code: 'validation_failed',
    zh: '结束时间须晚于开始时间',
    en: '"to" must be after "from".',
    field: 'to',
  },
});
