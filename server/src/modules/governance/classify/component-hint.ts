import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';

/**
 * When the reporter picked a component on the map, its class is strong evidence, but the text still decides
 * between "the bin is broken" (03002 垃圾箱) and "refuse piled around the bin" (06010 暴露垃圾). The rule, in
 * log-odds added before the softmax: the component's own class gets SELF_BOOST, each event class that lists the
 * component among those it concerns (taxonomy `components`) gets RELATED_BOOST — e^3 ≈ 20× and e^1.5 ≈ 4.5× the
 * odds. Enough to settle "井盖不见了" on the cover that was picked (the text cannot tell 污水 from 雨水), not enough
 * to turn a plain report of building-site noise into a broken bin because a bin was picked.
 */
export const SELF_BOOST = 3;
export const RELATED_BOOST = 1.5;

/** For every component class: [class index, boost] pairs, class indices in `taxonomy.minors` order. */
export function componentBoosts(taxonomy: Taxonomy): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const add = (component: string, index: number, boost: number) => {
    const list = out.get(component);
    if (list) list.push([index, boost]);
    else out.set(component, [[index, boost]]);
  };
  taxonomy.minors.forEach((minor, index) => {
    if (minor.kind === 'component') add(minor.code, index, SELF_BOOST);
    for (const component of minor.components ?? []) add(component, index, RELATED_BOOST);
  });
  return out;
}
