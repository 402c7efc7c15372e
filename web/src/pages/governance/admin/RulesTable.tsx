import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Input, Space, Switch, Table, type TableProps, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Department } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { IconButton } from './IconButton.tsx';
import { type PickerNode, WHOLE_DISTRICT } from './pickers.ts';
import { TimeWindowEditor, TreePicker, UnitPicker, useWindowText, WithError } from './RuleFields.tsx';
import { NOTE_MAX, type RowErrors, type RuleRow, shadowOf } from './rules-draft.ts';

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
  const windowText = useWindowText();
  const n = (index: number) => index + 1;

  const columns: TableProps<RuleRow>['columns'] = [
    {
      key: 'position',
      title: t('gov.rules.position'),
      width: edits ? 92 : 56,
      fixed: 'left',
      render: (_, _row, index) => (
        <Space size={2} className="rule-position">
          <span className="rule-number">{n(index)}</span>
          {edits && (
            <>
              <IconButton
                label={t('gov.rules.up')}
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => edits.move(index, -1)}
                testId={`rule-up-${n(index)}`}
              />
              <IconButton
                label={t('gov.rules.down')}
                icon={<ArrowDownOutlined />}
                disabled={index === rows.length - 1}
                onClick={() => edits.move(index, 1)}
                testId={`rule-down-${n(index)}`}
              />
            </>
          )}
        </Space>
      ),
    },
    {
      key: 'class',
      title: t('gov.rules.class'),
      width: 200,
      render: (_, row, index) => (
        <>
          {row.key === hitKey && (
            <Tag color="gold" className="rule-hit-tag" data-testid="rule-hit">
              {t('gov.rules.hit')}
            </Tag>
          )}
          {edits ? (
            <WithError error={errors[row.key]?.classPattern}>
              <TreePicker
                value={row.classPattern}
                tree={lookups.classTree}
                onChange={(classPattern) => edits.update(row.key, { classPattern })}
                placeholder={t('gov.rules.classPlaceholder')}
                error={errors[row.key]?.classPattern}
                loading={lookups.classTree.length === 0}
                testId={`rule-class-${n(index)}`}
              />
            </WithError>
          ) : (
            lookups.classLabel(row.classPattern)
          )}
          <ShadowNote rows={rows} index={index ?? 0} edits={edits} />
        </>
      ),
    },
    {
      key: 'area',
      title: t('gov.rules.area'),
      width: 160,
      render: (_, row, index) =>
        edits ? (
          <WithError error={errors[row.key]?.areaCode}>
            <TreePicker
              value={row.areaCode ?? WHOLE_DISTRICT}
              tree={lookups.areaTree}
              onChange={(code) => edits.update(row.key, { areaCode: code === WHOLE_DISTRICT ? null : code })}
              placeholder={t('gov.rules.wholeDistrict')}
              error={errors[row.key]?.areaCode}
              loading={lookups.areaTree.length === 0}
              testId={`rule-area-${n(index)}`}
            />
          </WithError>
        ) : (
          lookups.areaLabel(row.areaCode)
        ),
    },
    {
      key: 'window',
      title: t('gov.rules.window'),
      width: 160,
      render: (_, row, index) =>
        edits ? (
          <TimeWindowEditor
            value={row.timeWindow}
            onChange={(timeWindow) => edits.update(row.key, { timeWindow })}
            error={errors[row.key]?.timeWindow}
            testId={`rule-window-${n(index)}`}
          />
        ) : (
          <span className={row.timeWindow ? undefined : 'muted'}>{windowText(row.timeWindow)}</span>
        ),
    },
    {
      key: 'unit',
      title: t('gov.rules.unit'),
      width: 200,
      render: (_, row, index) => (
        <>
          {edits ? (
            <WithError error={errors[row.key]?.unitId ?? errors[row.key]?.userId}>
              <UnitPicker
                value={row.unitId}
                departments={lookups.departments}
                onChange={(unitId) => edits.update(row.key, { unitId, userId: null })}
                error={errors[row.key]?.unitId}
                testId={`rule-unit-${n(index)}`}
              />
            </WithError>
          ) : (
            lookups.unitLabel(row.unitId)
          )}
          {row.userId && (
            <Tag icon={<UserOutlined />} className="rule-person" title={row.userId}>
              {t('gov.rules.person')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'note',
      title: t('gov.rules.note'),
      render: (_, row, index) =>
        edits ? (
          <WithError error={errors[row.key]?.note}>
            <Input
              value={row.note}
              maxLength={NOTE_MAX}
              onChange={(e) => edits.update(row.key, { note: e.target.value })}
              placeholder={t('gov.rules.notePlaceholder')}
              status={errors[row.key]?.note ? 'error' : undefined}
              data-testid={`rule-note-${n(index)}`}
            />
          </WithError>
        ) : (
          <Typography.Text type="secondary">{row.note}</Typography.Text>
        ),
    },
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
          data-testid={`rule-active-${n(index)}`}
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
            render: (_: unknown, row: RuleRow, index: number) => (
              <Space size={2}>
                <IconButton
                  label={t('gov.rules.addBelow')}
                  icon={<PlusOutlined />}
                  onClick={() => edits.addBelow(index)}
                  testId={`rule-add-${n(index)}`}
                />
                <IconButton
                  label={t('gov.rules.delete')}
                  icon={<DeleteOutlined />}
                  danger
                  onClick={() => edits.remove(row.key)}
                  testId={`rule-delete-${n(index)}`}
                />
              </Space>
            ),
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

/** Warns under a line that a wider line above it takes its events first (see shadowOf), with the way out. */
function ShadowNote({
  rows,
  index,
  edits,
}: {
  rows: readonly RuleRow[];
  index: number;
  edits: RuleEdits | null;
}) {
  const { t } = useI18n();
  const shadow = shadowOf(rows, index);
  if (!shadow) return null;
  return (
    <div className="rule-shadow" data-testid={`rule-shadow-${index + 1}`}>
      <Typography.Text type="warning" className="small">
        {t(shadow.sameUnit ? 'gov.rules.shadowedSameUnit' : 'gov.rules.shadowed', { line: shadow.line })}
      </Typography.Text>
      {edits && (
        <Button
          type="link"
          size="small"
          className="rule-shadow-fix"
          onClick={() => edits.moveTo(index, shadow.line - 1)}
          data-testid={`rule-shadow-fix-${index + 1}`}
        >
          {t('gov.rules.moveAbove', { line: shadow.line })}
        </Button>
      )}
    </div>
  );
}
