import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Space, Switch, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { GovEvent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { showServerFieldError } from './field-errors.ts';
import { PhotoPicker } from './PhotoPicker.tsx';
import { ReportDescriptionField } from './ReportDescriptionField.tsx';
import { ReportOutcome } from './ReportOutcome.tsx';
import { ReportPlaceField } from './ReportPlaceField.tsx';
import { useReportEvent } from './useEventStep.ts';
import type { Point } from './useLocate.ts';
import { usePhotoUploads } from './usePhotoUploads.ts';
import './governance.css';

interface ReportValues {
  description: string;
  place: Point | null;
  photos: File[];
  anonymous: boolean;
}

/** Server field → form field: a place outside the district is named by its longitude. */
const FIELDS = { description: 'description', lng: 'place', lat: 'place' };

/**
 * 我要上报: a citizen describes a problem (the class is suggested as they type), pins it on the district map or
 * takes the phone's position, adds photos and may stay anonymous. On sending they see at once the number, the
 * class, the unit it went to and why; the photos follow.
 */
export default function ReportPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const [classCode, setClassCode] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<GovEvent | null>(null);
  const photos = usePhotoUploads();
  // One key per report: a double tap or a retry after a lost answer gets the same event, not a second one.
  const report = useReportEvent();
  const idempotencyKey = useRef<string | null>(null);

  const submit = async (values: ReportValues) => {
    if (!values.place) return;
    setSending(true);
    setError(null);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      const event = await report.mutateAsync([
        {
          description: values.description.trim(),
          lng: values.place.lng,
          lat: values.place.lat,
          anonymous: values.anonymous,
          ...(classCode ? { classCode } : {}),
        },
        idempotencyKey.current,
      ]);
      idempotencyKey.current = null;
      setOutcome(event);
      void message.success(t('gov.outcome.title'));
      if (values.photos.length > 0) await photos.send(event.id, 'report', values.photos);
    } catch (caught) {
      const text = errorText(caught);
      if (!showServerFieldError(form, caught, text, FIELDS)) setError(text);
    } finally {
      setSending(false);
    }
  };

  const again = () => {
    form.resetFields();
    setClassCode(null);
    setOutcome(null);
  };

  if (outcome) {
    return (
      <div className="page h5-page">
        <Card>
          <ReportOutcome
            e={outcome}
            photos={photos}
            citizen
            extra={
              <Space wrap>
                <Link to={`/my/reports/${outcome.id}`}>
                  <Button type="primary" data-testid="report-view">
                    {t('gov.report.view')}
                  </Button>
                </Link>
                <Button onClick={again} data-testid="report-another">
                  {t('gov.report.another')}
                </Button>
              </Space>
            }
          />
        </Card>
      </div>
    );
  }

  return (
    <div className="page h5-page">
      <Card title={t('gov.report.title')} extra={<Link to="/my/reports">{t('nav.myReports')}</Link>}>
        <Typography.Paragraph type="secondary">{t('gov.report.intro')}</Typography.Paragraph>
        <Form<ReportValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ description: '', place: null, photos: [], anonymous: false }}
          onFinish={(values) => void submit(values)}
          onValuesChange={() => setError(null)}
          data-testid="report-form"
        >
          <ReportDescriptionField
            label={t('gov.report.description')}
            testId="report-description"
            placeholder={t('gov.report.descriptionPlaceholder')}
            chosen={classCode}
            onChoose={(code) => setClassCode((current) => (current === code ? null : code))}
          />
          <ReportPlaceField compact />
          <Form.Item name="photos" label={t('gov.report.photos')}>
            <PhotoPicker testId="report-photos" />
          </Form.Item>
          <Form.Item
            name="anonymous"
            label={t('gov.report.anonymous')}
            valuePropName="checked"
            extra={t('gov.report.anonymousHint')}
          >
            <Switch data-testid="report-anonymous" />
          </Form.Item>
          {error && (
            <Alert type="error" showIcon title={error} className="form-alert" data-testid="report-error" />
          )}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            icon={<SendOutlined />}
            loading={sending}
            data-testid="report-submit"
          >
            {t('gov.report.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
