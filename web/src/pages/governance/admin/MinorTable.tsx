import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  Button,
  type ButtonProps,
  Popconfirm,
  Space,
  Table,
  type TableProps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { HTMLAttributes } from 'react';
import { LIMIT_STAGES, type Severity, type TaxonomyMinor } from '../../../api/governance.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { STAGE_NAMES } from './MinorLimitFields.tsx';
import type { MinorDraft, MinorProblem } from './taxonomy-draft.ts';

const SEVERITY_COLOURS: Record<Severity, string> = { general: 'default', urgent: 'orange', critical: 'red' };
const KEYWORDS_SHOWN = 4;

interface MinorTableProps {
  drafts: MinorDraft[];
  savedByKey: ReadonlyMap<string, TaxonomyMinor>;
  problems: Readonly<Record<string, MinorProblem[]>>;
  /** Show each class's major (search results span majors). */
  showMajor: boolean;
  majorLabel: (code: string) => string;
  onEdit: (draft: MinorDraft) => void;
  onDelete: (draft: MinorDraft) => void;
  loading: boolean;
}

/** The minors of a major (or of a search): names, severity, keywords and the four limits, with what changed. */
export function MinorTable({
  drafts,
  savedByKey,
  problems,
  showMajor,
  majorLabel,
  onEdit,
  onDelete,
  loading,
}: MinorTableProps) {
  const { t, locale, label } = useI18n();
  const limitText = useLimitText();
  const changed = (d: MinorDraft) =>
    !d.isNew && JSON.stringify(d.minor) !== JSON.stringify(savedByKey.get(d.key) ?? null);

  const columns: TableProps<MinorDraft>['columns'] = [
    {
      key: 'code',
      title: t('gov.tax.code'),
      width: 84,
      render: (_, d) => (
        <Space orientation="vertical" size={2}>
          <span className="mono tax-minor-code">{d.minor.code}</span>
          <Space size={2} wrap>
            {d.isNew && <Tag color="green">{t('gov.tax.new')}</Tag>}
            {changed(d) && <Tag color="orange">{t('gov.tax.changed')}</Tag>}
            {problems[d.key] && (
              <Tag color="red" data-testid={`tax-problem-${d.minor.code}`}>
                {t('gov.tax.problemCount', { count: problems[d.key]!.length })}
              </Tag>
            )}
          </Space>
        </Space>
      ),
    },
    {
      key: 'name',
      title: t('gov.tax.name'),
      width: 200,
      render: (_, d) => (
        <span className="tax-minor-name">
          <strong>
            {d.minor.name || <Typography.Text type="danger">{t('gov.tax.unnamed')}</Typography.Text>}
          </strong>
          <Typography.Text type="secondary" className="small">
            {d.minor.nameEn}
          </Typography.Text>
          {showMajor && (
            <Typography.Text type="secondary" className="small">
              {majorLabel(d.minor.majorCode)}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'severity',
      title: t('gov.tax.severity'),
      width: 88,
      render: (_, d) => (
        <Tag color={SEVERITY_COLOURS[d.minor.defaultSeverity]}>
          {label('severity', d.minor.defaultSeverity)}
        </Tag>
      ),
    },
    {
      key: 'keywords',
      title: t('gov.tax.keywords'),
      responsive: ['lg'],
      render: (_, d) => {
        const words = d.minor.keywords;
        const rest = words.length - KEYWORDS_SHOWN;
        return (
          <span className="tax-keywords" title={words.join(locale === 'en-US' ? ', ' : '、')}>
            {words.slice(0, KEYWORDS_SHOWN).join(locale === 'en-US' ? ', ' : '、')}
            {rest > 0 && <Typography.Text type="secondary"> +{rest}</Typography.Text>}
          </span>
        );
      },
    },
    {
      key: 'limits',
      title: t('gov.tax.limits'),
      width: 236,
      render: (_, d) => (
        <span className="tax-limits">
          {LIMIT_STAGES.map((stage) => (
            <span key={stage}>
              <Typography.Text type="secondary">{t(STAGE_NAMES[stage])}</Typography.Text>{' '}
              {limitText(d.minor.limits?.[stage])}
            </span>
          ))}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 84,
      fixed: 'right',
      render: (_, d) => (
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              onClick={() => onEdit(d)}
              aria-label={`${t('common.edit')} ${d.minor.code}`}
              data-testid={`tax-edit-${d.minor.code}`}
            />
          </Tooltip>
          <Popconfirm
            title={t('gov.tax.deleteTitle', { code: d.minor.code })}
            description={d.isNew ? undefined : t('gov.tax.deleteHint')}
            okText={t('gov.tax.delete')}
            okButtonProps={{ danger: true, 'data-testid': 'tax-delete-confirm' } as ButtonProps}
            cancelText={t('common.cancel')}
            onConfirm={() => onDelete(d)}
          >
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('gov.tax.delete')} ${d.minor.code}`}
              data-testid={`tax-delete-${d.minor.code}`}
            />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<MinorDraft>
      rowKey="key"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={drafts}
      pagination={drafts.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 860 }}
      locale={{ emptyText: t('gov.tax.noMinors') }}
      rowClassName={(d) => [problems[d.key] ? 'tax-row-problem' : '', d.isNew ? 'tax-row-new' : ''].join(' ')}
      onRow={(d) => ({ 'data-testid': `tax-minor-${d.minor.code}` }) as HTMLAttributes<HTMLElement>}
      data-testid="tax-minors"
    />
  );
}

/** "1 工作小时", "3 工作日"; a missing limit as a dash. */
export function useLimitText(): (limit: { amount: number; unit: string } | undefined) => string {
  const { t } = useI18n();
  return (limit) => {
    if (!limit) return '—';
    return limit.unit === 'working_days'
      ? t('gov.tax.days', { amount: limit.amount })
      : t('gov.tax.hours', { amount: limit.amount });
  };
}
