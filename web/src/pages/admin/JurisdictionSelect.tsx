import { type UseQueryResult, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { areaListQuery, areaQuery } from '../../api/geo.ts';
import type { AreaListItem, AreaRef } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/** The children lists as they stand; a function of the module, so the answer keeps its identity while they do not change. */
const childLists = (results: UseQueryResult<AreaListItem[]>[]) => results.map((r) => r.data);

interface Props {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** The current jurisdiction when editing, so its name shows before the tree is loaded. */
  initial?: AreaRef | null;
  id?: string;
}

/**
 * A geography tree loaded lazily: the district first, children when a node is opened.
 * A grid (or any area without children) is a leaf; micro-grids are not offered as jurisdictions.
 */
export function JurisdictionSelect({ value, onChange, initial, id }: Props) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  // The areas whose children have been asked for by opening them.
  const [opened, setOpened] = useState<readonly string[]>([]);

  const district = useQuery(areaListQuery({ level: 'district' }));
  // When editing, the branch down to the current jurisdiction is opened so that it sits in its place.
  const editing = initial && initial.level !== 'district' ? initial : null;
  const initialArea = useQuery({ ...areaQuery(editing?.code ?? ''), enabled: editing !== null });
  const path = initialArea.data?.path;
  const parents = useMemo(() => {
    const ancestors = (path ?? []).map((area) => area.code).filter((code) => code !== editing?.code);
    return [...new Set([...ancestors, ...opened])];
  }, [path, editing?.code, opened]);
  const children = useQueries({
    queries: parents.map((parent) => areaListQuery({ parent })),
    combine: childLists,
  });

  const nodes = useMemo(() => {
    const toNode = (area: AreaListItem | AreaRef, parent: string | null): Node => ({
      id: area.code,
      pId: parent,
      value: area.code,
      title: `${area.name} · ${label('level', area.level)}`,
      isLeaf: area.level === 'grid' || ('childCount' in area && area.childCount === 0),
    });
    const byId = new Map<string, Node>();
    const add = (node: Node) => byId.set(node.id, node);
    if (initial) add(toNode(initial, null));
    for (const area of district.data ?? []) add(toNode(area, null));
    children.forEach((items, i) => {
      for (const area of items ?? []) add(toNode(area, parents[i]!));
    });
    return [...byId.values()];
  }, [initial, district.data, children, parents, label]);

  const loadData = async (node: { value?: string | number | null }) => {
    const parent = String(node.value);
    await queryClient.fetchQuery(areaListQuery({ parent }));
    setOpened((current) => (current.includes(parent) ? current : [...current, parent]));
  };

  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(code: string | undefined) => onChange?.(code)}
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      placeholder={t('staff.jurisdictionPlaceholder')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      treeLine
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320 } } }}
    />
  );
}
