import { Badge, Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Board } from '../../api/supervision.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RectificationDeadline } from './RectificationDeadline.tsx';

/** The board's 差评整改 card: open and overdue bad ratings, the newest few, and the way to the whole list. */
export function RectificationsCard({ summary }: { summary: Board['rectifications'] | null }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <Card
      size="small"
      className="case-card"
      title={
        <Space size={6}>
          {t('rect.board.title')}
          <Badge count={summary?.open ?? 0} showZero color={summary?.overdue ? '#cf1322' : '#8c8c8c'} />
        </Space>
      }
      extra={
        <Link to="/service/rectifications" data-testid="board-rect-all">
          {t('rect.board.all')}
        </Link>
      }
      data-testid="board-rectifications"
    >
      <Row gutter={8} className="board-rect-counts">
        <Col xs={12} sm={6}>
          <Link to="/service/rectifications?state=open">
            <Statistic title={t('rect.board.open')} value={summary?.open ?? 0} />
          </Link>
        </Col>
        <Col xs={12} sm={6}>
          <Link to="/service/rectifications?state=overdue" data-testid="board-rect-overdue">
            <Statistic
              title={t('rect.board.overdue')}
              value={summary?.overdue ?? 0}
              styles={{ content: { color: summary?.overdue ? '#cf1322' : undefined } }}
            />
          </Link>
        </Col>
      </Row>
      <Typography.Text type="secondary" className="small">
        {t('rect.board.latest')}
      </Typography.Text>
      {summary && summary.latest.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rect.board.empty')} />
      ) : (
        <List
          size="small"
          dataSource={summary?.latest ?? []}
          loading={summary === null}
          renderItem={(r) => (
            <List.Item
              key={r.id}
              data-testid={`board-rect-${r.caseNo}`}
              extra={<RectificationDeadline rectification={r} />}
            >
              <List.Item.Meta
                title={
                  <Space size={6} wrap>
                    <Link to={`/service/rectifications?id=${r.id}`} className="mono">
                      {r.caseNo}
                    </Link>
                    <Tag color={r.rating.level === 1 ? 'red' : 'volcano'}>
                      {label('ratingLevel', String(r.rating.level))}
                    </Tag>
                  </Space>
                }
                description={
                  <span>
                    {r.itemName} · {r.departmentName} · {formatDateTime(r.openedAt)}
                    {r.rating.comment && <span className="rect-comment">“{r.rating.comment}”</span>}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
