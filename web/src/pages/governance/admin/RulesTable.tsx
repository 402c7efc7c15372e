import { Switch, Table, type TableProps } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { Department } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import type { PickerNode } from './pickers.ts';
import {
  AreaCell,
  type CellProps,
  ClassCell,
  NoteCell,
  PositionCell,
  RowActions,
  UnitCell,
  WindowCell,
} from './RuleCells.tsx';
import type { RowErrors, RuleRow } from './rules-draft.ts';

export interface RuleLookups {
  classTree: PickerNode[];
  areaTree: PickerNode[];
  departments: Department[];
  classLabel: (pattern: string) => string;
  areaLabel: (code: string | null) => string;
  unitLabel: (unitId: string) => string;
}

export interface RuleEdits {
  update: (key: string, changes: Partial<RuleRow>) => void;
  move: (index: number, delta: -1 | 1) => void;
  /** Moves the line at `index` to stand at `to` (0-based). */
  moveTo: (index: number, to: number) => void;
  addBelow: (index: number) => void;
  remove: (key: string) => void;
}

interface RulesTableProps {
  rows: RuleRow[];
  /** Null: read only (command centre, supervisors). */
  edits: RuleEdits | null;
  errors: RowErrors;
  /** The line the last try matched. */
  hitKey: string | null;
  lookups: RuleLookups;
  loading: boolean;
}

/** The responsibility list in its order: the first line that fits an event takes it. */
export function RulesTable({ rows, edits, errors, hitKey, lookups, loading }: RulesTableProps) {
  const { t } = useI18n();
  const cell = (Cell: (props: CellProps) => ReactNode) => (_: unknown, row: RuleRow, index: number) => (
    <Cell
      row={row}
      index={index}
      rows={rows}
      edits={edits}
      errors={errors}
      lookups={lookups}
      hitKey={hitKey}
    />
  );

  const columns: TableProps<RuleRow>['columns'] = [
    {
      key: 'position',
      title: t('gov.rules.position'),
      width: edits ? 92 : 56,
      fixed: 'left',
      render: cell(PositionCell),
    },
    { key: 'class', title: t('gov.rules.class'), width: 200, render: cell(ClassCell) },
    { key: 'area', title: t('gov.rules.area'), width: 160, render: cell(AreaCell) },
    { key: 'window', title: t('gov.rules.window'), width: 160, render: cell(WindowCell) },
    { key: 'unit', title: t('gov.rules.unit'), width: 200, render: cell(UnitCell) },
    { key: 'note', title: t('gov.rules.note'), render: cell(NoteCell) },
    {
      key: 'active',
      title: t('gov.rules.active'),
      width: 60,
      align: 'center',
      render: (_, row, index) => (
        <Switch
          size="small"
          checked={row.active}
          disabled={!edits}
          onChange={(active) => edits?.update(row.key, { active })}
          aria-label={t('gov.rules.active')}
          data-testid={`rule-active-${index + 1}`}
        />
      ),
    },
    ...(edits
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 76,
            fixed: 'right' as const,
            render: cell(RowActions),
          },
        ]
      : []),
  ];

  return (
    <Table<RuleRow>
      rowKey="key"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: edits ? 1100 : 940 }}
      sticky={{ offsetHeader: 60 }}
      locale={{ emptyText: t('gov.rules.empty') }}
      rowClassName={(row) =>
        [
          errors[row.key] ? 'rule-row-error' : '',
          row.key === hitKey ? 'rule-row-hit' : '',
          row.active ? '' : 'rule-row-off',
        ].join(' ')
      }
      onRow={(row, index) =>
        ({
          'data-testid': `rule-row-${(index ?? 0) + 1}`,
          'data-rule-id': row.id ?? undefined,
          id: `rule-${row.key}`,
        }) as HTMLAttributes<HTMLElement>
      }
      data-testid="rules-table"
    />
  );
}
