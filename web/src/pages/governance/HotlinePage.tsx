import { PhoneOutlined, PushpinOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type GovEvent, SEVERITIES, type Severity } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ClassPicker } from './ClassPicker.tsx';
import { componentIdOf, type Place } from './component-pick.ts';
import { showServerFieldError } from './field-errors.ts';
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
  const { t, label, errorText } = useI18n();
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
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="reporterName" label={t('gov.hotline.name')}>
                <Input maxLength={50} data-testid="hotline-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="reporterPhone"
                label={t('gov.hotline.phone')}
                rules={[
                  { pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('gov.hotline.phoneInvalid') },
                ]}
              >
                <Input maxLength={20} inputMode="tel" data-testid="hotline-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="severity" label={t('gov.hotline.severity')}>
                <Select<Severity>
                  allowClear
                  placeholder={t('gov.hotline.severityDefault')}
                  options={SEVERITIES.map((s) => ({ value: s, label: label('severity', s) }))}
                  data-testid="hotline-severity"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="addressText"
            label={t('gov.hotline.address')}
            extra={
              <Button
                type="link"
                size="small"
                icon={<PushpinOutlined />}
                onClick={() => setPinning((v) => !v)}
                data-testid="hotline-pin-toggle"
                className="hotline-pin-toggle"
              >
                {t(pinning ? 'gov.hotline.hideMap' : 'gov.hotline.pinInstead')}
              </Button>
            }
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value?.trim() || getFieldValue('place')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('gov.hotline.placeRequired'))),
              }),
            ]}
            dependencies={['place']}
          >
            <Input
              maxLength={200}
              placeholder={t('gov.hotline.addressPlaceholder')}
              data-testid="hotline-address"
            />
          </Form.Item>
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
