import { type TableProps, Tag, Typography } from 'antd';
import type { AuditEntry, AuditOutcome } from '../../api/types.ts';
import { RoleTags } from '../../components/RoleTags.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { auditActionWords } from './audit-words.ts';

const OUTCOME_COLOURS: Record<AuditOutcome, string> = {
  success: 'success',
  denied: 'warning',
  failure: 'error',
};

/** The columns of the audit trail: when, who, what (in words and as its id), on what, how it ended, from where. */
export function useAuditColumns(): TableProps<AuditEntry>['columns'] {
  const { t, label, formatDateTime } = useI18n();
  const words = { t, label };
  return [
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
}
