import { CST_OFFSET_MS, DAY_MS, dayOf, parseClock, weekdayOf } from '../../calendar/shanghai-time.ts';
import type { LocateResult } from '../../geography/geo-types.ts';

/** When a rule applies, in China time: days 1 (Monday) … 7 (Sunday); `to` before `from` runs past midnight. */
export interface TimeWindow {
  days: number[];
  from: string;
  to: string;
}

/** One line of the responsibility list (责任清单): class × area × time → the responsible unit. */
export interface RoutingRule {
  id: string;
  position: number;
  /** A minor class code (06013), a major class code (06) or * for every class. */
  classPattern: string;
  /** A street, community or grid code; null for the whole district. */
  areaCode: string | null;
  timeWindow: TimeWindow | null;
  unitId: string;
  userId: string | null;
  note: string;
  active: boolean;
}

export interface RouteInput {
  classCode: string;
  location: LocateResult;
  at: Date;
}

/** Where an event goes, and why: the rule that matched, or the street office that takes what no rule takes. */
export interface RouteDecision {
  unitId: string;
  userId: string | null;
  ruleId: string | null;
  fallback: boolean;
  /** The reason in words, for the event page and the command centre. */
  reason: { zh: string; en: string };
}

/** Day of the week (1 = Monday … 7 = Sunday) and minutes after midnight, China time. */
export function chinaWeekMinute(at: Date): { day: number; minute: number } {
  const day = dayOf(at);
  const minute = Math.floor((at.getTime() + CST_OFFSET_MS - day * DAY_MS) / 60_000);
  return { day: weekdayOf(day) || 7, minute };
}

/** Whether `at` falls inside the window; a window past midnight belongs to the day it starts on. */
export function inWindow(w: TimeWindow, at: Date): boolean {
  const { day, minute } = chinaWeekMinute(at);
  const from = parseClock(w.from);
  const to = parseClock(w.to);
  if (from <= to) return w.days.includes(day) && minute >= from && minute < to;
  const yesterday = day === 1 ? 7 : day - 1;
  return (w.days.includes(day) && minute >= from) || (w.days.includes(yesterday) && minute < to);
}

const ANY = '*';

const describeWindow = (w: TimeWindow | null) => (w ? `${w.from}–${w.to}` : '');

/**
 * The responsibility list compiled for routing: rules grouped by the class they name, so that a decision looks
 * at the few rules that can apply to its class (in list order) and not at the whole list.
 */
export class RuleBook {
  readonly #byPattern = new Map<string, RoutingRule[]>();
  readonly #forClass = new Map<string, RoutingRule[]>();

  constructor(
    rules: readonly RoutingRule[],
    /** The office of each street (street code → unit), which takes every event no rule gives to someone else. */
    private readonly streetOffices: ReadonlyMap<string, string>,
    /** Who takes an event when its street has no office on record either: the command centre. */
    private readonly lastResort: string,
    private readonly names: {
      unit(id: string): string;
      unitEn(id: string): string;
      area(code: string): string;
      className(code: string): string;
      classNameEn(code: string): string;
    },
  ) {
    const active = rules.filter((r) => r.active).sort((a, b) => a.position - b.position);
    for (const r of active) {
      const list = this.#byPattern.get(r.classPattern) ?? [];
      list.push(r);
      this.#byPattern.set(r.classPattern, list);
    }
  }

  get size(): number {
    let n = 0;
    for (const list of this.#byPattern.values()) n += list.length;
    return n;
  }

  /** The rules that can apply to a class, in list order (computed once per class). */
  rulesFor(classCode: string): RoutingRule[] {
    let list = this.#forClass.get(classCode);
    if (!list) {
      list = [
        ...(this.#byPattern.get(classCode) ?? []),
        ...(this.#byPattern.get(classCode.slice(0, 2)) ?? []),
        ...(this.#byPattern.get(ANY) ?? []),
      ].sort((a, b) => a.position - b.position);
      this.#forClass.set(classCode, list);
    }
    return list;
  }

  /** `exclude`: units that sent the event back as not theirs; the next line that fits takes it. */
  decide(input: RouteInput, exclude: ReadonlySet<string> = new Set()): RouteDecision {
    const place = input.location.microGrid.code;
    for (const rule of this.rulesFor(input.classCode)) {
      if (exclude.has(rule.unitId)) continue;
      if (rule.areaCode && !place.startsWith(rule.areaCode)) continue;
      if (rule.timeWindow && !inWindow(rule.timeWindow, input.at)) continue;
      const unit = this.names.unit(rule.unitId);
      const what = rule.classPattern === ANY ? '所有类别' : this.names.className(rule.classPattern);
      const where = rule.areaCode ? this.names.area(rule.areaCode) : '全区';
      const when = describeWindow(rule.timeWindow);
      return {
        unitId: rule.unitId,
        userId: rule.userId,
        ruleId: rule.id,
        fallback: false,
        reason: {
          zh: `责任清单第 ${rule.position} 条（${what} · ${where}${when ? ` · ${when}` : ''}）→ ${unit}`,
          en: `Responsibility list rule ${rule.position} (${rule.classPattern === ANY ? 'every class' : this.names.classNameEn(rule.classPattern)} · ${rule.areaCode ? this.names.area(rule.areaCode) : 'whole district'}${when ? ` · ${when}` : ''}) → ${this.names.unitEn(rule.unitId)}`,
        },
      };
    }
    const street = input.location.street.code;
    const candidate = this.streetOffices.get(street);
    const office = candidate && !exclude.has(candidate) ? candidate : undefined;
    const unitId = office ?? this.lastResort;
    return {
      unitId,
      userId: null,
      ruleId: null,
      fallback: true,
      reason: office
        ? {
            zh: `责任清单中没有适用的规则，由所在街道兜底：${this.names.unit(unitId)}`,
            en: `No rule of the responsibility list applies; the street's office takes it: ${this.names.unitEn(unitId)}`,
          }
        : {
            zh: `没有适用的规则，所在街道也未登记办事处，由指挥中心受理：${this.names.unit(unitId)}`,
            en: `No rule applies and the street has no office on record; the command centre takes it: ${this.names.unitEn(unitId)}`,
          },
    };
  }
}
