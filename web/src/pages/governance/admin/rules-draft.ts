import type { RoutingRule, RoutingRuleInput, RuleTimeWindow } from '../../../api/governance.ts';

/** One line of the responsibility list while it is edited; `key` follows the line when it moves. */
export interface RuleRow {
  key: string;
  /** The saved line's id; null for a line added here. */
  id: string | null;
  /** '' until a class is picked. */
  classPattern: string;
  areaCode: string | null;
  timeWindow: RuleTimeWindow | null;
  /** '' until a unit is picked. */
  unitId: string;
  userId: string | null;
  note: string;
  active: boolean;
}

export type RuleField = 'classPattern' | 'areaCode' | 'timeWindow' | 'unitId' | 'userId' | 'note' | 'active';
const RULE_FIELDS: ReadonlySet<string> = new Set<RuleField>([
  'classPattern',
  'areaCode',
  'timeWindow',
  'unitId',
  'userId',
  'note',
  'active',
]);

/** What is wrong with which line: line key → field → message. */
export type RowErrors = Record<string, Partial<Record<RuleField, string>>>;

export const NOTE_MAX = 200;
/** A new time window: every day, office hours. */
export const DEFAULT_WINDOW: RuleTimeWindow = { days: [1, 2, 3, 4, 5, 6, 7], from: '08:00', to: '18:00' };
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export const rowsFromRules = (rules: readonly RoutingRule[], key: () => string): RuleRow[] =>
  [...rules]
    .sort((a, b) => a.position - b.position)
    .map((r) => ({
      key: key(),
      id: r.id,
      classPattern: r.classPattern,
      areaCode: r.areaCode,
      timeWindow: r.timeWindow
        ? { ...r.timeWindow, days: [...r.timeWindow.days].sort((a, b) => a - b) }
        : null,
      unitId: r.unitId,
      userId: r.userId,
      note: r.note,
      active: r.active,
    }));

export const newRow = (key: string): RuleRow => ({
  key,
  id: null,
  classPattern: '',
  areaCode: null,
  timeWindow: null,
  unitId: '',
  userId: null,
  note: '',
  active: true,
});

/** The lines as the server takes them, in the order shown. */
export const rulesFromRows = (rows: readonly RuleRow[]): RoutingRuleInput[] =>
  rows.map((r) => ({
    classPattern: r.classPattern,
    areaCode: r.areaCode || null,
    timeWindow: r.timeWindow
      ? { days: [...r.timeWindow.days].sort((a, b) => a - b), from: r.timeWindow.from, to: r.timeWindow.to }
      : null,
    unitId: r.unitId,
    userId: r.userId,
    note: r.note.trim(),
    active: r.active,
  }));

/** Moves the line at `index` up (-1) or down (+1); at either end the list stays as it is. */
export function moveRow<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Moves the line at `from` so that it stands at `to` (both clamped to the list), the others keeping their order. */
export function moveRowTo<T>(rows: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, row!);
  return next;
}

/** Inserts a line at `index` (clamped to the list), e.g. below the line where "add" was clicked. */
export function insertRow<T>(rows: readonly T[], index: number, row: T): T[] {
  const at = Math.max(0, Math.min(index, rows.length));
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}

export const removeRow = (rows: readonly RuleRow[], key: string): RuleRow[] =>
  rows.filter((r) => r.key !== key);

export const updateRow = (rows: readonly RuleRow[], key: string, changes: Partial<RuleRow>): RuleRow[] =>
  rows.map((r) => (r.key === key ? { ...r, ...changes } : r));

/** Whether the edited list differs from the saved one (order included). */
export const isChanged = (rows: readonly RuleRow[], saved: readonly RuleRow[]): boolean =>
  JSON.stringify(rulesFromRows(rows)) !== JSON.stringify(rulesFromRows(saved));

export interface RuleCheckTexts {
  classRequired: string;
  unitRequired: string;
  daysRequired: string;
  clockInvalid: string;
  clockSame: string;
  noteTooLong: string;
}

