import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { type AuditQuery, auditKeys, listAudit } from '../../api/audit.ts';
import type { AuditEntry, AuditOutcome } from '../../api/types.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { AUDIT_ACTION_GROUPS, auditActionWords, KNOWN_AUDIT_ACTIONS } from './audit-words.ts';
import { useAuditColumns } from './useAuditColumns.tsx';

const OUTCOMES: AuditOutcome[] = ['success', 'denied', 'failure'];

type RangeValue = Parameters<NonNullable<React.ComponentProps<typeof DatePicker.RangePicker>['onChange']>>[0];

/** 审计: the append-only audit trail, filterable by actor, action, outcome and time (supervisors, administrators). */
export default function AuditPage() {
  const { t, label, errorText } = useI18n();
  const words = { t, label };
  const actionOptions = [
    ...AUDIT_ACTION_GROUPS.map((group) => ({ value: group.prefix, label: t(group.key as MessageKey) })),
    ...KNOWN_AUDIT_ACTIONS.map((id) => ({ value: id, label: auditActionWords(id, words) })),
  ];
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const [draft, setDraft] = useState({ actor: '', action: '' });
  const [range, setRange] = useState<RangeValue>(null);
  const audit = useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => listAudit(query, signal),
    placeholderData: keepPreviousData,
  });
  const error = audit.isError ? errorText(audit.error) : null;

  const apply = () =>
    setQuery((current) => ({
      ...current,
      page: 1,
      actor: draft.actor.trim() || undefined,
      action: draft.action.trim() || undefined,
      from: range?.[0]?.startOf('day').toISOString(),
      to: range?.[1]?.endOf('day').toISOString(),
    }));

  const reset = () => {
    setDraft({ actor: '', action: '' });
    setRange(null);
    setQuery({ page: 1, pageSize: query.pageSize });
  };

  const columns = useAuditColumns();

  return (
    <div className="page">
      <Card title={t('audit.title')}>
        <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
        <Space wrap className="filters">
          <Input
            allowClear
            placeholder={t('audit.actorPlaceholder')}
            value={draft.actor}
            onChange={(event) => setDraft((d) => ({ ...d, actor: event.target.value }))}
            onPressEnter={apply}
            className="filter-select"
            data-testid="audit-actor"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.actionPlaceholder')}
            value={draft.action || undefined}
            onChange={(action?: string) => setDraft((d) => ({ ...d, action: action ?? '' }))}
            options={actionOptions}
            className="filter-select audit-action-filter"
            popupMatchSelectWidth={false}
            data-testid="audit-action"
          />
          <Select
            allowClear
            placeholder={t('audit.outcomePlaceholder')}
            className="filter-select"
            value={query.outcome}
            onChange={(outcome?: string) => setQuery((current) => ({ ...current, outcome, page: 1 }))}
            options={OUTCOMES.map((outcome) => ({ value: outcome, label: label('audit.outcome', outcome) }))}
          />
          <DatePicker.RangePicker value={range} onChange={setRange} aria-label={t('audit.range')} />
          <Button type="primary" onClick={apply}>
            {t('common.search')}
          </Button>
          <Button onClick={reset}>{t('common.reset')}</Button>
        </Space>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={audit.isFetching}
          columns={columns}
          dataSource={audit.data?.items ?? []}
          scroll={{ x: 820 }}
          data-testid="audit-table"
          expandable={{
            rowExpandable: (entry) => entry.details !== null && entry.details !== undefined,
            expandedRowRender: (entry) => (
              <div className="audit-details">
                <Typography.Text type="secondary">{t('audit.details')}</Typography.Text>
                <pre>{JSON.stringify(entry.details, null, 2)}</pre>
              </div>
            ),
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setQuery((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
    </div>
  );
}
