import { PhoneOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import type { GovEvent, Severity } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ClassPicker } from './ClassPicker.tsx';
import { componentIdOf, type Place } from './component-pick.ts';
import { showServerFieldError } from './field-errors.ts';
import { HotlineAddressField, HotlineCallerFields } from './HotlineFields.tsx';
import { ReportDescriptionField } from './ReportDescriptionField.tsx';
import { ReportOutcome } from './ReportOutcome.tsx';
import { ReportPlaceField } from './ReportPlaceField.tsx';
import { useReportEvent } from './useEventStep.ts';
import './governance.css';

interface HotlineValues {
  reporterName: string;
  reporterPhone: string;
  addressText: string;
  place: Place | null;
  description: string;
  classCode: string | null;
  severity: Severity | null;
}

const FIELDS = {
  reporterName: 'reporterName',
  reporterPhone: 'reporterPhone',
  addressText: 'addressText',
  lng: 'place',
  lat: 'place',
  componentId: 'place',
  description: 'description',
  classCode: 'classCode',
};

/**
 * 热线受理: the operator takes a call — who calls, where (an address the registry finds, or a pin when it does not),
 * what happened (the class suggested while typing, chosen or corrected) — and sees the event it became.
 */
export default function HotlinePage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<HotlineValues>();
  const classCode = Form.useWatch('classCode', form) ?? null;
  const [pinning, setPinning] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<GovEvent | null>(null);
  const report = useReportEvent();
  const idempotencyKey = useRef<string | null>(null);

  const submit = async (values: HotlineValues) => {
    setSending(true);
    setError(null);
    idempotencyKey.current ??= crypto.randomUUID();
    const address = values.addressText?.trim();
    const componentId = componentIdOf(values.place);
    try {
      const event = await report.mutateAsync([
        {
          channel: 'hotline',
          description: values.description.trim(),
          ...(values.reporterName?.trim() ? { reporterName: values.reporterName.trim() } : {}),
          ...(values.reporterPhone?.trim() ? { reporterPhone: values.reporterPhone.trim() } : {}),
          ...(address ? { addressText: address } : {}),
          ...(values.place ? { lng: values.place.lng, lat: values.place.lat } : {}),
          ...(componentId ? { componentId } : {}),
          ...(values.classCode ? { classCode: values.classCode } : {}),
          ...(values.severity ? { severity: values.severity } : {}),
        },
        idempotencyKey.current,
      ]);
      idempotencyKey.current = null;
      setOutcome(event);
      void message.success(t('gov.hotline.created', { eventNo: event.eventNo }));
    } catch (caught) {
      // The registry does not know the address: the operator pins the place instead.
      if (caught instanceof ApiError && caught.field === 'addressText') setPinning(true);
      const text = errorText(caught);
      if (!showServerFieldError(form, caught, text, FIELDS)) setError(text);
    } finally {
      setSending(false);
    }
  };

  const next = () => {
    form.resetFields();
    setPinning(false);
    setOutcome(null);
  };

  if (outcome) {
    return (
      <div className="page hotline-page">
        <Card>
          <ReportOutcome
            e={outcome}
            extra={
              <Space wrap>
                <Link to={`/gov/events/${outcome.id}`} data-testid="hotline-event-link">
                  <Button type="primary">{t('gov.hotline.openEvent')}</Button>
                </Link>
                <Button onClick={next} icon={<PhoneOutlined />} data-testid="hotline-next">
                  {t('gov.hotline.next')}
                </Button>
              </Space>
            }
          />
        </Card>
      </div>
    );
  }

  return (
    <div className="page hotline-page">
      <Card title={t('gov.hotline.title')}>
        <Typography.Paragraph type="secondary">{t('gov.hotline.intro')}</Typography.Paragraph>
        <Form<HotlineValues>
          form={form}
          layout="vertical"
          initialValues={{ place: null, classCode: null, severity: null }}
          onFinish={(values) => void submit(values)}
          onValuesChange={() => setError(null)}
          data-testid="hotline-form"
        >
          <HotlineCallerFields />
          <HotlineAddressField pinning={pinning} onTogglePin={() => setPinning((v) => !v)} />
          {pinning && <ReportPlaceField components required={false} extra={t('gov.hotline.pinHint')} />}
          <ReportDescriptionField
            label={t('gov.hotline.description')}
            testId="hotline-description"
            chosen={classCode}
            onChoose={(code) => form.setFieldValue('classCode', code)}
            allSuggestions
          />
          <Form.Item name="classCode" label={t('gov.hotline.class')} extra={t('gov.hotline.classHint')}>
            <ClassPicker testId="hotline-class" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} className="form-alert" />}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            loading={sending}
            data-testid="hotline-submit"
          >
            {t('gov.hotline.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
