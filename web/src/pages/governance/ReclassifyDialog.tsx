import { Alert, Form, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { EventSummary } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ClassPicker } from './ClassPicker.tsx';
import { percent } from './class-picker.ts';
import { useClassName } from './EventTags.tsx';

interface ReclassifyDialogProps {
  open: boolean;
  e: EventSummary;
  submitting: boolean;
  error: string | null;
  onSubmit: (classCode: string) => void;
  onCancel: () => void;
}

/** 更正类别: the classifier's three suggestions to pick from, or any class of the taxonomy; the event is routed again. */
export function ReclassifyDialog({ open, e, submitting, error, onSubmit, onCancel }: ReclassifyDialogProps) {
  const { t } = useI18n();
  const className = useClassName();
  const [code, setCode] = useState<string | null>(null);
  const suggestions = (e.classification.suggestions ?? []).slice(0, 3);
  return (
    <Modal
      open={open}
      title={t('gov.reclassify.title')}
      okText={t('gov.reclassify.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{
        disabled: !code || code === e.classCode,
        loading: submitting,
        ...{ 'data-testid': 'reclassify-submit' },
      }}
      onOk={() => code && onSubmit(code)}
      onCancel={onCancel}
      afterClose={() => setCode(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('gov.reclassify.current', { code: e.classCode, name: className(e) })}
      </Typography.Paragraph>
      <Form layout="vertical">
        {suggestions.length > 0 && (
          <Form.Item label={t('gov.reclassify.suggested')}>
            <Radio.Group
              value={code}
              onChange={(event) => setCode(event.target.value as string)}
              className="reclassify-options"
            >
              {suggestions.map((s) => (
                <Radio
                  key={s.code}
                  value={s.code}
                  disabled={s.code === e.classCode}
                  data-testid={`reclassify-suggestion-${s.code}`}
                >
                  {s.code} {s.name} <span className="muted small">{percent(s.confidence)}</span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item label={t('gov.reclassify.any')}>
          <ClassPicker value={code} onChange={setCode} testId="reclassify-picker" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" className="small">
        {t('gov.reclassify.hint')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} data-testid="step-error" />}
    </Modal>
  );
}
