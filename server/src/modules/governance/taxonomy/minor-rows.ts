import type { ClassKind, MinorClass, Severity, StageLimits, TimeLimit } from './taxonomy.types.ts';

export const hours = (amount: number): TimeLimit => ({ amount, unit: 'working_hours' });
export const days = (amount: number): TimeLimit => ({ amount, unit: 'working_days' });

/**
 * The stage limits of a class from its severity and its 处置 limit. 受理 and 派遣 are the command centre's own
 * desk work: one working hour each, half an hour for 重大. 核查 is a grid worker's return visit: two working
 * hours, one for 紧急 and 重大.
 */
export function stageLimits(severity: Severity, dispose: TimeLimit): StageLimits {
  const desk = severity === 'critical' ? hours(0.5) : hours(1);
  return { accept: desk, dispatch: desk, dispose, verify: severity === 'general' ? hours(2) : hours(1) };
}

const SEVERITIES: readonly Severity[] = ['general', 'urgent', 'critical'];

/** '4h' → 4 working hours, '0.5h' → 30 minutes, '15d' → 15 working days. */
function parseLimit(text: string, row: string): TimeLimit {
  const m = /^(\d+(?:\.\d+)?)([hd])$/.exec(text);
  if (!m) throw new SyntaxError(`Bad 处置 limit "${text}" in taxonomy row: ${row}`);
  return m[2] === 'h' ? hours(Number(m[1])) : days(Number(m[1]));
}

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Reads the compact rows of the data files, one class a line:
 * `code|name|English name|severity|处置 limit|keyword,keyword,…|component,component,…` (the last field only for
 * events). The major is the code's first two digits. A malformed row throws at load, so a typo fails every test.
 */
export function parseMinorRows(kind: ClassKind, rows: readonly string[]): MinorClass[] {
  return rows.map((row) => {
    const fields = row.split('|');
    const [code, name, nameEn, severity, dispose, keywords, components] = fields;
    if (fields.length < 6 || fields.length > 7 || !code || !name || !nameEn || !dispose)
      throw new SyntaxError(`Taxonomy row needs 6 or 7 fields separated by |: ${row}`);
    if (!SEVERITIES.includes(severity as Severity))
      throw new SyntaxError(`Bad severity "${severity}" in taxonomy row: ${row}`);
    const minor: MinorClass = {
      code,
      name,
      nameEn,
      majorCode: code.slice(0, 2),
      kind,
      defaultSeverity: severity as Severity,
      keywords: list(keywords),
      limits: stageLimits(severity as Severity, parseLimit(dispose, row)),
    };
    const related = list(components);
    if (related.length > 0) minor.components = related;
    return minor;
  });
}
