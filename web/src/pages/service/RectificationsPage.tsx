import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Segmented, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  listRectifications,
  type Rectification,
  type RectificationFilter,
  rectificationKeys,
} from '../../api/rectifications.ts';
import { departmentsQuery } from '../../api/staff.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { PageHead } from '../../components/PageHead.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { RectificationDrawer } from './RectificationDrawer.tsx';
import { useRectificationColumns } from './useRectificationColumns.tsx';

const REFRESH_MS = 30_000;
type StateFilter = RectificationFilter | 'all';
const STATES: readonly StateFilter[] = ['all', 'open', 'overdue', 'closed'];
const seesAll = (roles: readonly string[]) => roles.includes('supervisor') || roles.includes('administrator');

/**
 * 差评整改: the bad ratings the user's department must rectify (supervisors: every department's), most urgent
 * first; a row opens the rectification with its return visits and the form that records the next one.
 */
export default function RectificationsPage() {
  const { t, errorText, formatDateTime } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const state = (STATES as readonly string[]).includes(params.get('state') ?? '')
    ? (params.get('state') as StateFilter)
    : 'all';
  const department = params.get('department') ?? undefined;
  const openId = params.get('id');
  const query = { state: state === 'all' ? undefined : state, department };
  const polled = useQuery({
    queryKey: rectificationKeys.list(query),
    queryFn: ({ signal }) => listRectifications(query, signal),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
    placeholderData: keepPreviousData,
  });
  const departments = useQuery({ ...departmentsQuery(), enabled: seesAll(user.roles) }).data ?? [];

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: key !== 'id' },
    );
  const counts = polled.data?.counts;
  const countOf = (s: StateFilter) =>
    !counts ? '' : ` ${s === 'all' ? counts.open + counts.closed : s === 'open' ? counts.open : counts[s]}`;
  // The answer to a return visit shows at once, even when it moved the rectification out of the filter.
  const [changed, setChanged] = useState<Rectification | null>(null);
  const items = polled.data?.items ?? [];
  const opened = (changed?.id === openId ? changed : null) ?? items.find((r) => r.id === openId) ?? null;

  const columns = useRectificationColumns((r) => setParam('id', r.id));

  return (
    <div className="page">
      <PageHead title={t('rect.title')} intro={t('rect.intro')}>
        <Space>
          {polled.data && (
            <span className="muted small">
              {t('time.updatedAt', { time: formatDateTime(polled.data.generatedAt) })}
            </span>
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void polled.refetch()}
            aria-label={t('common.retry')}
          />
        </Space>
      </PageHead>
      {polled.error !== null && (
        <Alert type="error" showIcon title={errorText(polled.error)} className="form-alert" />
      )}
      <Card
        size="small"
        className="case-card"
        title={
          <Segmented<StateFilter>
            value={state}
            onChange={(value) => setParam('state', value === 'all' ? undefined : value)}
            options={STATES.map((s) => ({ value: s, label: `${t(`rect.filter.${s}`)}${countOf(s)}` }))}
            data-testid="rect-filter"
          />
        }
        extra={
          seesAll(user.roles) && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('rect.allDepartments')}
              value={department}
              onChange={(value?: string) => setParam('department', value)}
              options={departments.map((d) => ({ value: d.id, label: d.nameZh }))}
              className="rect-department-select"
              aria-label={t('rect.department')}
              data-testid="rect-department"
            />
          )
        }
      >
        <Table<Rectification>
          rowKey="id"
          size="middle"
          loading={polled.isPending}
          columns={columns}
          dataSource={items}
          locale={{ emptyText: t('rect.empty') }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (count) => t('common.total', { count }),
          }}
          rowClassName={(r) => `clickable-row${r.overdue ? ' row-overdue' : ''}`}
          onRow={(r) => ({
            onClick: () => setParam('id', r.id),
            'data-testid': `rect-row-${r.caseNo}`,
          })}
          scroll={{ x: 720 }}
          data-testid="rect-table"
        />
      </Card>
      <RectificationDrawer
        rectification={opened}
        onClose={() => setParam('id', undefined)}
        onChanged={setChanged}
      />
    </div>
  );
}
