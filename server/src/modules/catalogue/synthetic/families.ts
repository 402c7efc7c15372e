import type { ItemDefinitionT } from '../item-definition.ts';

/**
 * Building blocks of synthetic item names. A family is a department's group of similar items; its names are
 * multiplied the way real implementation lists are: by handling act (新办/变更/延续/注销, the GB/T 39554.1-2020
 * business-handling level) or by 申请情形 ("户口迁入（夫妻投靠）").
 */

export type Kind =
  | 'licence' // 行政许可 with a licence document
  | 'approval' // 行政许可 answered by an approval document
  | 'registration' // 登记 (market entities, civil status)
  | 'filing' // 备案
  | 'certificate' // a card or certificate for a person
  | 'benefit' // 行政给付: allowances, subsidies, relief
  | 'confirmation' // 行政确认: 认定, 鉴定, 核定
  | 'service'; // 公共服务: certificates of fact, queries, bookings

type HandlingKind = NonNullable<ItemDefinitionT['handlingKind']>;
export type Act = readonly [suffix: string, kind: HandlingKind | null];

export const ACTS = {
  licence: [
    ['核发', 'new'],
    ['变更', 'change'],
    ['延续', 'renew'],
    ['注销', 'cancel'],
  ],
  certificate: [
    ['申领', 'new'],
    ['换领', 'renew'],
    ['补领', null],
  ],
  registration: [
    ['设立登记', 'new'],
    ['变更登记', 'change'],
    ['注销登记', 'cancel'],
  ],
  filing: [
    ['备案', 'new'],
    ['变更备案', 'change'],
    ['注销备案', 'cancel'],
  ],
  qualification: [
    ['（首次申请）', 'new'],
    ['（增项）', null],
    ['（延续）', 'renew'],
    ['（变更）', 'change'],
  ],
  practice: [
    ['执业注册', 'new'],
    ['变更执业注册', 'change'],
    ['延续执业注册', 'renew'],
    ['注销执业注册', 'cancel'],
  ],
  permit: [
    ['审批', 'new'],
    ['延期', 'renew'],
  ],
} as const satisfies Record<string, readonly Act[]>;
export type ActSet = keyof typeof ACTS;

/** `streets` means: implemented by each street office separately (Foshan delegated these powers to 镇街). */
export type DeptRef = string | 'streets';
export const STREET_OFFICES = ['st-shiwan', 'st-zhangcha', 'st-zumiao', 'st-nanzhuang'] as const;

export interface Family {
  dept: DeptRef;
  who: 'N' | 'L';
  kind: Kind;
  names: readonly string[];
  acts?: ActSet;
  /** Each 申请情形 becomes its own item: "name（情形）". */
  cases?: readonly string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const split = (s: string) => s.split('、').filter(Boolean);

/** Shorthand for the vocabulary files: names separated by 、 as Chinese lists write them. */
export const family =
  (who: 'N' | 'L') =>
  (dept: DeptRef, kind: Kind, names: string, opts: { acts?: ActSet; cases?: string } = {}): Family => ({
    dept,
    who,
    kind,
    names: split(names),
    ...(opts.acts ? { acts: opts.acts } : {}),
    ...(opts.cases ? { cases: split(opts.cases) } : {}),
  });

export interface Candidate {
  name: string;
  dept: string;
  who: 'N' | 'L';
  kind: Kind;
  /** Index of the family in its vocabulary: items of one family share a basic-code stem. */
  familyIndex: number;
  level: ItemDefinitionT['level'];
  handlingKind: HandlingKind | null;
  /** The subject without act or case, e.g. 排污许可证 (used for result names and keywords). */
  subject: string;
  /** family (3 digits) + subject (2) + act or case (2): the same for every street office implementing it. */
  basicKey: string;
}

/** Every item a family stands for, in a fixed order. */
export function expandFamily(f: Family, familyIndex: number): Candidate[] {
  const depts = f.dept === 'streets' ? [...STREET_OFFICES] : [f.dept];
  const out: Candidate[] = [];
  for (const dept of depts) {
    for (const [s, subject] of f.names.entries()) {
      const key = (variant: number) => pad(familyIndex, 3) + pad(s, 2) + pad(variant, 2);
      const base = { dept, who: f.who, kind: f.kind, familyIndex, subject };
      if (f.acts) {
        for (const [a, [suffix, kind]] of ACTS[f.acts].entries())
          out.push({
            ...base,
            name: subject + suffix,
            level: 'handling',
            handlingKind: kind,
            basicKey: key(a + 1),
          });
      } else if (f.cases) {
        for (const [k, c] of f.cases.entries())
          out.push({
            ...base,
            name: `${subject}（${c}）`,
            level: 'sub_item',
            handlingKind: null,
            basicKey: key(k + 1),
          });
      } else {
        out.push({ ...base, name: subject, level: 'item', handlingKind: null, basicKey: key(0) });
      }
    }
  }
  return out;
}
