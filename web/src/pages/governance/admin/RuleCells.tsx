import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Input, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/index.tsx';
import { IconButton } from './IconButton.tsx';
import { WHOLE_DISTRICT } from './pickers.ts';
import { TreePicker, UnitPicker, WithError } from './RuleFields.tsx';
import { RuleShadowNote } from './RuleShadowNote.tsx';
import type { RuleEdits, RuleLookups } from './RulesTable.tsx';
import { NOTE_MAX, type RowErrors, type RuleRow } from './rules-draft.ts';
import { TimeWindowEditor, useWindowText } from './TimeWindowEditor.tsx';

/** What every cell of a line is given: the line, its place, and (when the list is editable) the edits. */
export interface CellProps {
  row: RuleRow;
  index: number;
  rows: readonly RuleRow[];
  /** Null: read only. */
  edits: RuleEdits | null;
  errors: RowErrors;
  lookups: RuleLookups;
  hitKey: string | null;
}

/** The line's number as shown (1-based), which the test ids carry too. */
const n = (index: number) => index + 1;

/** The line's number, with the buttons that move it up and down. */
export function PositionCell({ index, rows, edits }: CellProps) {
  const { t } = useI18n();
  return (
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
  );
}

/** The class the line takes, marked when the last try matched it, with a warning when a line above shadows it. */
export function ClassCell({ row, index, rows, edits, errors, lookups, hitKey }: CellProps) {
  const { t } = useI18n();
  return (
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
      <RuleShadowNote rows={rows} index={index} edits={edits} />
    </>
  );
}

/** The street, community or grid of the line (or the whole district). */
export function AreaCell({ row, index, edits, errors, lookups }: CellProps) {
  const { t } = useI18n();
  if (!edits) return <>{lookups.areaLabel(row.areaCode)}</>;
  return (
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
  );
}

/** When the line applies (always, when it has no window). */
export function WindowCell({ row, index, edits, errors }: CellProps) {
  const windowText = useWindowText();
  if (!edits)
    return <span className={row.timeWindow ? undefined : 'muted'}>{windowText(row.timeWindow)}</span>;
  return (
    <TimeWindowEditor
      value={row.timeWindow}
      onChange={(timeWindow) => edits.update(row.key, { timeWindow })}
      error={errors[row.key]?.timeWindow}
      testId={`rule-window-${n(index)}`}
    />
  );
}

/** The unit that takes the events, and whether a named person in it does. */
export function UnitCell({ row, index, edits, errors, lookups }: CellProps) {
  const { t } = useI18n();
  return (
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
  );
}

/** The line's note. */
export function NoteCell({ row, index, edits, errors }: CellProps) {
  const { t } = useI18n();
  if (!edits) return <Typography.Text type="secondary">{row.note}</Typography.Text>;
  return (
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
  );
}

/** A new line below this one, or this one deleted (an editable list only). */
export function RowActions({ row, index, edits }: CellProps) {
  const { t } = useI18n();
  if (!edits) return null;
  return (
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
  );
}
