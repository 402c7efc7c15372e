import { bilingual } from '../../../errors.ts';
import type { MajorClass, MinorClass, Taxonomy, TimeLimit } from './taxonomy.types.ts';
import { STAGES } from './taxonomy.types.ts';

export type TaxonomyProblemId =
  | 'bad_code'
  | 'duplicate_code'
  | 'unknown_major'
  | 'code_not_in_major'
  | 'kind_mismatch'
  | 'missing_name'
  | 'bad_severity'
  | 'bad_keywords'
  | 'missing_limit'
  | 'bad_amount'
  | 'bad_unit'
  | 'unknown_component';

/** One problem: a stable id, the path of the field inside the taxonomy (`minors.12.limits.dispose`), what to do. */
export interface TaxonomyProblem {
  id: TaxonomyProblemId;
  field: string;
  message: string;
}

const MAJOR_CODE = /^\d{2}$/;
const MINOR_CODE = /^\d{5}$/;
const KINDS = new Set(['component', 'event']);
const SEVERITIES = new Set(['general', 'urgent', 'critical']);
const UNITS = new Set(['working_hours', 'working_days']);

// Administrators' edits arrive as JSON: every field may be missing or of the wrong type, so read them loosely.
type Loose<T> = { [K in keyof T]?: unknown };
type Report = (id: TaxonomyProblemId, field: string, zh: string, en: string) => void;

/**
 * Every problem of a taxonomy, in the order of the data; an empty list means it can be published. Checks codes
 * (format, duplicates, the major a minor's code starts with), names, kinds, severities, keywords, the four stage
 * limits and any per-severity limits (present, positive, a known unit) and the component classes events refer to.
 */
export function validateTaxonomy(taxonomy: Taxonomy): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const report: Report = (id, field, zh, en) => problems.push({ id, field, message: bilingual(zh, en) });
  const majors = Array.isArray(taxonomy.majors) ? (taxonomy.majors as Loose<MajorClass>[]) : [];
  const minors = Array.isArray(taxonomy.minors) ? (taxonomy.minors as Loose<MinorClass>[]) : [];

  const majorKinds = new Map<string, unknown>();
  for (const [i, major] of majors.entries()) checkMajor(major, `majors.${i}`, majorKinds, report);
  const minorKinds = new Map<string, unknown>();
  for (const minor of minors) {
    const code = String(minor.code ?? '');
    if (MINOR_CODE.test(code) && !minorKinds.has(code)) minorKinds.set(code, minor.kind);
  }
  const seen = new Set<string>();
  minors.forEach((minor, i) => {
    const at = `minors.${i}`;
    checkMinorCode(minor, at, seen, majorKinds, report);
    checkNames(minor, at, report);
    if (!SEVERITIES.has(String(minor.defaultSeverity)))
      report(
        'bad_severity',
        `${at}.defaultSeverity`,
        '默认等级应为 general、urgent 或 critical',
        'Default severity must be general, urgent or critical.',
      );
    const keywords = minor.keywords;
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string' || k.trim() === ''))
      report(
        'bad_keywords',
        `${at}.keywords`,
        '关键词应为非空文字的列表',
        'Keywords must be a list of non-empty words.',
      );
    checkLimits(minor.limits, `${at}.limits`, true, report);
    checkSeverityLimits(minor.severityLimits, `${at}.severityLimits`, report);
    checkComponents(minor.components, `${at}.components`, minorKinds, report);
  });
  return problems;
}

function checkMajor(major: Loose<MajorClass>, at: string, kinds: Map<string, unknown>, report: Report): void {
  const code = String(major.code ?? '');
  if (!MAJOR_CODE.test(code))
    report(
      'bad_code',
      `${at}.code`,
      `大类代码 "${code}" 应为两位数字`,
      `Major code "${code}" must be two digits.`,
    );
  else if (kinds.has(code))
    report('duplicate_code', `${at}.code`, `大类代码 ${code} 重复`, `Major code ${code} is used twice.`);
  else kinds.set(code, major.kind);
  checkNames(major, at, report);
  if (!KINDS.has(String(major.kind)))
    report('kind_mismatch', `${at}.kind`, '类型应为 component 或 event', 'Kind must be component or event.');
}

