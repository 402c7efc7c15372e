import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type DeliveryInput, setDelivery } from '../../api/applications.ts';
import {
  type CaseView,
  DELIVERY_METHODS,
  type Delivery,
  type DeliveryMethod,
  TERMINAL_STATES,
} from '../../api/cases.ts';
import { getItem } from '../../api/catalogue.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isMainlandMobile } from './portal-case.ts';

const FIELDS = ['method', 'recipient', 'phone', 'address'] as const;

interface DeliveryCardProps {
  c: CaseView;
  onChanged: (c: CaseView) => void;
  /** Loads the case again, when the server's answer does not carry it. */
  onReload: () => void;
}

/** The ways the case's own item version offers (all three until it has loaded, or if it cannot be read). */
function useOfferedMethods(c: CaseView, needed: boolean): readonly DeliveryMethod[] {
  const [offered, setOffered] = useState<readonly DeliveryMethod[]>(DELIVERY_METHODS);
  const { code, version } = c.item;
  useEffect(() => {
    if (!needed) return;
    const controller = new AbortController();
    getItem(code, controller.signal, version)
      .then((item) => item.definition.deliveryMethods?.length && setOffered(item.definition.deliveryMethods))
      .catch(() => undefined);
    return () => controller.abort();
  }, [code, version, needed]);
  return offered;
}

/** 送达方式: pickup, EMS or online; changeable until the case is finished. The pickup code or EMS number shows. */
export function DeliveryCard({ c, onChanged, onReload }: DeliveryCardProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const delivery = c.delivery ?? null;
  const open = !TERMINAL_STATES.has(c.state);
  const chosen = delivery !== null && delivery.chosen !== false;
  const showForm = open && (editing || !chosen);
  const offered = useOfferedMethods(c, showForm);
  // A server without delivery sends no such field: there is nothing to choose then.
  if (c.delivery === undefined || (!open && delivery === null)) return null;
  return (
    <Card
      size="small"
      title={t('delivery.title')}
      className="case-card"
      data-testid="delivery-card"
      extra={
        open &&
        chosen &&
        !editing && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="delivery-edit"
          >
            {t('delivery.change')}
          </Button>
        )
      }
    >
      {delivery && <DeliveryCode delivery={delivery} />}
      {showForm ? (
        <DeliveryForm
          c={c}
          current={delivery}
          offered={offered}
          onSaved={(updated) => {
            setEditing(false);
            if (updated) onChanged(updated);
            else onReload();
          }}
          onCancel={chosen ? () => setEditing(false) : undefined}
        />
      ) : (
        delivery && <DeliveryFacts delivery={delivery} />
      )}
    </Card>
  );
}

/** 取件码 or EMS 运单号, large, once the server has given one. */
function DeliveryCode({ delivery }: { delivery: Delivery }) {
  const { t } = useI18n();
  const code = delivery.pickupCode ?? delivery.trackingNo;
  if (!code) return null;
  return (
    <div className="delivery-code" data-testid="delivery-code">
      <div className="muted small">
        {t(delivery.pickupCode ? 'delivery.pickupCode' : 'delivery.trackingNo')}
      </div>
      <Typography.Text className="mono delivery-code-value" copyable>
        {code}
      </Typography.Text>
    </div>
  );
}

function DeliveryFacts({ delivery }: { delivery: Delivery }) {
  const { t, label } = useI18n();
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'method', label: t('delivery.method'), children: label('delivery', delivery.method) },
          ...(delivery.method === 'mail'
            ? [
                { key: 'recipient', label: t('delivery.recipient'), children: delivery.recipient ?? '—' },
                { key: 'phone', label: t('delivery.phone'), children: delivery.phoneMasked ?? '—' },
                { key: 'address', label: t('delivery.address'), children: delivery.address ?? '—' },
              ]
            : []),
        ]}
      />
      <div className="muted small">{t(`delivery.${delivery.method}Hint`)}</div>
    </>
  );
}

interface DeliveryFormProps {
  c: CaseView;
  current: Delivery | null;
  offered: readonly DeliveryMethod[];
  onSaved: (c: CaseView | null) => void;
  onCancel?: () => void;
}

function DeliveryForm({ c, current, offered, onSaved, onCancel }: DeliveryFormProps) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeliveryInput>();
  const method = Form.useWatch('method', form) ?? current?.method;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (values: DeliveryInput) => {
    const input: DeliveryInput =
      values.method === 'mail'
        ? {
            method: 'mail',
            recipient: values.recipient?.trim(),
            phone: values.phone?.replace(/[\s-]/g, ''),
            address: values.address?.trim(),
          }
        : { method: values.method };
    setSaving(true);
    setError(null);
    try {
      const updated = await setDelivery(c.id, input);
      void message.success(t('delivery.saved'));
      onSaved(updated);
    } catch (caught) {
      if (!showFieldError(form, caught, errorText(caught), FIELDS)) setError(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

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
      onFinish={(values) => void save(values)}
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
        <Button type="primary" htmlType="submit" loading={saving} data-testid="delivery-save">
          {t('delivery.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}
