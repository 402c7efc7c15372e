import {
  Alert,
  Button,
  Card,
  DatePicker,
  Input,
  Select,
  Space,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { type AuditQuery, listAudit } from '../../api/audit.ts';
import type { AuditEntry, AuditOutcome } from '../../api/types.ts';
import { RoleTags } from '../../components/RoleTags.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { AUDIT_ACTION_GROUPS, auditActionWords, KNOWN_AUDIT_ACTIONS } from './audit-words.ts';

const OUTCOME_COLOURS: Record<AuditOutcome, string> = {
  success: 'success',
  denied: 'warning',
  failure: 'error',
};
const OUTCOMES: AuditOutcome[] = ['success', 'denied', 'failure'];

type RangeValue = Parameters<NonNullable<React.ComponentProps<typeof DatePicker.RangePicker>['onChange']>>[0];

/** 审计: the append-only audit trail, filterable by actor, action, outcome and time (supervisors, administrators). */
export default function AuditPage() {
  const { t, label, errorText, formatDateTime } = useI18n();
  const words = { t, label };
  const actionOptions = [
    ...AUDIT_ACTION_GROUPS.map((group) => ({ value: group.prefix, label: t(group.key as MessageKey) })),
    ...KNOWN_AUDIT_ACTIONS.map((id) => ({ value: id, label: auditActionWords(id, words) })),
  ];
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const [draft, setDraft] = useState({ actor: '', action: '' });
  const [range, setRange] = useState<RangeValue>(null);
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    listAudit(query)
      .then((page) => {
        if (cancelled) return;
        setRows(page.items);
        setTotal(page.total);
        setError(null);
      })
      .catch((caught: unknown) => !cancelled && setError(errorText(caught)))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [query, errorText]);

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

  const columns: TableProps<AuditEntry>['columns'] = [
    {
      key: 'at',
      title: t('audit.at'),
      width: 190,
      render: (_, entry) => <span className="nowrap">{formatDateTime(entry.at)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, entry) => (
        <span className="audit-actor">
          <span>{entry.actorName ?? '—'}</span>
          {entry.actorRoles.length > 0 && <RoleTags roles={entry.actorRoles} max={2} />}
        </span>
      ),
    },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, entry) => (
        <span className="audit-action">
          <span data-testid="audit-action-words">{auditActionWords(entry.action, words)}</span>
          <Typography.Text type="secondary" className="audit-action-id">
            {entry.action}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'target',
      title: t('audit.target'),
      render: (_, entry) =>
        entry.targetType ? (
          <span>
            {entry.targetType}
            {entry.targetId && <Typography.Text type="secondary"> · {entry.targetId}</Typography.Text>}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      width: 96,
      render: (_, entry) => (
        <Tag color={OUTCOME_COLOURS[entry.outcome] ?? 'default'} data-testid="audit-outcome">
          {label('audit.outcome', entry.outcome)}
        </Tag>
      ),
    },
    {
      key: 'ip',
      title: t('audit.clientIp'),
      responsive: ['lg'],
      render: (_, entry) => entry.clientIp ?? '—',
    },
    {
      key: 'correlationId',
      title: t('audit.correlationId'),
      responsive: ['xl'],
      render: (_, entry) =>
        entry.correlationId ? (
          <Typography.Text copyable className="mono small">
            {entry.correlationId}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

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
          loading={loading}
          columns={columns}
          dataSource={rows}
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
            total,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setQuery((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
    </div>
  );
}
