import { Form, Input, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';

export interface ReasonsDialogProps {
  open: boolean;
  /** The action's label, for the title. */
  title: string;
  /** Common reasons offered as one-click chips (they are appended as lines). */
  suggestions?: readonly string[];
  submitting: boolean;
  onSubmit: (reasons: string[]) => void;
  onCancel: () => void;
}

/** Asks for the reasons of a refusal, rejection or return: one per line, each a line of the notice. */
export function ReasonsDialog({
  open,
  title,
  suggestions,
  submitting,
  onSubmit,
  onCancel,
}: ReasonsDialogProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const reasons = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const append = (reason: string) =>
    setText((current) => (current.trim() ? `${current.replace(/\s+$/, '')}\n${reason}` : reason));

  return (
    <Modal
      open={open}
      title={t('reasons.title', { action: title })}
      okText={t('reasons.submit')}
      cancelText={t('common.cancel')}
      // Spread so that the test id passes the props' type check; antd puts it on the button.
      okButtonProps={{
        disabled: reasons.length === 0,
        loading: submitting,
        ...{ 'data-testid': 'reasons-submit' },
      }}
      onOk={() => onSubmit(reasons)}
      onCancel={onCancel}
      afterClose={() => setText('')}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={t('reasons.label')}
          required
          help={reasons.length === 0 ? t('reasons.required') : undefined}
        >
          <Input.TextArea
            autoFocus
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('reasons.placeholder')}
            data-testid="reasons-input"
            maxLength={2000}
          />
        </Form.Item>
      </Form>
      {suggestions && suggestions.length > 0 && (
        <div className="reason-suggestions">
          {suggestions.map((reason) => (
            <Tag.CheckableTag key={reason} checked={false} onChange={() => append(reason)}>
              + {reason}
            </Tag.CheckableTag>
          ))}
        </div>
      )}
    </Modal>
  );
}
