import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { ClassSuggestions } from './ClassSuggestions.tsx';
import type { Place } from './component-pick.ts';
import { useClassSuggestions } from './useClassSuggestions.ts';

interface ReportDescriptionFieldProps {
  label: string;
  testId: string;
  rows?: number;
  /** The characters typed out of the 4,000 allowed, under the box. */
  counter?: boolean;
  placeholder?: string;
  /** The class chosen among the suggestions, if any, and what choosing one does. */
  chosen: string | null;
  onChoose: (code: string) => void;
  /** Show all three suggestions, however unlikely (the operator's correction), not only the likely ones. */
  allSuggestions?: boolean;
}

/**
 * 问题描述, the `description` field of a report form (citizen, patrol, hotline): a required text box, and under it
 * the classifier's suggestions while typing — steered by the component (部件) picked in the form's `place`.
 */
export function ReportDescriptionField({
  label,
  testId,
  rows = 4,
  counter = true,
  placeholder,
  chosen,
  onChoose,
  allSuggestions = false,
}: ReportDescriptionFieldProps) {
  const { t } = useI18n();
  const description = Form.useWatch<string | undefined>('description') ?? '';
  const place = Form.useWatch<Place | null | undefined>('place');
  const { suggestions, loading } = useClassSuggestions(description, { component: place?.component });
  return (
    <Form.Item
      name="description"
      label={label}
      rules={[{ required: true, whitespace: true, message: t('gov.report.descriptionRequired') }]}
      extra={
        <ClassSuggestions
          suggestions={suggestions}
          loading={loading}
          chosen={chosen}
          all={allSuggestions}
          onChoose={onChoose}
        />
      }
    >
      <Input.TextArea
        rows={rows}
        maxLength={4000}
        showCount={counter}
        placeholder={placeholder}
        data-testid={testId}
      />
    </Form.Item>
  );
}
