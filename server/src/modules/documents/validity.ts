import { formatChineseDate } from './chinese-date.ts';

/** 有效期限 as certificates print it. */
export function validityText(validFrom?: Date, validUntil?: Date): string {
  if (!validUntil) return validFrom ? `自${formatChineseDate(validFrom)}起长期有效` : '长期';
  if (!validFrom) return `至${formatChineseDate(validUntil)}`;
  if (validUntil.getTime() < validFrom.getTime()) throw new Error('validity ends before it starts');
  return `${formatChineseDate(validFrom)}至${formatChineseDate(validUntil)}`;
}
