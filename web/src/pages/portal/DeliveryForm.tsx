import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { type DeliveryInput, setDelivery } from '../../api/applications.ts';
import type { CaseView, Delivery, DeliveryMethod } from '../../api/cases.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isMainlandMobile } from './portal-case.ts';

const FIELDS = ['method', 'recipient', 'phone', 'address'] as const;

interface DeliveryFormProps {
  c: CaseView;
  current: Delivery | null;
  offered: readonly DeliveryMethod[];
  onSaved: (c: CaseView | null) => void;
  onCancel?: () => void;
}

/** Chooses or changes the delivery: the methods the item offers, and for EMS whom and where to send to. */
export function DeliveryForm({ c, current, offered, onSaved, onCancel }: DeliveryFormProps) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeliveryInput>();
  const method = Form.useWatch('method', form) ?? current?.method;
  const [error, setError] = useState<string | null>(null);
  const saving = useMutation({
    mutationFn: (input: DeliveryInput) => setDelivery(c.id, input),
    onMutate: () => setError(null),
    onSuccess: (updated) => {
      void message.success(t('delivery.saved'));
      onSaved(updated);
    },
    onError: (caught) => {
      if (!showFieldError(form, caught, errorText(caught), FIELDS)) setError(errorText(caught));
    },
  });

  const save = (values: DeliveryInput) =>
    saving.mutate(
      values.method === 'mail'
        ? {
            method: 'mail',
            recipient: values.recipient?.trim(),
            phone: values.phone?.replace(/[\s-]/g, ''),
            address: values.address?.trim(),
          }
        : { method: values.method },
    );

  const required = (field: 'delivery.recipient' | 'delivery.phone' | 'delivery.address') => ({
    required: true,
    whitespace: true,
    message: t('delivery.required', { field: t(field) }),
  });

  return (
    <Form<DeliveryInput>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{
        method: current?.method,
        recipient: current?.recipient ?? undefined,
        address: current?.address ?? undefined,
      }}
      onFinish={save}
      data-testid="delivery-form"
    >
      <div className="muted small delivery-intro">{t('delivery.choose')}</div>
      <Form.Item name="method" rules={[{ required: true, message: t('delivery.choose') }]}>
        <Radio.Group className="delivery-methods">
          {offered.map((m) => (
            <Radio key={m} value={m} data-testid={`delivery-${m}`}>
              <span>{t(`delivery.${m}`)}</span>
              <div className="muted small">{t(`delivery.${m}Hint`)}</div>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {method === 'mail' && (
        <>
          <Form.Item
            name="recipient"
            label={t('delivery.recipient')}
            rules={[required('delivery.recipient')]}
          >
            <Input maxLength={64} autoComplete="name" data-testid="delivery-recipient" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('delivery.phone')}
            validateTrigger="onBlur"
            rules={[
              required('delivery.phone'),
              {
                validator: async (_, value: string | undefined) => {
                  if (value?.trim() && !isMainlandMobile(value)) throw new Error(t('delivery.phoneInvalid'));
                },
              },
            ]}
          >
            <Input
              maxLength={20}
              inputMode="tel"
              autoComplete="tel"
              placeholder={current?.phoneMasked ?? '138 0000 0000'}
              data-testid="delivery-phone"
            />
          </Form.Item>
          <Form.Item name="address" label={t('delivery.address')} rules={[required('delivery.address')]}>
            <Input.TextArea
              rows={2}
              maxLength={200}
              placeholder={t('delivery.addressPlaceholder')}
              data-testid="delivery-address"
            />
          </Form.Item>
        </>
      )}
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving.isPending} data-testid="delivery-save">
          {t('delivery.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}
