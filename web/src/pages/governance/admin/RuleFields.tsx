import { Select, TreeSelect, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Department } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { matchesNode, type PickerNode } from './pickers.ts';

/** A control with the message of what is wrong with it underneath. */
export function WithError({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div className="rule-field">
      {children}
      {error && (
        <Typography.Text type="danger" className="rule-field-error small" role="alert">
          {error}
        </Typography.Text>
      )}
    </div>
  );
}

interface TreePickerProps {
  value: string;
  tree: PickerNode[];
  onChange: (value: string) => void;
  placeholder: string;
  error?: string;
  loading?: boolean;
  testId: string;
}

/** A class or an area: any level of the tree may be chosen, found by typing a code or a name. */
export function TreePicker({ value, tree, onChange, placeholder, error, loading, testId }: TreePickerProps) {
  return (
    <TreeSelect<string>
      value={value || undefined}
      treeData={tree}
      onChange={(v) => onChange(v)}
      placeholder={placeholder}
      showSearch={{ filterTreeNode: (input, node) => matchesNode(input, node as PickerNode) }}
      treeNodeLabelProp="label"
      fieldNames={{ label: 'title', value: 'value', children: 'children' }}
      popupMatchSelectWidth={false}
      listHeight={320}
      loading={loading}
      status={error ? 'error' : undefined}
      className="rule-picker"
      data-testid={testId}
    />
  );
}

/** Departments first, then the street offices, in the current language. */
export function UnitPicker({
  value,
  departments,
  onChange,
  error,
  testId,
}: {
  value: string;
  departments: Department[];
  onChange: (unitId: string) => void;
  error?: string;
  testId: string;
}) {
  const { t, departmentName } = useI18n();
  const option = (d: Department) => ({
    value: d.id,
    label: departmentName(d),
    search: `${d.id} ${d.nameZh} ${d.nameEn}`,
  });
  const offices = departments.filter((d) => d.kind === 'street_office');
  const others = departments.filter((d) => d.kind !== 'street_office');
  return (
    <Select<string>
      value={value || undefined}
      onChange={onChange}
      options={[
        { label: t('gov.rules.unitDepartments'), options: others.map(option) },
        { label: t('gov.rules.unitStreets'), options: offices.map(option) },
      ]}
      showSearch={{
        filterOption: (input, o) => matchesNode(input, { search: String(o?.search ?? '').toLowerCase() }),
      }}
      placeholder={t('gov.rules.unitPlaceholder')}
      loading={departments.length === 0}
      status={error ? 'error' : undefined}
      popupMatchSelectWidth={false}
      className="rule-picker"
      data-testid={testId}
    />
  );
}