/** The code's format and uniqueness, its major, and the kind it inherits from the major. */
function checkMinorCode(
  minor: Loose<MinorClass>,
  at: string,
  seen: Set<string>,
  majorKinds: Map<string, unknown>,
  report: Report,
): void {
  const code = String(minor.code ?? '');
  const majorCode = String(minor.majorCode ?? '');
  if (!MINOR_CODE.test(code))
    report(
      'bad_code',
      `${at}.code`,
      `小类代码 "${code}" 应为五位数字`,
      `Minor code "${code}" must be five digits.`,
    );
  else if (seen.has(code))
    report('duplicate_code', `${at}.code`, `小类代码 ${code} 重复`, `Minor code ${code} is used twice.`);
  seen.add(code);
  if (!majorKinds.has(majorCode)) {
    report('unknown_major', `${at}.majorCode`, `大类 ${majorCode} 不存在`, `Unknown major "${majorCode}".`);
    return;
  }
  if (MINOR_CODE.test(code) && !code.startsWith(majorCode))
    report(
      'code_not_in_major',
      `${at}.code`,
      `小类代码 ${code} 应以所属大类代码 ${majorCode} 开头`,
      `Minor code ${code} must start with its major's code ${majorCode}.`,
    );
  const kind = String(majorKinds.get(majorCode));
  if (minor.kind !== kind)
    report(
      'kind_mismatch',
      `${at}.kind`,
      `小类类型应与大类 ${majorCode} 一致（${kind}）`,
      `Kind must match major ${majorCode} (${kind}).`,
    );
}

function checkNames(entry: { name?: unknown; nameEn?: unknown }, at: string, report: Report): void {
  if (typeof entry.name !== 'string' || entry.name.trim() === '')
    report('missing_name', `${at}.name`, '缺少中文名称', 'The Chinese name is missing.');
  if (typeof entry.nameEn !== 'string' || entry.nameEn.trim() === '')
    report('missing_name', `${at}.nameEn`, '缺少英文名称', 'The English name is missing.');
}

/** `complete`: all four stages must be there (the class's own limits) rather than only the ones overridden. */
function checkLimits(limits: unknown, at: string, complete: boolean, report: Report): void {
  const stages = typeof limits === 'object' && limits !== null ? (limits as Record<string, unknown>) : {};
  for (const stage of STAGES) {
    const limit = stages[stage] as Loose<TimeLimit> | undefined | null;
    const field = `${at}.${stage}`;
    if (limit === undefined || limit === null) {
      if (complete)
        report('missing_limit', field, `缺少 ${stage} 环节的时限`, `The ${stage} stage has no time limit.`);
      continue;
    }
    const amount = limit.amount;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0)
      report('bad_amount', `${field}.amount`, '时限应为正数', 'The time limit must be a positive number.');
    if (!UNITS.has(String(limit.unit)))
      report(
        'bad_unit',
        `${field}.unit`,
        '时限单位应为 working_hours 或 working_days',
        'The unit must be working_hours or working_days.',
      );
  }
}

function checkSeverityLimits(bySeverity: unknown, at: string, report: Report): void {
  if (bySeverity === undefined) return;
  if (typeof bySeverity !== 'object' || bySeverity === null) {
    report('missing_limit', at, '分级时限格式不正确', 'Severity limits must be an object.');
    return;
  }
  for (const [severity, limits] of Object.entries(bySeverity)) {
    if (SEVERITIES.has(severity)) checkLimits(limits, `${at}.${severity}`, false, report);
    else
      report('bad_severity', `${at}.${severity}`, `未知等级 ${severity}`, `Unknown severity "${severity}".`);
  }
}

function checkComponents(components: unknown, at: string, kinds: Map<string, unknown>, report: Report): void {
  if (components === undefined) return;
  (Array.isArray(components) ? components : [components]).forEach((component, j) => {
    if (kinds.get(String(component)) !== 'component')
      report(
        'unknown_component',
        `${at}.${j}`,
        `${String(component)} 不是部件小类`,
        `"${String(component)}" is not a component class.`,
      );
  });
}
