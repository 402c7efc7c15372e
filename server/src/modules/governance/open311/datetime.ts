/**
 * Date/time text for Open311: the W3C profile of ISO 8601, always with a zone (Z or ±HH:MM), as the specification
 * requires for every date/time field.
 */

/** Asia/Shanghai is UTC+8 all year, so the offset is a constant rather than time-zone data. */
export const SHANGHAI_OFFSET_MINUTES = 480;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** An instant as e.g. 2026-12-02T15:04:05+08:00 (whole seconds, in the given UTC offset). */
export function formatW3cDateTime(instant: Date, utcOffsetMinutes = SHANGHAI_OFFSET_MINUTES): string {
  const time = instant.getTime();
  if (!Number.isFinite(time)) throw new RangeError('formatW3cDateTime: invalid Date');
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > 14 * 60) {
    throw new RangeError(`formatW3cDateTime: offset ${utcOffsetMinutes} is not whole minutes within ±14:00`);
  }
  const local = new Date(time + utcOffsetMinutes * 60_000);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

function realDate(y: number, mo: number, d: number): boolean {
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

interface IsoParts {
  hasTime: boolean;
  hasZone: boolean;
}

/** The shape of a valid ISO 8601 date or date-time (W3C profile), or null; zone and time are optional here. */
function isoParts(text: string): IsoParts | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!realDate(y, mo, d)) return null;
  if (m[4] !== undefined) {
    const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
  }
  if (m[9] !== undefined && (Number(m[9]) > 14 || Number(m[10]) > 59)) return null;
  return { hasTime: m[4] !== undefined, hasZone: m[8] !== undefined };
}

/** True for a date-time with seconds optional and a zone required, e.g. 2010-04-14T06:37:38-08:00 or …Z. */
export function isW3cDateTime(text: string): boolean {
  const parts = isoParts(text);
  return parts?.hasTime === true && parts.hasZone;
}

/**
 * True for what a datetime attribute may hold: "must be able to transform into a valid ISO 8601 date", so a date
 * alone (2026-12-02) or a date-time with or without a zone.
 */
export function isIsoDateOrDateTime(text: string): boolean {
  return isoParts(text) !== null;
}

/** The instant of a W3C date-time with zone (e.g. a start_date query value), or null when it is not one. */
export function parseW3cDateTime(text: string): Date | null {
  if (!isW3cDateTime(text)) return null;
  const instant = new Date(text);
  return Number.isFinite(instant.getTime()) ? instant : null;
}
