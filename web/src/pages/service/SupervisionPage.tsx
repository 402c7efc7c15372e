import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { getBoard, supervisionKeys } from '../../api/supervision.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type BoardFilter, BoardTable, filterNodes } from './BoardTable.tsx';
import { DepartmentStatsCard } from './DepartmentStatsCard.tsx';
import { FollowUpFlagsCard } from './FollowUpFlagsCard.tsx';
import { RectificationsCard } from './RectificationsCard.tsx';
import { WindowWorkTabs } from './WindowWorkTabs.tsx';

const REFRESH_MS = 30_000;

/**
 * 在线监察: per department what is open, due soon and overdue; every running node with the time it has used; the
 * trust-first cases whose after-the-fact check found a declaration untrue.
 */
export default function SupervisionPage() {
  const { t, errorText, formatDateTime } = useI18n();
  const board = useQuery({
    queryKey: supervisionKeys.board(),
    queryFn: ({ signal }) => getBoard(signal),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const [filter, setFilter] = useState<BoardFilter>('all');
  const data = board.data;

  return (
    <div className="page supervision">
      <div className="desk-head">
        <div>
          <Typography.Title level={4} className="page-title">
            {t('board.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('board.intro')}</Typography.Text>
        </div>
        <Space>
          {data && (
            <span className="muted small">
              {t('time.updatedAt', { time: formatDateTime(data.generatedAt) })} · {t('time.autoRefresh')}
            </span>
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void board.refetch()}
            aria-label={t('common.retry')}
          />
        </Space>
      </div>
      {board.error !== null && (
        <Alert type="error" showIcon title={errorText(board.error)} className="form-alert" />
      )}
      {data && data.departments.length === 0 && (
        <Card className="case-card">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.noDepartments')} />
        </Card>
      )}
      <Row gutter={[12, 12]} className="board-departments">
        {data?.departments.map((d) => (
          <Col key={d.departmentId} xs={24} sm={12} lg={8} xxl={6}>
            <Card
              size="small"
              title={d.departmentName}
              className="board-department"
              data-testid={`board-dept-${d.departmentId}`}
            >
              <Row gutter={8}>
                <Col span={8}>
                  <Statistic title={t('board.open')} value={d.open} />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t('board.dueSoon')}
                    value={d.dueSoon}
                    styles={{ content: { color: d.dueSoon > 0 ? '#d46b08' : undefined } }}
                  />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t('board.overdue')}
                    value={d.overdue}
                    styles={{ content: { color: d.overdue > 0 ? '#cf1322' : undefined } }}
                  />
                </Col>
              </Row>
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        className="case-card"
        title={
          <Segmented<BoardFilter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `${t('board.filter.all')} ${data?.nodes.length ?? 0}` },
              {
                value: 'dueSoon',
                label: `${t('board.dueSoon')} ${data ? filterNodes(data.nodes, 'dueSoon').length : 0}`,
              },
              { value: 'overdue', label: `${t('board.overdue')} ${data?.overdue.length ?? 0}` },
              { value: 'escalated', label: `${t('board.escalated')} ${data?.escalated.length ?? 0}` },
            ]}
            data-testid="board-filter"
          />
        }
      >
        <BoardTable
          nodes={data ? filterNodes(data.nodes, filter) : []}
          loading={board.isFetching && !data}
          serverNow={data?.generatedAt ?? new Date(board.dataUpdatedAt).toISOString()}
          fetchedAt={board.dataUpdatedAt}
        />
      </Card>
      <Card size="small" className="case-card" title={t('board.windows')} data-testid="board-windows">
        <Typography.Paragraph type="secondary" className="small">
          {t('board.windowsIntro')}
        </Typography.Paragraph>
        <WindowWorkTabs work={data?.windows ?? null} loading={board.isFetching} everyClerk />
      </Card>
      <RectificationsCard summary={data?.rectifications ?? null} />
      <FollowUpFlagsCard />
      <DepartmentStatsCard />
    </div>
  );
}
