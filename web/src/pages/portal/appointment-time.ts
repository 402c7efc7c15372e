import { DISTRICT_TIME_ZONE } from '../../i18n/index.tsx';

/** Times of the service centre are China Standard Time, wherever the browser is. */
const CST_OFFSET_MS = 8 * 3_600_000;

/** 09:30: the slot's clock time in China Standard Time. */
export const shanghaiClock = (iso: string): string =>
  new Date(new Date(iso).getTime() + CST_OFFSET_MS).toISOString().slice(11, 16);

/** 12月8日周二 / Tue, December 8: the day of an instant in China Standard Time. */
export const dayLabel = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: DISTRICT_TIME_ZONE,
  }).format(new Date(iso));
