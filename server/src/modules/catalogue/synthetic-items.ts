import { createRandom, mixSeed, type Random } from '../demo/synthetic/random.ts';
import type { ItemDefinitionT, MaterialT, ProcessStageT } from './item-definition.ts';
import { type Candidate, expandFamily, type Kind, STREET_OFFICES } from './synthetic/families.ts';
import { actMaterials, applicationForm, IDENTITY, materialPool, toMaterial } from './synthetic/materials.ts';
import {
  CHECKLISTS,
  CONDITIONS,
  LEGAL_BASIS,
  RELATED,
  STAGE_NAMES,
  type StageRole,
  VERIFICATIONS,
} from './synthetic/rules-text.ts';
import { LEGAL_FAMILIES } from './synthetic/vocabulary-legal.ts';
import { NATURAL_FAMILIES } from './synthetic/vocabulary-natural.ts';

/**
 * Synthetic items that fill the catalogue to Chancheng's size (BRIEF §1.1): 456 natural-person items, 120 of them
 * instant, and 596 legal-person items, 55 of them instant — real items included, so the generator makes only the
 * difference. Every item is marked `source: 'synthetic'`.
 *
 * Codes. Real codes follow GB/T 39554.1-2020 (letters and digits, no hyphen). Synthetic codes start with "SYN-",
 * so they can never collide with a real one:
 *   实施编码  SYN-{district}-{N|L}{seq:4}            e.g. SYN-440604-N0001 (seq in vocabulary order)
 *   基本编码  SYN-{N|L}{itemType}-{family:3}{subject:2}{variant:2}   e.g. SYN-L01-0070203
 * The four street offices' implementations of one item share its basic code, as real implementation lists do.
 */

export const CHANCHENG_TARGETS = {
  natural: { total: 456, instant: 120 },
  legal: { total: 596, instant: 55 },
} as const;
export type CatalogueTargets = { [K in keyof typeof CHANCHENG_TARGETS]: { total: number; instant: number } };

export const SYNTHETIC_CODE_PREFIX = 'SYN-';
export const DEFAULT_SEED = 20140101;

/** An item counts as a natural-person item when natural persons (服务对象 1) may apply for it. */
export const isNaturalPersonItem = (def: Pick<ItemDefinitionT, 'serviceObjects'>) =>
  def.serviceObjects.includes('1');

/** How many items of each class the real ones already provide. */
export function countItems(items: readonly ItemDefinitionT[]): CatalogueTargets {
  const count = (list: readonly ItemDefinitionT[]) => ({
    total: list.length,
    instant: list.filter((d) => d.handlingType === 'instant').length,
  });
  return {
    natural: count(items.filter(isNaturalPersonItem)),
    legal: count(items.filter((d) => !isNaturalPersonItem(d))),
  };
}

const ITEM_TYPE: Record<Kind, ItemDefinitionT['itemType']> = {
  licence: '01',
  approval: '01',
  registration: '07',
  filing: '10',
  certificate: '07',
  benefit: '05',
  confirmation: '07',
  service: '20',
};

/** How likely an item of a kind is completed on the spot (即办件). */
const INSTANT_AFFINITY: Record<Kind, number> = {
  service: 0.9,
  certificate: 0.6,
  filing: 0.6,
  registration: 0.35,
  confirmation: 0.25,
  benefit: 0.15,
  approval: 0.1,
  licence: 0.1,
};

function resultOf(c: Candidate): ItemDefinitionT['result'] {
  switch (c.kind) {
    case 'licence':
      if (c.handlingKind === 'cancel') return { name: '准予注销决定书', type: 'approval' };
      return c.subject.endsWith('证')
        ? { name: c.subject, type: 'licence' }
        : { name: `${c.subject}执业证书`, type: 'certificate' };
    case 'certificate':
      return { name: c.subject, type: 'certificate' };
    case 'approval':
      return { name: '准予行政许可决定书', type: 'approval' };
    case 'registration':
      return c.who === 'L' && c.dept === 'amr'
        ? { name: '营业执照', type: 'certificate' }
        : { name: '登记证明', type: 'certificate' };
    case 'filing':
      return { name: '备案回执', type: 'record' };
    case 'benefit':
      return { name: '待遇核定通知书', type: 'payment' };
    case 'confirmation':
      return { name: '认定结果通知书', type: 'approval' };
    default:
      return c.name.endsWith('开具')
        ? { name: c.name.slice(0, -2), type: 'certificate' }
        : { name: '办理结果告知书', type: 'other' };
  }
}