/** What can be told before asking the server: a line without class or unit, a time window that cannot work. */
export function checkRows(rows: readonly RuleRow[], texts: RuleCheckTexts): RowErrors {
  const errors: RowErrors = {};
  const add = (key: string, field: RuleField, message: string) => {
    errors[key] = { ...errors[key], [field]: message };
  };
  for (const r of rows) {
    if (!r.classPattern) add(r.key, 'classPattern', texts.classRequired);
    if (!r.unitId) add(r.key, 'unitId', texts.unitRequired);
    if (r.note.trim().length > NOTE_MAX) add(r.key, 'note', texts.noteTooLong);
    const w = r.timeWindow;
    if (w) {
      if (w.days.length === 0) add(r.key, 'timeWindow', texts.daysRequired);
      else if (!CLOCK.test(w.from) || !CLOCK.test(w.to)) add(r.key, 'timeWindow', texts.clockInvalid);
      else if (w.from === w.to) add(r.key, 'timeWindow', texts.clockSame);
    }
  }
  return errors;
}

/**
 * The line and field a server refusal names (`rules.3.timeWindow.days` → the fourth line sent, its time window),
 * by the keys of the lines in the order they were sent. Null when it names no line.
 */
export function rowErrorOf(
  field: string | undefined,
  sentKeys: readonly string[],
): { key: string; field: RuleField } | null {
  const m = /^rules\.(\d+)\.([A-Za-z]+)/.exec(field ?? '');
  if (!m) return null;
  const key = sentKeys[Number(m[1])];
  if (key === undefined) return null;
  const name = RULE_FIELDS.has(m[2]!) ? (m[2] as RuleField) : 'classPattern';
  return { key, field: name };
}

export interface DayTexts {
  everyDay: string;
  workdays: string;
  weekend: string;
  /** 1 = Monday … 7 = Sunday. */
  day: (n: number) => string;
  separator: string;
}

/** The days of a window as people say them: 每天, 工作日, 周末, or the days listed. */
export function daysLabel(days: readonly number[], texts: DayTexts): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const same = (list: number[]) => sorted.length === list.length && list.every((d, i) => sorted[i] === d);
  if (same([1, 2, 3, 4, 5, 6, 7])) return texts.everyDay;
  if (same([1, 2, 3, 4, 5])) return texts.workdays;
  if (same([6, 7])) return texts.weekend;
  return sorted.map(texts.day).join(texts.separator);
}

/** "22:00–06:00 (次日)" when the window runs past midnight. */
export const crossesMidnight = (w: RuleTimeWindow): boolean => w.to < w.from;

const sameWindow = (a: RuleTimeWindow, b: RuleTimeWindow) =>
  a.from === b.from &&
  a.to === b.to &&
  a.days.length === b.days.length &&
  a.days.every((d) => b.days.includes(d));

/** Whether line `wide` takes every event line `narrow` would: its class, area and hours are the same or wider. */
function covers(wide: RuleRow, narrow: RuleRow): boolean {
  const classes = wide.classPattern === '*' || narrow.classPattern.startsWith(wide.classPattern);
  const area = !wide.areaCode || (narrow.areaCode ?? '').startsWith(wide.areaCode);
  const hours =
    !wide.timeWindow || (narrow.timeWindow !== null && sameWindow(wide.timeWindow, narrow.timeWindow));
  return classes && area && hours;
}

/**
 * The first line above line `index` that takes every event it would, or null. The list is read top down and the
 * first fitting line wins, so a shadowed line dispatches only when the unit of the line above sends the event
 * back as not theirs — and never when both lines name the same unit.
 */
export function shadowOf(
  rows: readonly RuleRow[],
  index: number,
): { line: number; sameUnit: boolean } | null {
  const row = rows[index];
  if (!row?.active || !row.classPattern) return null;
  for (let i = 0; i < index; i++) {
    const above = rows[i]!;
    if (above.active && above.classPattern && covers(above, row))
      return { line: i + 1, sameUnit: above.unitId === row.unitId };
  }
  return null;
}
