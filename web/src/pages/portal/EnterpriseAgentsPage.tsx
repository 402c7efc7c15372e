import { StopOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  type TableProps,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import {
  type AgentAuthorization,
  grantAuthorization,
  listAuthorizations,
  listRepresented,
  type RepresentedEnterprise,
  revokeAuthorization,
} from '../../api/enterprise-agents.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { PageHead } from '../../components/PageHead.tsx';
import { useI18n } from '../../i18n/index.tsx';

interface GrantValues {
  agentPhone: string;
  scope: 'all' | 'items';
  itemCodes?: string[];
  validUntil: Dayjs;
}

const STATUS_COLOR = { active: 'green', expired: 'default', revoked: 'red' } as const;

/** 企业授权管理: the legal representative authorizes agents of their enterprises and revokes them. */
export default function EnterpriseAgentsPage() {
  const { t, errorText } = useI18n();
  const [enterprises, setEnterprises] = useState<RepresentedEnterprise[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listRepresented(controller.signal)
      .then((items) => {
        setEnterprises(items);
        setChosen(items[0]?.creditCode ?? null);
      })
      .catch((caught) => {
        if (!controller.signal.aborted) setError(errorText(caught));
      });
    return () => controller.abort();
  }, [errorText]);

  return (
    <div className="page">
      <PageHead title={t('agents.title')} intro={t('agents.intro')} />
      {error && <Alert type="error" showIcon title={error} data-testid="agents-error" />}
      {enterprises && enterprises.length === 0 && <Empty description={t('agents.noEnterprise')} />}
      {enterprises && enterprises.length > 0 && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Select
            value={chosen}
            onChange={setChosen}
            style={{ minWidth: 360 }}
            data-testid="agents-enterprise"
            options={enterprises.map((e) => ({ value: e.creditCode, label: `${e.name}（${e.creditCode}）` }))}
          />
          {chosen && <EnterpriseAuthorizations key={chosen} creditCode={chosen} />}
        </Space>
      )}
    </div>
  );
}

function EnterpriseAuthorizations({ creditCode }: { creditCode: string }) {
  const { t, errorText, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();
  const [rows, setRows] = useState<AgentAuthorization[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scope = Form.useWatch('scope', form);

  const reload = useCallback(() => {
    listAuthorizations(creditCode)
      .then(setRows)
      .catch((caught) => setError(errorText(caught)));
  }, [creditCode, errorText]);
  useEffect(reload, [reload]);

  const grant = async (values: GrantValues) => {
    setBusy(true);
    setError(null);
    try {
      await grantAuthorization(creditCode, {
        agentPhone: values.agentPhone.trim(),
        allItems: values.scope === 'all',
        ...(values.scope === 'items' ? { itemCodes: values.itemCodes ?? [] } : {}),
        validUntil: values.validUntil.endOf('day').toISOString(),
      });
      void message.success(t('agents.granted'));
      form.resetFields(['agentPhone', 'itemCodes']);
      reload();
    } catch (caught) {
      const text = errorText(caught);
      if (!showFieldError(form, caught, text, ['agentPhone', 'itemCodes', 'validUntil'])) setError(text);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (id: string) => {
    try {
      await revokeAuthorization(creditCode, id);
      void message.success(t('agents.revoked'));
      reload();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const columns: TableProps<AgentAuthorization>['columns'] = [
    {
      key: 'phone',
      title: t('agents.phone'),
      render: (_, a) => <span className="mono">{a.agentPhoneMasked}</span>,
    },
    {
      key: 'scope',
      title: t('agents.scope'),
      render: (_, a) => (a.allItems ? t('agents.allItems') : a.itemCodes.join('、')),
    },
    { key: 'until', title: t('agents.validUntil'), render: (_, a) => formatDateTime(a.validUntil) },
    {
      key: 'status',
      title: t('agents.status'),
      render: (_, a) => <Tag color={STATUS_COLOR[a.status]}>{t(`agents.status.${a.status}`)}</Tag>,
    },
    {
      key: 'actions',
      title: '',
      render: (_, a) =>
        a.status === 'active' && (
          <Popconfirm
            title={t('agents.revokeConfirm', { phone: a.agentPhoneMasked })}
            okText={t('agents.revoke')}
            cancelText={t('agents.cancel')}
            okButtonProps={{ danger: true, id: 'agents-revoke-confirm' }}
            onConfirm={() => revoke(a.id)}
          >
            <Button danger size="small" icon={<StopOutlined />} data-testid="agents-revoke">
              {t('agents.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} data-testid="agents-error" />}
      <Card title={t('agents.grantTitle')}>
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ scope: 'all', validUntil: dayjs().add(1, 'year') }}
          onFinish={(values) => void grant(values)}
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
            loading={busy}
            data-testid="agents-grant"
          >
            {t('agents.grant')}
          </Button>
        </Form>
      </Card>
      <Card title={t('agents.listTitle')}>
        <Table
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('agents.none') }}
          data-testid="agents-table"
        />
      </Card>
    </Space>
  );
}
