import { defineErrors } from '../../errors.ts';

/** The refusals of 我的消息. */
export const messageErrors = defineErrors('messages', {
  signInFirst: { code: 'unauthenticated', zh: '请先登录', en: 'Please sign in.' },
  noListForIntegrations: {
    code: 'forbidden',
    zh: '系统对接账号没有消息列表',
    en: 'An integration account has no message list.',
  },
});
