import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Space } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { GovEvent } from '../../api/governance.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ClassPicker } from './ClassPicker.tsx';
import { componentIdOf, type Place } from './component-pick.ts';
import { showServerFieldError } from './field-errors.ts';
import { PhotoPicker } from './PhotoPicker.tsx';
import { ReportDescriptionField } from './ReportDescriptionField.tsx';
import { ReportOutcome } from './ReportOutcome.tsx';
import { ReportPlaceField } from './ReportPlaceField.tsx';
import { useReportEvent } from './useEventStep.ts';
import { usePhotoUploads } from './usePhotoUploads.ts';

interface PatrolValues {
  classCode: string;
  description: string;
  place: Place | null;
  photos: File[];
}

const FIELDS = {
  classCode: 'classCode',
  description: 'description',
  lng: 'place',
  lat: 'place',
  componentId: 'place',
};

/**
 * 巡查上报: the grid worker names the patrol item, says what they see, adds a photo and the position — and the
 * component (部件) it is about, picked among those near the pin, whose class then leads the suggestions.
 */
export function PatrolReportForm({ onDone }: { onDone: () => void }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  // The patrol map opens on the worker's own grid.
  const home = useUser().jurisdiction?.code;
  const [form] = Form.useForm<PatrolValues>();
  const classCode = Form.useWatch('classCode', form) ?? null;
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<GovEvent | null>(null);
  const photos = usePhotoUploads();
  const report = useReportEvent();
  const idempotencyKey = useRef<string | null>(null);

  const submit = async (values: PatrolValues) => {
    if (!values.place) return;
    const componentId = componentIdOf(values.place);
    setSending(true);
    setError(null);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      const event = await report.mutateAsync([
        {
          classCode: values.classCode,
          description: values.description.trim(),
          lng: values.place.lng,
          lat: values.place.lat,
          ...(componentId ? { componentId } : {}),
        },
        idempotencyKey.current,
      ]);
      idempotencyKey.current = null;
      setOutcome(event);
      void message.success(t('gov.outcome.title'));
      onDone();
      if (values.photos.length > 0) await photos.send(event.id, 'report', values.photos);
    } catch (caught) {
      const text = errorText(caught);
      if (!showServerFieldError(form, caught, text, FIELDS)) setError(text);
    } finally {
      setSending(false);
    }
  };

  if (outcome) {
    return (
      <Card>
        <ReportOutcome
          e={outcome}
          photos={photos}
          extra={
            <Space wrap>
              <Link to={`/gov/events/${outcome.id}`}>
                <Button type="primary">{t('gov.patrol.details')}</Button>
              </Link>
              <Button
                onClick={() => {
                  form.resetFields();
                  setOutcome(null);
                }}
                data-testid="patrol-another"
              >
                {t('gov.report.another')}
              </Button>
            </Space>
          }
        />
      </Card>
    );
  }

  return (
    <Card className="patrol-report">
      <Form<PatrolValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ description: '', place: null, photos: [] }}
        onFinish={(values) => void submit(values)}
        onValuesChange={() => setError(null)}
        data-testid="patrol-form"
      >
        <Form.Item
          name="classCode"
          label={t('gov.patrol.item')}
          rules={[{ required: true, message: t('gov.patrol.itemRequired') }]}
        >
          <ClassPicker testId="patrol-class" placeholder={t('gov.patrol.itemPlaceholder')} />
        </Form.Item>
        <ReportDescriptionField
          label={t('gov.report.description')}
          testId="patrol-description"
          rows={3}
          counter={false}
          chosen={classCode}
          onChoose={(code) => form.setFieldsValue({ classCode: code })}
        />
        <Form.Item name="photos" label={t('gov.report.photos')}>
          <PhotoPicker testId="patrol-photos" />
        </Form.Item>
        <ReportPlaceField compact components {...(home ? { homeArea: home } : {})} />
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          icon={<SendOutlined />}
          loading={sending}
          data-testid="patrol-submit"
        >
          {t('gov.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}
