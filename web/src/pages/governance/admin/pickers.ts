import type { Taxonomy } from '../../../api/governance.ts';
import type { AreaListItem } from '../../../api/types.ts';

/** A node of a tree select: `search` is what typing matches (code and name). */
export interface PickerNode {
  value: string;
  title: string;
  /** Shown in the box once chosen, when it says more than the title (an area with its street). */
  label?: string;
  search: string;
  children?: PickerNode[];
}

type Lang = 'zh' | 'en';
const nameIn = (item: { name: string; nameEn: string }, lang: Lang) =>
  lang === 'en' && item.nameEn ? item.nameEn : item.name;

/** `*` (every class), then each major with its minors: a line may name any of the three levels. */
export const ALL_CLASSES = '*';

export function classPatternTree(taxonomy: Taxonomy, lang: Lang, allLabel: string): PickerNode[] {
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  return [
    {
      value: ALL_CLASSES,
      title: `* ${allLabel}`,
      label: `* ${allLabel}`,
      search: `* ${allLabel} all`.toLowerCase(),
    },
    ...[...taxonomy.majors].sort(byCode).map((major) => ({
      value: major.code,
      title: `${major.code} ${nameIn(major, lang)}`,
      label: `${major.code} ${nameIn(major, lang)}`,
      search: `${major.code} ${major.name} ${major.nameEn}`.toLowerCase(),
      children: taxonomy.minors
        .filter((minor) => minor.majorCode === major.code)
        .sort(byCode)
        .map((minor) => ({
          value: minor.code,
          title: `${minor.code} ${nameIn(minor, lang)}`,
          label: `${minor.code} ${nameIn(minor, lang)}`,
          search: `${minor.code} ${minor.name} ${minor.nameEn}`.toLowerCase(),
        })),
    })),
  ];
}

/** How a line's class reads: "* 全部类别", "06 市容环境" or "06013 道路破损"; an unknown code as it is. */
export function classPatternLabel(
  taxonomy: Taxonomy | null,
  pattern: string,
  lang: Lang,
  allLabel: string,
): string {
  if (pattern === ALL_CLASSES) return `* ${allLabel}`;
  const found =
    pattern.length === 2
      ? taxonomy?.majors.find((m) => m.code === pattern)
      : taxonomy?.minors.find((m) => m.code === pattern);
  return found ? `${pattern} ${nameIn(found, lang)}` : pattern;
}

/** The value of 全区 (a line for the whole district, saved as no area) in the area picker. */
export const WHOLE_DISTRICT = 'district';

/**
 * 全区, then the streets with their communities and each community's grids, from the three flat lists of the
 * geography API; names in a community's tree read with their parents, so that a search result is unambiguous.
 */
export function areaTree(
  streets: readonly AreaListItem[],
  communities: readonly AreaListItem[],
  grids: readonly AreaListItem[],
  wholeLabel: string,
): PickerNode[] {
  const childrenOf = (items: readonly AreaListItem[]) => {
    const map = new Map<string, AreaListItem[]>();
    for (const item of items) {
      const list = map.get(item.parentCode ?? '') ?? [];
      list.push(item);
      map.set(item.parentCode ?? '', list);
    }
    for (const list of map.values()) list.sort((a, b) => a.code.localeCompare(b.code));
    return map;
  };
  const paths = areaPaths(streets, communities, grids);
  const communitiesOf = childrenOf(communities);
  const gridsOf = childrenOf(grids);
  const node = (item: AreaListItem, children?: PickerNode[]): PickerNode => ({
    value: item.code,
    title: item.name,
    label: paths.get(item.code) ?? item.name,
    search: `${item.code} ${item.name}`.toLowerCase(),
    ...(children?.length ? { children } : {}),
  });
  return [
    { value: WHOLE_DISTRICT, title: wholeLabel, label: wholeLabel, search: wholeLabel.toLowerCase() },
    ...[...streets]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((street) =>
        node(
          street,
          (communitiesOf.get(street.code) ?? []).map((community) =>
            node(
              community,
              (gridsOf.get(community.code) ?? []).map((grid) => node(grid)),
            ),
          ),
        ),
      ),
  ];
}

/** Each area's name with its street before it: "祖庙街道 · 岭南社区居委会", "祖庙街道 · 岭南社区第3网格" (a grid's name already says its community). */
export function areaPaths(
  streets: readonly AreaListItem[],
  communities: readonly AreaListItem[],
  grids: readonly AreaListItem[],
): Map<string, string> {
  const paths = new Map<string, string>();
  for (const s of streets) paths.set(s.code, s.name);
  for (const c of communities)
    paths.set(c.code, [paths.get(c.parentCode ?? ''), c.name].filter(Boolean).join(' · '));
  const streetOf = new Map(communities.map((c) => [c.code, c.parentCode ?? '']));
  for (const g of grids)
    paths.set(
      g.code,
      [paths.get(streetOf.get(g.parentCode ?? '') ?? ''), g.name].filter(Boolean).join(' · '),
    );
  return paths;
}

/** Whether what was typed matches a node: every word in its code or names, ignoring case. */
export const matchesNode = (input: string, node: { search?: string }): boolean =>
  input
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => node.search?.includes(word) ?? false);
