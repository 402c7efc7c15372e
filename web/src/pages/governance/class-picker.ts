import type { MinorClass, Suggestion, Taxonomy } from '../../api/governance.ts';

export type Lang = 'zh' | 'en';

export interface ClassOption {
  value: string;
  label: string;
  /** Code, both names: what a search matches. */
  search: string;
}

export interface ClassGroup {
  label: string;
  kind: 'component' | 'event';
  options: ClassOption[];
}

const nameIn = (item: { name: string; nameEn: string }, lang: Lang) =>
  lang === 'en' && item.nameEn ? item.nameEn : item.name;

/**
 * The minors grouped under their majors, both in code order, for a grouped select. `kind` keeps to 部件 or 事件
 * (a patrol item can be either, so it is usually left out); a major without minors is left out.
 */
export function classGroups(taxonomy: Taxonomy, lang: Lang, kind?: 'component' | 'event'): ClassGroup[] {
  const byMajor = new Map<string, MinorClass[]>();
  for (const minor of taxonomy.minors) {
    if (kind && minor.kind !== kind) continue;
    const list = byMajor.get(minor.majorCode) ?? [];
    list.push(minor);
    byMajor.set(minor.majorCode, list);
  }
  return [...taxonomy.majors]
    .sort((a, b) => a.code.localeCompare(b.code))
    .filter((major) => byMajor.has(major.code))
    .map((major) => ({
      label: `${major.code} ${nameIn(major, lang)}`,
      kind: major.kind,
      options: byMajor
        .get(major.code)!
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((minor) => ({
          value: minor.code,
          label: `${minor.code} ${nameIn(minor, lang)}`,
          search: `${minor.code} ${minor.name} ${minor.nameEn}`.toLowerCase(),
        })),
    }));
}

/** Whether a typed filter matches a class: by code, Chinese or English name, ignoring case and spaces. */
export function matchesClass(input: string, option: { search?: string }): boolean {
  const words = input.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => option.search?.includes(word) ?? false);
}

/** The name of a class in the language shown, or its code when the taxonomy does not know it. */
export function classLabel(taxonomy: Taxonomy | null, code: string, lang: Lang): string {
  const minor = taxonomy?.minors.find((m) => m.code === code);
  return minor ? nameIn(minor, lang) : code;
}

/**
 * Suggestions worth showing while someone types: the best always, the others only when the model gives them a
 * real chance (a 0.004 % runner-up only distracts).
 */
export function usefulSuggestions(suggestions: readonly Suggestion[], min = 0.05): Suggestion[] {
  return suggestions.filter((s, i) => i === 0 || s.confidence >= min).slice(0, 3);
}

/** "97 %", "<1 %": a confidence as people read it. */
export function percent(confidence: number): string {
  if (confidence < 0.01) return '<1 %';
  return `${Math.round(confidence * 100)} %`;
}
