import { days, hours } from './minor-rows.ts';
import type { MinorClass, Severity, StageLimits, TimeLimit } from './taxonomy.types.ts';
import { STAGES } from './taxonomy.types.ts';

const RANK: Record<Severity, number> = { general: 0, urgent: 1, critical: 2 };

/**
 * The longest each stage may take when a report is judged 紧急 or 重大 and the class has no limit of its own for
 * that severity. 处置 here means the hazard is dealt with (fenced, stopped, made safe); a longer repair follows
 * as a task of its own.
 */
const CAPS: Record<Exclude<Severity, 'general'>, StageLimits> = {
  urgent: { accept: hours(1), dispatch: hours(1), dispose: days(1), verify: hours(1) },
  critical: { accept: hours(0.5), dispatch: hours(0.5), dispose: hours(4), verify: hours(1) },
};

/**
 * Only to compare two limits; deadlines themselves are counted on the working calendar
 * (calendar/working-hours.ts), where a working day has the office hours it has.
 */
const NOMINAL_HOURS_PER_DAY = 8;
const inHours = (limit: TimeLimit) =>
  limit.unit === 'working_hours' ? limit.amount : limit.amount * NOMINAL_HOURS_PER_DAY;
const shorter = (a: TimeLimit, b: TimeLimit) => (inHours(b) < inHours(a) ? b : a);

/**
 * The stage limits of a report of this class at the severity it was judged to have. The class's own
 * `severityLimits` win; otherwise a report more severe than the class's default gets each stage capped as
 * CAPS says, and a report judged milder keeps the class's limits (they are never lengthened on their own).
 */
export function limitsFor(minor: MinorClass, severity: Severity = minor.defaultSeverity): StageLimits {
  const own = minor.severityLimits?.[severity];
  const cap =
    severity !== 'general' && RANK[severity] > RANK[minor.defaultSeverity] ? CAPS[severity] : undefined;
  const out = { ...minor.limits };
  for (const stage of STAGES) {
    if (cap) out[stage] = shorter(out[stage], cap[stage]);
    const override = own?.[stage];
    if (override) out[stage] = override;
  }
  return out;
}
