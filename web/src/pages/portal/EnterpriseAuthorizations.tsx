import { StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import {
  type AgentAuthorization,
  agentKeys,
  listAuthorizations,
  revokeAuthorization,
} from '../../api/enterprise-agents.ts';
import { useI18n } from '../../i18n/index.tsx';
import { GrantForm } from './GrantForm.tsx';

const STATUS_COLOR = { active: 'green', expired: 'default', revoked: 'red' } as const;

/** One enterprise's agents: the grant form and the authorizations, each revocable while active. */
export function EnterpriseAuthorizations({ creditCode }: { creditCode: string }) {
  const { t, errorText, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [actionError, setActionError] = useState<string | null>(null);
  const list = useQuery({
    queryKey: agentKeys.authorizations(creditCode),
    queryFn: ({ signal }) => listAuthorizations(creditCode, signal),
  });
  const revoking = useMutation({
    mutationFn: (id: string) => revokeAuthorization(creditCode, id),
    onSuccess: () => {
      void message.success(t('agents.revoked'));
      void queryClient.invalidateQueries({ queryKey: agentKeys.authorizations(creditCode) });
    },
    onError: (caught) => setActionError(errorText(caught)),
  });
  const revoke = (id: string) => revoking.mutateAsync(id).catch(() => undefined);
  const error = actionError ?? (list.error ? errorText(list.error) : null);

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
      <GrantForm creditCode={creditCode} onError={setActionError} />
      <Card title={t('agents.listTitle')}>
        <Table
          rowKey="id"
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: t('agents.none') }}
          data-testid="agents-table"
        />
      </Card>
    </Space>
  );
}
