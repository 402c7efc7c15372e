/** 一般 / 紧急 / 重大: how fast the command centre must move on an event of the class. */
export type Severity = 'general' | 'urgent' | 'critical';

/** 部件 (a broken or missing city component) or 事件 (something happening: a behaviour, a nuisance, a dispute). */
export type ClassKind = 'component' | 'event';

/** The four timed stages of an event: 受理 → 派遣 → 处置 → 核查 (结案 follows the check and is not timed). */
export type Stage = 'accept' | 'dispatch' | 'dispose' | 'verify';
export const STAGES: readonly Stage[] = ['accept', 'dispatch', 'dispose', 'verify'];

export type LimitUnit = 'working_hours' | 'working_days';

/** A time limit counted on the working calendar; fractions of an hour are allowed (0.5 = 30 minutes). */
export interface TimeLimit {
  amount: number;
  unit: LimitUnit;
}

export type StageLimits = Record<Stage, TimeLimit>;

/** 大类: two digits, e.g. 06 市容环境. */
export interface MajorClass {
  code: string;
  name: string;
  nameEn: string;
  kind: ClassKind;
}

/** 小类: five digits = the major's two + a three-digit sequence, e.g. 06010 暴露垃圾. */
export interface MinorClass {
  code: string;
  name: string;
  nameEn: string;
  majorCode: string;
  kind: ClassKind;
  defaultSeverity: Severity;
  /** Words citizens use for this class; the classifier learns from them as well as from labelled reports. */
  keywords: string[];
  limits: StageLimits;
  /** Stage limits for a report judged more or less severe than the default; unnamed stages keep `limits`. */
  severityLimits?: Partial<Record<Severity, Partial<StageLimits>>>;
  /** Event classes only: the component classes such events typically concern (暴露垃圾 → 垃圾箱). */
  components?: string[];
}

export interface Taxonomy {
  majors: MajorClass[];
  minors: MinorClass[];
}