function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function materialsOf(c: Candidate, rng: Random): MaterialT[] {
  const base = [applicationForm(c), ...IDENTITY[c.who]];
  const wanted = rng.int(2, 8);
  const fixed = actMaterials(c);
  const rest = shuffled(
    rng,
    materialPool(c).filter((t) => !fixed.includes(t)),
  );
  const picked = [...base, ...fixed, ...rest].slice(0, Math.max(wanted, 2));
  const seen = new Set<string>();
  return picked.filter((t) => !seen.has(t.id) && seen.add(t.id)).map(toMaterial);
}

function rolesOf(c: Candidate, rng: Random): StageRole[] {
  const streetItem = (STREET_OFFICES as readonly string[]).includes(c.dept);
  if (c.who === 'N' && c.kind === 'benefit' && !streetItem)
    return rng.chance(0.5) ? ['initial', 'review', 'decision'] : ['initial', 'review'];
  if (c.who === 'L' && ['licence', 'approval', 'confirmation'].includes(c.kind)) {
    const middle: StageRole[] = rng.chance(0.5) ? ['site_check'] : rng.chance(0.4) ? ['countersign'] : [];
    return ['review', ...middle, ...(rng.chance(0.7) ? (['decision'] as const) : [])];
  }
  return rng.chance(0.4) ? ['review', 'decision'] : ['review'];
}

const nodeId = (role: StageRole, dept: string) => `${role}_${dept.replaceAll('-', '_')}`;

function stagesOf(c: Candidate, roles: StageRole[], promised: number, rng: Random): ProcessStageT[] {
  const share = Math.floor(promised / roles.length);
  return roles.map((role, i) => {
    // Stages run one after another; the last absorbs the remainder so the nodes fill the promise exactly.
    const limitDays = i === roles.length - 1 ? promised - share * (roles.length - 1) : share;
    let depts = [c.dept];
    if (role === 'initial') depts = [rng.pick(STREET_OFFICES)];
    if (role === 'countersign') {
      const related = shuffled(
        rng,
        (RELATED[c.dept] ?? ['gsd']).filter((d) => d !== c.dept),
      );
      depts = related.slice(0, rng.int(1, Math.min(2, related.length)));
    }
    const checklist = CHECKLISTS[role];
    return {
      id: role,
      name: STAGE_NAMES[role].stage,
      nodes: depts.map((departmentId) => ({
        id: nodeId(role, departmentId),
        name: STAGE_NAMES[role].node,
        departmentId,
        limitDays,
        checklist: checklist.slice(0, rng.int(1, checklist.length)).map((e) => ({ ...e })),
      })),
    };
  });
}

function pickSome<T>(rng: Random, items: readonly T[], min: number, max: number): T[] {
  return shuffled(rng, items).slice(0, rng.int(min, Math.min(max, items.length)));
}

function buildItem(c: Candidate, instant: boolean, code: string, rng: Random): ItemDefinitionT {
  const roles = instant ? [] : rolesOf(c, rng);
  const promised = instant
    ? 0
    : rng.pick([1, 2, 3, 5, 5, 7, 10, 10, 15, 20].filter((d) => d >= roles.length));
  const legal = instant ? rng.pick([0, 5, 10, 20]) : rng.int(promised, 20);
  const onlineDepth = instant ? rng.pick([3, 4]) : rng.pick([2, 3, 3, 4]);
  const conditions =
    c.who === 'N'
      ? [...pickSome(rng, CONDITIONS.N, 1, 3), ...(c.kind === 'benefit' ? CONDITIONS.benefit : [])]
      : [
          ...pickSome(rng, CONDITIONS.L, 2, 4),
          ...(c.handlingKind === 'change' || c.handlingKind === 'renew' ? CONDITIONS.existing : []),
        ];
  const verificationPool = [
    ...VERIFICATIONS[c.who],
    ...(c.kind === 'benefit' && c.who === 'N' ? VERIFICATIONS.benefit : []),
    ...(c.dept === 'hcb' && c.who === 'N' ? VERIFICATIONS.housing : []),
  ];
  const r = rng();
  const scope =
    r < 0.6
      ? 'district'
      : r < 0.85
        ? 'city'
        : r < 0.97
          ? 'province'
          : c.who === 'N'
            ? 'cross_province'
            : 'national';
  const deptKey = (STREET_OFFICES as readonly string[]).includes(c.dept) ? 'streets' : c.dept;
  return {
    name: c.name,
    basicCode: `${SYNTHETIC_CODE_PREFIX}${c.who}${ITEM_TYPE[c.kind]}-${c.basicKey}`,
    implementationCode: code,
    level: c.level,
    ...(c.handlingKind ? { handlingKind: c.handlingKind } : {}),
    itemType: ITEM_TYPE[c.kind],
    serviceObjects: c.who === 'N' ? ['1'] : c.dept === 'cab' ? ['4'] : rng.chance(0.3) ? ['2', '5'] : ['2'],
    departmentId: c.dept,
    legalBasis: pickSome(rng, LEGAL_BASIS[deptKey] ?? LEGAL_BASIS.gsd!, 1, 2),
    acceptConditions: conditions.map((e) => ({ ...e })),
    materials: materialsOf(c, rng),
    verifications: pickSome(rng, verificationPool, 0, 2),
    stages: instant ? [] : stagesOf(c, roles, promised, rng),
    legalLimitDays: legal,
    promisedLimitDays: promised,
    handlingType: instant ? 'instant' : 'commitment',
    fees:
      c.kind === 'certificate' && rng.chance(0.15)
        ? [{ name: '证件工本费', amountYuan: rng.pick([5, 10, 20]) }]
        : [],
    result: resultOf(c),
    deliveryMethods: instant
      ? rng.chance(0.5)
        ? ['pickup']
        : ['pickup', 'online']
      : c.kind === 'filing'
        ? ['pickup', 'mail', 'online']
        : ['pickup', 'mail'],
    onlineDepth,
    visitsRequired: onlineDepth === 4 ? 0 : rng.chance(0.8) ? 1 : 2,
    scope,
    trustFirst:
      c.who === 'N'
        ? ['service', 'certificate', 'benefit', 'registration'].includes(c.kind) && rng.chance(0.35)
        : c.kind === 'filing' && rng.chance(0.5),
    keywords: c.subject !== c.name ? [c.subject] : [],
    source: 'synthetic',
  };
}

