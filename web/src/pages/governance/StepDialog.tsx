import { Alert, Form, Input, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { PhotoPicker } from './PhotoPicker.tsx';

export interface StepInput {
  note: string;
  reasons: string[];
  photos: File[];
}

export interface StepDialogProps {
  open: boolean;
  title: string;
  /** What the step asks for: a note (required or not), reasons (one per line, required), photos. */
  note?: 'required' | 'optional';
  reasons?: boolean;
  photos?: boolean;
  /** Common reasons, one click each (appended as lines). */
  suggestions?: readonly string[];
  notePlaceholder?: string;
  /** Destructive steps (void, reject) get a red button. */
  danger?: boolean;
  submitting: boolean;
  error: string | null;
  onSubmit: (input: StepInput) => void;
  onCancel: () => void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** One step of an event that needs words or photos: the reasons of a rejection, the disposal note, the check. */
export function StepDialog(props: StepDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const reasons = lines(reasonText);
  const missing = (props.reasons && reasons.length === 0) || (props.note === 'required' && !note.trim());
  const append = (reason: string) =>
    setReasonText((current) => (current.trim() ? `${current.replace(/\s+$/, '')}\n${reason}` : reason));

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t('gov.step.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{
        disabled: missing,
        loading: props.submitting,
        danger: props.danger,
        ...{ 'data-testid': 'step-submit' },
      }}
      onOk={() => props.onSubmit({ note: note.trim(), reasons, photos })}
      onCancel={props.onCancel}
      afterClose={() => {
        setNote('');
        setReasonText('');
        setPhotos([]);
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        {props.reasons && (
          <Form.Item
            label={t('gov.step.reasons')}
            required
            help={reasons.length === 0 ? t('reasons.required') : undefined}
          >
            <Input.TextArea
              autoFocus
              rows={3}
              value={reasonText}
              onChange={(event) => setReasonText(event.target.value)}
              placeholder={t('gov.step.reasonsPlaceholder')}
              maxLength={2000}
              data-testid="step-reasons"
            />
            {props.suggestions && props.suggestions.length > 0 && (
              <div className="reason-suggestions">
                {props.suggestions.map((reason) => (
                  <Tag.CheckableTag key={reason} checked={false} onChange={() => append(reason)}>
                    + {reason}
                  </Tag.CheckableTag>
                ))}
              </div>
            )}
          </Form.Item>
        )}
        {props.note && (
          <Form.Item label={t('gov.step.note')} required={props.note === 'required'}>
            <Input.TextArea
              autoFocus={!props.reasons}
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder={props.notePlaceholder}
              maxLength={2000}
              showCount
              data-testid="step-note"
            />
          </Form.Item>
        )}
        {props.photos && (
          <Form.Item label={t('gov.step.photos')}>
            <PhotoPicker value={photos} onChange={setPhotos} testId="step-photos" />
          </Form.Item>
        )}
      </Form>
      {props.error && <Alert type="error" showIcon title={props.error} data-testid="step-error" />}
    </Modal>
  );
}
