import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { agentKeys, listRepresented } from '../../api/enterprise-agents.ts';
import { PageHead } from '../../components/PageHead.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { EnterpriseAuthorizations } from './EnterpriseAuthorizations.tsx';

/** 企业授权管理: the legal representative authorizes agents of their enterprises and revokes them. */
export default function EnterpriseAgentsPage() {
  const { t, errorText } = useI18n();
  const { data: enterprises, error } = useQuery({
    queryKey: agentKeys.represented(),
    queryFn: ({ signal }) => listRepresented(signal),
  });
  // The first enterprise until the representative picks another.
  const [picked, setChosen] = useState<string | null>(null);
  const chosen = picked ?? enterprises?.[0]?.creditCode ?? null;

  return (
    <div className="page">
      <PageHead title={t('agents.title')} intro={t('agents.intro')} />
      {error && <Alert type="error" showIcon title={errorText(error)} data-testid="agents-error" />}
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
