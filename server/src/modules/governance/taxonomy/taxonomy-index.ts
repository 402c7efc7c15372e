import type { MajorClass, MinorClass, Taxonomy } from './taxonomy.types.ts';

/** Lookups over one taxonomy, built once; rebuild it after an administrator's edit. */
export interface TaxonomyIndex {
  readonly taxonomy: Taxonomy;
  /** Minor classes by their five-digit code. */
  readonly byCode: ReadonlyMap<string, MinorClass>;
  readonly majorByCode: ReadonlyMap<string, MajorClass>;
  /** The minors of a major in code order; empty for an unknown major. */
  minorsOf(majorCode: string): readonly MinorClass[];
  /** Event classes that list the component class among the components they concern. */
  eventsConcerning(componentClass: string): readonly MinorClass[];
}

export function buildTaxonomyIndex(taxonomy: Taxonomy): TaxonomyIndex {
  const byCode = new Map(taxonomy.minors.map((m) => [m.code, m]));
  const majorByCode = new Map(taxonomy.majors.map((m) => [m.code, m]));
  const byMajor = new Map<string, MinorClass[]>();
  const byComponent = new Map<string, MinorClass[]>();
  const push = (map: Map<string, MinorClass[]>, key: string, minor: MinorClass) => {
    const list = map.get(key);
    if (list) list.push(minor);
    else map.set(key, [minor]);
  };
  for (const minor of [...taxonomy.minors].sort((a, b) => a.code.localeCompare(b.code))) {
    push(byMajor, minor.majorCode, minor);
    for (const component of minor.components ?? []) push(byComponent, component, minor);
  }
  return {
    taxonomy,
    byCode,
    majorByCode,
    minorsOf: (majorCode) => byMajor.get(majorCode) ?? [],
    eventsConcerning: (componentClass) => byComponent.get(componentClass) ?? [],
  };
}
