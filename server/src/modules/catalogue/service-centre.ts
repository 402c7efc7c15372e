/**
 * Where applicants go: the district's service centre and its one-window counters (综合窗口), printed in every
 * guide. DEMO VALUES — the address, hours and phone below are plausible placeholders for the demo district; a
 * deploying district replaces them with its own.
 */
export const SERVICE_CENTRE = {
  name: '禅城区行政服务中心',
  address: '广东省佛山市禅城区季华五路 18 号（演示地址）',
  hours: '周一至周五 9:00–12:00、14:00–17:30；周六 9:00–12:00（法定节假日除外）（演示时间）',
  phone: '0757-8300 0000（演示电话）',
  windows: '综合窗口 1–12 号（无差别受理，任一综合窗口均可办理）',
} as const;

/** An item whose applicants must all come in person (e.g. both parties of a marriage) is never offered online. */
export const needsAllPartiesInPerson = (def: { acceptConditions: readonly { id: string }[] }): boolean =>
  def.acceptConditions.some((c) => c.id === 'both_in_person');

/**
 * Whether an item can be applied for online: deep enough online (网上办理深度 3 or 4: 全程网办 or 一次到现场 after an
 * online application), and not one that needs all parties in person.
 */
export const offeredOnline = (def: {
  onlineDepth: number;
  acceptConditions: readonly { id: string }[];
}): boolean => def.onlineDepth >= 3 && !needsAllPartiesInPerson(def);
