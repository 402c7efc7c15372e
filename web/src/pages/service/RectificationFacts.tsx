import { Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Rectification } from '../../api/rectifications.ts';
import { useI18n } from '../../i18n/index.tsx';

/** What a rectification is about (the case, the rating, the deadline, how it was closed) and its return visits. */
export function RectificationFacts({ rectification: r }: { rectification: Rectification }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <>
      <Descriptions column={1} size="small" bordered className="case-card">
        <Descriptions.Item label={t('rect.caseNo')}>
          <Space wrap>
            <span className="mono">{r.caseNo}</span>
            <Link to={`/service/cases/${r.caseId}`} data-testid="rect-case-link">
              {t('rect.caseLink')}
            </Link>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('rect.item')}>{r.itemName}</Descriptions.Item>
        <Descriptions.Item label={t('rect.department')}>{r.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('rect.rating')}>
          <Tag color={r.rating.level === 1 ? 'red' : 'volcano'}>
            {label('ratingLevel', String(r.rating.level))}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('rect.indicators')}>
          {r.rating.indicators.length
            ? r.rating.indicators.map((i) => <Tag key={i}>{label('ratingIndicator', i)}</Tag>)
            : t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('rect.comment')}>
          {r.rating.comment ?? <Typography.Text type="secondary">{t('rect.noComment')}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('rect.ratedAt')}>{formatDateTime(r.rating.ratedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('rect.dueAt')}>{formatDateTime(r.dueAt)}</Descriptions.Item>
        {r.state === 'closed' && (
          <>
            <Descriptions.Item label={t('rect.measures')}>{r.measures}</Descriptions.Item>
            <Descriptions.Item label={t('rect.closedAt')}>
              {r.closedAt ? formatDateTime(r.closedAt) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('rect.closedBy')}>{r.closedBy}</Descriptions.Item>
          </>
        )}
      </Descriptions>

      <Typography.Title level={5}>{t('rect.visits')}</Typography.Title>
      {r.returnVisits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rect.noVisits')} />
      ) : (
        <Timeline
          data-testid="rect-visits"
          items={r.returnVisits.map((v) => ({
            color: v.applicantSatisfied ? 'green' : 'red',
            content: (
              <div>
                <div>
                  <strong>
                    {t(v.applicantSatisfied ? 'rect.visit.satisfied' : 'rect.visit.notSatisfied')}
                  </strong>
                </div>
                <Typography.Text type="secondary" className="small">
                  {t('rect.visit.by', { time: formatDateTime(v.visitedAt), by: v.by })}
                </Typography.Text>
                {v.note && <div>{v.note}</div>}
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
