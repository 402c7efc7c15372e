/**
 * The event classes of the city-governance platform (一网统管). The structure follows GB/T 47678.5 — two-digit
 * majors, five-digit minors (major + a three-digit sequence) — with the majors and the minor codes listed in the
 * project issue (BRIEF §3): component majors 01–05, event majors 06–10 with 06001 私搭乱建, 06010 暴露垃圾,
 * 06013 道路破损, 06028 噪声扰民, 07001 非法小广告, 08001 施工扰民, 08016 无证建设, 09006 占道经营,
 * 09009 机动车乱停放, 09011 共享单车乱象 and 09012 占用消防通道 at those numbers, and seven social-governance
 * majors 11–17 that extend it to the seed platform's 17. Every other minor code and name is the project's own
 * (names of the field, not quoted from the standard). Administrators edit this; validate-taxonomy.ts checks it.
 */

import { CITY_EVENT_MINORS } from './minors-city-events.data.ts';
import { COMPONENT_MINORS } from './minors-components.data.ts';
import { SOCIAL_MINORS } from './minors-social.data.ts';
import type { MajorClass, Taxonomy } from './taxonomy.types.ts';

export const MAJORS: MajorClass[] = [
  { code: '01', name: '市政公用设施', nameEn: 'Public utility facilities', kind: 'component' },
  { code: '02', name: '交通设施', nameEn: 'Traffic facilities', kind: 'component' },
  { code: '03', name: '市容环卫设施', nameEn: 'Sanitation facilities', kind: 'component' },
  { code: '04', name: '园林绿化设施', nameEn: 'Landscaping and greenery', kind: 'component' },
  // The issue calls this major 其他; it holds 房屋土地 and public fittings, so it is named apart from event 10.
  { code: '05', name: '其他设施', nameEn: 'Other facilities', kind: 'component' },
  { code: '06', name: '市容环境', nameEn: 'City appearance and environment', kind: 'event' },
  { code: '07', name: '宣传广告', nameEn: 'Publicity and advertising', kind: 'event' },
  { code: '08', name: '施工管理', nameEn: 'Construction management', kind: 'event' },
  { code: '09', name: '街面秩序', nameEn: 'Street order', kind: 'event' },
  { code: '10', name: '其他', nameEn: 'Other', kind: 'event' },
  { code: '11', name: '治安防范', nameEn: 'Public security', kind: 'event' },
  { code: '12', name: '消防安全', nameEn: 'Fire safety', kind: 'event' },
  { code: '13', name: '矛盾纠纷', nameEn: 'Disputes', kind: 'event' },
  { code: '14', name: '安全生产', nameEn: 'Workplace and production safety', kind: 'event' },
  { code: '15', name: '生态环境', nameEn: 'Ecology and environment', kind: 'event' },
  { code: '16', name: '食品药品安全', nameEn: 'Food and drug safety', kind: 'event' },
  { code: '17', name: '劳动保障', nameEn: 'Labour protection', kind: 'event' },
];

export const TAXONOMY: Taxonomy = {
  majors: MAJORS,
  minors: [...COMPONENT_MINORS, ...CITY_EVENT_MINORS, ...SOCIAL_MINORS],
};
