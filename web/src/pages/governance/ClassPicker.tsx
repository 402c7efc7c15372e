import { Select } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { classGroups, matchesClass } from './class-picker.ts';
import { useTaxonomy } from './useTaxonomy.ts';

interface ClassPickerProps {
  value?: string | null;
  onChange?: (code: string) => void;
  /** Keep to 部件 or 事件 classes; both when left out. */
  kind?: 'component' | 'event';
  placeholder?: string;
  testId?: string;
}

/** Every class of the taxonomy, grouped under its major, searchable by code or name. */
export function ClassPicker({
  value,
  onChange,
  kind,
  placeholder,
  testId = 'class-picker',
}: ClassPickerProps) {
  const { t, locale } = useI18n();
  const { taxonomy, error } = useTaxonomy();
  const groups = useMemo(
    () => (taxonomy ? classGroups(taxonomy, locale === 'en-US' ? 'en' : 'zh', kind) : []),
    [taxonomy, locale, kind],
  );
  return (
    <Select<string>
      showSearch={{
        filterOption: (input, option) => matchesClass(input, { search: String(option?.search ?? '') }),
      }}
      value={value ?? undefined}
      onChange={(code) => onChange?.(code)}
      options={groups.map((g) => ({ label: g.label, title: g.label, options: g.options }))}
      placeholder={placeholder ?? t('gov.class.pick')}
      loading={!taxonomy && !error}
      status={error ? 'error' : undefined}
      className="class-picker"
      data-testid={testId}
      virtual
      listHeight={320}
      popupMatchSelectWidth={false}
    />
  );
}
