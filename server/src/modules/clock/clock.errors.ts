import { defineErrors } from '../../errors.ts';

/** The refusals of the demo's movable clock. */
export const clockErrors = defineErrors('clock', {
  nothingToAdvance: {
    code: 'validation_failed',
    zh: '请给出要前进的时间',
    en: 'Give hours or days > 0.',
    field: 'hours',
  },
});
