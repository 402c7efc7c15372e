import type { CHANCHENG_DEPARTMENTS } from '../../organisation/departments.data.ts';

type DepartmentId = (typeof CHANCHENG_DEPARTMENTS)[number]['id'];

/** A department, or 'street': the office (街道办 / 镇政府) of the street the component stands in. */
export type UnitRef = DepartmentId | 'street';

/**
 * What the registry knows of each component class besides its name: how common it is, who owns it (权属单位)
 * and who maintains it (养护单位), and whether it can go missing (a cover or a bin can be stolen; a lamp
 * post or a tree cannot, it is removed).
 */
export interface ClassProfile {
  /** Components of this class per 1,000 in a Chinese urban district's registry (部件普查), rounded. */
  perThousand: number;
  owner: UnitRef;
  maintainer: UnitRef;
  portable: boolean;
}

/*
 * Weights: manhole covers of every kind and street lamps dominate a registry, then street trees, drain
 * grates, bins and signs; hydrants, toilets, refuse points, heritage trees, footbridges and shelters are rare.
 * At Chancheng's 580,000 components this gives about 75,000 lamps, 900 public toilets, 350 heritage trees
 * and 90 footbridges.
 *
 * Units: the bureau that runs the network owns it. Power and telecom covers, transformer boxes and poles
 * belong to the grid and carrier companies, which are not district departments; the housing and construction
 * bureau (hcb) that supervises utility works stands in for them. Sanitation and green fittings are owned by
 * urban management (uml) and kept by the street offices, as districts of Guangdong contract them out.
 */
// biome-ignore format: one class per line reads as a table
export const CLASS_PROFILES: Readonly<Record<string, ClassProfile>> = {
  '01001': { perThousand: 85, owner: 'wab', maintainer: 'wab', portable: true },     // 上水井盖
  '01002': { perThousand: 80, owner: 'wab', maintainer: 'wab', portable: true },     // 污水井盖
  '01003': { perThousand: 80, owner: 'hcb', maintainer: 'wab', portable: true },     // 雨水井盖
  '01004': { perThousand: 60, owner: 'hcb', maintainer: 'hcb', portable: true },     // 电力井盖
  '01005': { perThousand: 65, owner: 'hcb', maintainer: 'hcb', portable: true },     // 通信井盖
  '01006': { perThousand: 50, owner: 'hcb', maintainer: 'wab', portable: true },     // 雨水篦子
  '01007': { perThousand: 130, owner: 'uml', maintainer: 'uml', portable: false },   // 路灯
  '01008': { perThousand: 18, owner: 'emb', maintainer: 'wab', portable: false },    // 消防栓
  '01009': { perThousand: 12, owner: 'hcb', maintainer: 'hcb', portable: false },    // 变压器箱
  '01010': { perThousand: 25, owner: 'hcb', maintainer: 'hcb', portable: false },    // 电线杆
  '01011': { perThousand: 4, owner: 'wab', maintainer: 'wab', portable: false },     // 供水管道 (valve points)
  '02001': { perThousand: 5, owner: 'trb', maintainer: 'trb', portable: false },     // 公交站亭
  '02002': { perThousand: 6, owner: 'psb', maintainer: 'trb', portable: false },     // 交通信号灯 (交警 own)
  '02003': { perThousand: 30, owner: 'trb', maintainer: 'trb', portable: true },     // 交通标志牌
  '02004': { perThousand: 25, owner: 'trb', maintainer: 'trb', portable: true },     // 交通护栏 (segments)
  '02005': { perThousand: 40, owner: 'psb', maintainer: 'trb', portable: false },    // 停车泊位
  '02006': { perThousand: 6, owner: 'trb', maintainer: 'trb', portable: false },     // 减速带
  '02007': { perThousand: 0.15, owner: 'trb', maintainer: 'trb', portable: false },  // 人行天桥
  '02008': { perThousand: 20, owner: 'uml', maintainer: 'uml', portable: true },     // 阻车桩
  '03001': { perThousand: 1.5, owner: 'uml', maintainer: 'street', portable: false }, // 公共厕所
  '03002': { perThousand: 35, owner: 'uml', maintainer: 'street', portable: true },  // 垃圾箱
  '03003': { perThousand: 40, owner: 'uml', maintainer: 'street', portable: true },  // 果皮箱
  '03004': { perThousand: 1.5, owner: 'uml', maintainer: 'street', portable: false }, // 垃圾收集站
  '03005': { perThousand: 12, owner: 'uml', maintainer: 'uml', portable: true },     // 公共座椅
  '04001': { perThousand: 0.6, owner: 'nrb', maintainer: 'uml', portable: false },   // 古树名木 (林业 registers)
  '04002': { perThousand: 55, owner: 'uml', maintainer: 'uml', portable: false },    // 行道树
  '04003': { perThousand: 8, owner: 'uml', maintainer: 'street', portable: false },  // 绿地
  '04004': { perThousand: 10, owner: 'uml', maintainer: 'street', portable: false }, // 花坛
  '04005': { perThousand: 10, owner: 'uml', maintainer: 'uml', portable: true },     // 绿化护栏
  '04006': { perThousand: 8, owner: 'uml', maintainer: 'uml', portable: true },      // 绿化喷灌设施
  '05001': { perThousand: 6, owner: 'street', maintainer: 'street', portable: false }, // 宣传栏
  '05002': { perThousand: 0.4, owner: 'hcb', maintainer: 'hcb', portable: false },   // 人防工事 (人防办 sits in hcb)
  '05003': { perThousand: 8, owner: 'street', maintainer: 'street', portable: false }, // 健身器材
  '05004': { perThousand: 30, owner: 'cab', maintainer: 'cab', portable: true },     // 路名牌 (民政 names places)
};

/** The office of each street of 禅城区 (departments.data.ts); other districts fall back to urban management. */
const STREET_OFFICES: Readonly<Record<string, DepartmentId>> = {
  '440604010': 'st-shiwan',
  '440604011': 'st-zhangcha',
  '440604012': 'st-zumiao',
  '440604100': 'st-nanzhuang',
};

/** The department id a unit reference stands for at a component in the given street. */
export const resolveUnit = (unit: UnitRef, streetCode: string): string =>
  unit === 'street' ? (STREET_OFFICES[streetCode] ?? 'uml') : unit;
