import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { EventSummary } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventStateTag, useClassName } from './EventTags.tsx';
import { newestFirst } from './event-list.ts';
import { eventListQuery } from './event-queries.ts';
import './governance.css';

const REFRESH_MS = 60_000;

/** 我的上报: the problems this citizen reported, newest first, each with where it stands in plain words. */
export default function MyReportsPage() {
  const { t, errorText, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const className = useClassName();
  const polled = useQuery({
    ...eventListQuery({ limit: 200 }),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const rows = newestFirst(polled.data ?? []);
  const report = (
    <Link to="/my/report">
      <Button type="primary" icon={<PlusOutlined />} data-testid="my-report-new">
        {t('nav.myReport')}
      </Button>
    </Link>
  );
  const open = (e: EventSummary) => navigate(`/my/reports/${e.id}`);

  return (
    <div className="page h5-page">
      <Card
        title={t('gov.myReports.title')}
        extra={
          <Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void polled.refetch()}
              aria-label={t('common.retry')}
            />
            {report}
          </Space>
        }
      >
        {polled.error !== null && (
          <Alert type="error" showIcon title={errorText(polled.error)} className="form-alert" />
        )}
        <List<EventSummary>
          loading={polled.isPending}
          dataSource={rows}
          data-testid="my-reports"
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gov.myReports.empty')}>
                {report}
              </Empty>
            ),
          }}
          renderItem={(e) => (
            <List.Item
              className="clickable-row my-report-row"
              onClick={() => open(e)}
              onKeyDown={(event) => event.key === 'Enter' && open(e)}
              tabIndex={0}
              data-testid={`my-report-${e.eventNo}`}
            >
              <List.Item.Meta
                title={
                  <Space size={6} wrap>
                    <strong>{className(e)}</strong>
                    <EventStateTag state={e.state} citizen />
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 1 }} className="my-report-desc">
                      {e.description}
                    </Typography.Paragraph>
                    <span className="small muted">
                      <span className="mono">{e.eventNo}</span> · {formatDateTime(e.reportedAt)}
                    </span>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
