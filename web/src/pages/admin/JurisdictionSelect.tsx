import { TreeSelect } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { fetchArea, listAreas } from '../../api/geo.ts';
import type { AreaListItem, AreaRef } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

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
  const [nodes, setNodes] = useState<Node[]>([]);

  const toNode = useCallback(
    (area: AreaListItem | AreaRef, parent: string | null): Node => ({
      id: area.code,
      pId: parent,
      value: area.code,
      title: `${area.name} · ${label('level', area.level)}`,
      isLeaf: area.level === 'grid' || ('childCount' in area && area.childCount === 0),
    }),
    [label],
  );

  const merge = useCallback((incoming: Node[]) => {
    setNodes((current) => {
      const byId = new Map(current.map((node) => [node.id, node]));
      for (const node of incoming) byId.set(node.id, node);
      return [...byId.values()];
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      if (initial) merge([toNode(initial, null)]);
      const top = await listAreas({ level: 'district' });
      if (cancelled) return;
      merge(top.map((area) => toNode(area, null)));
      // When editing, open the branch down to the current jurisdiction so it sits in its place.
      if (initial && initial.level !== 'district') {
        const detail = await fetchArea(initial.code);
        const ancestors = detail.path.filter((area) => area.code !== initial.code);
        const levels = await Promise.all(ancestors.map((area) => listAreas({ parent: area.code })));
        if (cancelled) return;
        merge(levels.flatMap((items, i) => items.map((area) => toNode(area, ancestors[i]!.code))));
      }
    };
    load().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [initial, merge, toNode]);

  const loadData = async (node: { value?: string | number | null }) => {
    const parent = String(node.value);
    const children = await listAreas({ parent });
    merge(children.map((area) => toNode(area, parent)));
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
