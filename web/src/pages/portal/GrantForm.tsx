import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { agentKeys, grantAuthorization } from '../../api/enterprise-agents.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';

interface GrantValues {
  agentPhone: string;
  scope: 'all' | 'items';
  itemCodes?: string[];
  validUntil: Dayjs;
}

/** 新增授权: an agent's phone, all items or some, and until when. */
export function GrantForm({
  creditCode,
  onError,
}: {
  creditCode: string;
  onError: (text: string | null) => void;
}) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<GrantValues>();
  const scope = Form.useWatch('scope', form);
  const grant = useMutation({
    mutationFn: (values: GrantValues) =>
      grantAuthorization(creditCode, {
        agentPhone: values.agentPhone.trim(),
        allItems: values.scope === 'all',
        ...(values.scope === 'items' ? { itemCodes: values.itemCodes ?? [] } : {}),
        validUntil: values.validUntil.endOf('day').toISOString(),
      }),
    onMutate: () => onError(null),
    onSuccess: () => {
      void message.success(t('agents.granted'));
      form.resetFields(['agentPhone', 'itemCodes']);
      void queryClient.invalidateQueries({ queryKey: agentKeys.authorizations(creditCode) });
    },
    onError: (caught) => {
      const text = errorText(caught);
      if (!showFieldError(form, caught, text, ['agentPhone', 'itemCodes', 'validUntil'])) onError(text);
    },
  });
  return (
    <Card title={t('agents.grantTitle')}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ scope: 'all', validUntil: dayjs().add(1, 'year') }}
        onFinish={(values) => grant.mutate(values)}
      >
        <Form.Item
          name="agentPhone"
          label={t('agents.phone')}
          rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: t('agents.phoneInvalid') }]}
        >
          <Input maxLength={11} inputMode="numeric" data-testid="agents-phone" />
        </Form.Item>
        <Form.Item name="scope" label={t('agents.scope')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'all', label: t('agents.allItems') },
              { value: 'items', label: t('agents.someItems') },
            ]}
            data-testid="agents-scope"
          />
        </Form.Item>
        {scope === 'items' && (
          <Form.Item
            name="itemCodes"
            label={t('agents.itemCodes')}
            extra={t('agents.itemCodesHint')}
            rules={[{ required: true, message: t('agents.itemCodesRequired') }]}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} data-testid="agents-items" />
          </Form.Item>
        )}
        <Form.Item name="validUntil" label={t('agents.validUntil')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="agents-until" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<UserAddOutlined />}
          loading={grant.isPending}
          data-testid="agents-grant"
        >
          {t('agents.grant')}
        </Button>
      </Form>
    </Card>
  );
}