/** Picks `need` candidates (seeded), keeps vocabulary order, and marks `instant` of them as 即办件. */
function generateClass(
  who: 'N' | 'L',
  need: { total: number; instant: number },
  taken: ReadonlySet<string>,
  opts: { districtCode: string; seed: number },
): ItemDefinitionT[] {
  const families = who === 'N' ? NATURAL_FAMILIES : LEGAL_FAMILIES;
  const pool = families.flatMap(expandFamily).filter((c) => !taken.has(c.name));
  if (pool.length < need.total)
    throw new Error(`synthetic vocabulary has ${pool.length} ${who} items, ${need.total} are needed`);
  const rng = createRandom(mixSeed(opts.seed, who.charCodeAt(0)));
  const order = shuffled(rng, Array.from(pool.keys()))
    .slice(0, need.total)
    .sort((a, b) => a - b);
  const chosen = order.map((i) => pool[i]!);
  const ranked = chosen
    .map((c, i) => ({
      i,
      score: INSTANT_AFFINITY[c.kind] + (c.handlingKind === 'cancel' ? 0.3 : 0) + rng() * 0.6,
    }))
    .sort((a, b) => b.score - a.score);
  const instant = new Set(ranked.slice(0, need.instant).map((x) => x.i));
  return chosen.map((c, i) => {
    const code = `${SYNTHETIC_CODE_PREFIX}${opts.districtCode}-${who}${String(i + 1).padStart(4, '0')}`;
    return buildItem(c, instant.has(i), code, createRandom(mixSeed(opts.seed, who.charCodeAt(0), i + 1)));
  });
}

/**
 * The synthetic items that, together with `realItems`, make up a Chancheng-size catalogue. Deterministic for a
 * given seed and set of real items; names of real items are never reused.
 */
export function generateSyntheticItems(
  realItems: readonly ItemDefinitionT[],
  opts: { districtCode: string; seed?: number; targets?: CatalogueTargets },
): ItemDefinitionT[] {
  const targets = opts.targets ?? CHANCHENG_TARGETS;
  const real = countItems(realItems);
  const need = (k: keyof CatalogueTargets) => ({
    total: targets[k].total - real[k].total,
    instant: targets[k].instant - real[k].instant,
  });
  const natural = need('natural');
  const legal = need('legal');
  for (const [k, n] of [
    ['natural', natural],
    ['legal', legal],
  ] as const) {
    if (n.total < 0 || n.instant < 0 || n.instant > n.total)
      throw new Error(`the real items exceed the ${k}-person targets (${JSON.stringify(targets[k])})`);
  }
  const taken = new Set(realItems.map((d) => d.name));
  const settings = { districtCode: opts.districtCode, seed: opts.seed ?? DEFAULT_SEED };
  return [...generateClass('N', natural, taken, settings), ...generateClass('L', legal, taken, settings)];
}
