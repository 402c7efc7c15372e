import type { MinorClass, Taxonomy } from '../taxonomy/taxonomy.types.ts';

/**
 * When the reporter picked a component on the map, its class is strong evidence, but the text still decides
 * between "the bin is broken" (03002 垃圾箱) and "refuse piled around the bin" (06010 暴露垃圾). The rule, in
 * log-odds added before the softmax: the component's own class gets SELF_BOOST, each event class that lists the
 * component among those it concerns (taxonomy `components`) gets RELATED_BOOST — e^3 ≈ 20× and e^1.5 ≈ 4.5× the
 * odds. Enough to favour the picked component over the events near it on a vague text, not enough to turn a
 * plain report of building-site noise into a broken bin because a bin was picked.
 */
export const SELF_BOOST = 3;
export const RELATED_BOOST = 1.5;

/** What picking a component of one class does to the scores; class indices in `taxonomy.minors` order. */
export interface ComponentHint {
  /** The picked component's own class. */
  self: number;
  /** [class index, log-odds boost] pairs, added before the softmax. */
  boosts: Array<[number, number]>;
  /** Component classes of the same kind as the picked one: their probability is the picked class's. */
  siblings: number[];
}

/**
 * Two component classes are the same kind of object when their names end in the same noun. Chinese puts the head
 * of a compound last, and the head is all a reporter sees: 雨水井盖 and 电力井盖 are both "井盖", and which network
 * owns the cover is in the component register, not in the text. The taxonomy has no field for the kind, so it is
 * read off the names: a shared two-character ending is a noun on its own (井盖, 护栏); a shared last character
 * counts only within one major, where it names the same object (垃圾箱 and 果皮箱 in 03 市容环卫) rather than an
 * unrelated one (01009 变压器箱 is no bin, 05001 宣传栏 no 护栏).
 */
export function sameKind(a: MinorClass, b: MinorClass): boolean {
  if (a.code === b.code || a.kind !== 'component' || b.kind !== 'component') return false;
  if (a.name.length >= 2 && b.name.length >= 2 && a.name.slice(-2) === b.name.slice(-2)) return true;
  return a.majorCode === b.majorCode && a.name.slice(-1) === b.name.slice(-1);
}

/** The hint of every component class, by its code. */
export function componentHints(taxonomy: Taxonomy): Map<string, ComponentHint> {
  const { minors } = taxonomy;
  const hints = new Map<string, ComponentHint>();
  minors.forEach((minor, self) => {
    if (minor.kind !== 'component') return;
    const siblings = minors.flatMap((other, index) => (sameKind(minor, other) ? [index] : []));
    hints.set(minor.code, { self, boosts: [[self, SELF_BOOST]], siblings });
  });
  minors.forEach((minor, index) => {
    for (const component of minor.components ?? []) hints.get(component)?.boosts.push([index, RELATED_BOOST]);
  });
  return hints;
}

/**
 * In place, on probabilities: the siblings' probability moves to the picked class. Given the register, the
 * object is the picked one, so the text's evidence for "a 井盖" is evidence for this 井盖; the total stays 1,
 * and a text about something else (noise beside a bin) keeps its probability and its place.
 */
export function foldSiblings(probabilities: Float64Array, hint: ComponentHint): void {
  for (const sibling of hint.siblings) {
    probabilities[hint.self]! += probabilities[sibling]!;
    probabilities[sibling] = 0;
  }
}
